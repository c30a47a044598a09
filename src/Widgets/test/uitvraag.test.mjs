// <sn-uitvraag> in Debian's Chromium, on a partner page with a strict CSP, against the real GraphApi with demo data.
// The API allows 10 submissions per address per minute; these tests send more from 127.0.0.1, so the test server
// gets a higher limit through configuration (Participatie:InzendingenPerMinuut), not by switching it off.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beeldVan, geenProblemen, graphql, inShadow, maakSleutel, open, partnerPagina, testOmgeving, wachtOpGebeurtenis, widgetScript } from './omgeving.mjs';

const OPEN = 'VWl0dnJhYWc6MQ';
const GESLOTEN = 'VWl0dnJhYWc6Mg';
/** The demo's skatebaan uitvraag: published, but it opens by itself in a month (scheduled). */
const GEPLAND = 'VWl0dnJhYWc6Mw';
const ONBEKEND = Buffer.from('Uitvraag:999999').toString('base64url');
const CODE = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;
const WEIGERING = [/ERR_CONNECTION_REFUSED/, /<sn-uitvraag>: ApiFout: .* is not reachable/];

// GraphApi, Chromium and the partner site of this file (see testOmgeving); `dodeApi`: nothing listens there.
let api, site, browser, dodeApi;
let teamSleutel;
let vragen;

/** GraphQL as the traject's team: it may count and read the reacties of the uitvraag. */
const alsTeam = (query, variables = {}) => graphql(api.adres, query, variables, teamSleutel);

const aantalReacties = async () => (await alsTeam(`{ uitvraag(id: "${OPEN}") { aantalReacties } }`)).uitvraag.aantalReacties;

testOmgeving({
  api: { env: { Participatie__InzendingenPerMinuut: '1000' } },
  async daarna(o) {
    ({ api, site, browser, dodeApi } = o);
    teamSleutel = await maakSleutel(api.databank, ['--rol', 'trajectteam', '--traject', '1']);
    ({ uitvraag: { vragen } } = await graphql(api.adres, `{ uitvraag(id: "${OPEN}", taal: NL) { vragen { id type opties { id tekst } } } }`));
    assert.deepEqual(vragen.map((v) => v.type), ['FACTOREN', 'EEN_KEUZE', 'MEERDERE_KEUZES', 'SCHAAL', 'OPEN_TEKST']);
  },
});

const script = () => widgetScript(api);

function pagina(naam, { taal = 'nl', body }) {
  return site.pagina(`/${naam}.html`, partnerPagina({ taal, scripts: [script()], body }));
}

const formulierPagina = (naam, taal = 'nl') =>
  pagina(naam, { taal, body: `<sn-uitvraag id="u" uitvraag="${OPEN}"><a href="https://www.example.org/papier">Vul de vragenlijst op papier in</a></sn-uitvraag>` });

/** Each test in its own browser context: its own localStorage, so no draft leaks from one test into the next. */
async function venster(url, opties) {
  const context = await browser.createBrowserContext();
  const v = await open(context, url, opties);
  return { ...v, sluit: () => context.close() };
}

/** The focused element, also inside shadow roots. */
function actief(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
    }

    return { id: el.id, tag: el.localName, part: el.getAttribute('part') ?? '', name: el.getAttribute('name') ?? '', tekst: el.textContent.replace(/\s+/g, ' ').trim() };
  });
}

const wachtOpFocus = (page, id) =>
  page.waitForFunction(
    (id) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) {
        el = el.shadowRoot.activeElement;
      }

      return el?.id === id;
    },
    {},
    id,
  );

/**
 * Runs `actie` (sending the form) and waits for `sn-verzonden`: the reactie is stored, and the element shows the
 * confirmation with focus on it.
 */
async function wachtOpVerzonden(page, actie) {
  assert.equal((await wachtOpGebeurtenis(page, '#u', actie, 'sn-verzonden')).naam, 'sn-verzonden');
  assert.equal((await actief(page)).id, 'bedankt', 'focus moves to the confirmation');
}

/** Presses Tab (or Shift+Tab) until the focused element matches; the honeypot must never be reached. */
async function tabNaar(page, past, { terug = false } = {}) {
  for (let i = 0; i < 80; i++) {
    if (terug) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    } else {
      await page.keyboard.press('Tab');
    }

    const el = await actief(page);
    assert.notEqual(el.id, 'website', 'the honeypot field is never reached with Tab');
    if (typeof past === 'string' ? el.id === past : past(el)) {
      return el;
    }
  }

  throw new Error(`Tab never reached ${past}`);
}

/** What the element shows, read from its shadow root. */
function beeld(page, selector = '#u') {
  return beeldVan(page, selector, (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      titel: tekst(wortel.querySelector('[part="title"]')),
      gesloten: tekst(wortel.querySelector('[part="closed"]')),
      formulier: !!wortel.querySelector('[part="form"]'),
      samenvatting: [...wortel.querySelectorAll('[part="error-summary"] li')].map(tekst),
      code: tekst(wortel.querySelector('[part="code"]')),
      fout: tekst(wortel.querySelector('[part="error"]')),
    };
  });
}

/** Fills in every question with the mouse and keyboard (for the tests that are not about the keyboard). */
async function vulIn(page, host = '#u', { contact } = {}) {
  for (const id of ['v0-HELPEND-0', 'v0-REMMEND-6', 'v1-1', 'v2-2', 'v3-3']) {
    await page.click(`${host} >>> #${id}`);
  }

  await page.type(`${host} >>> #v4`, 'Een buurtbarbecue in de zomer.');
  if (contact) {
    await page.click(`${host} >>> #toestemming`);
    await page.type(`${host} >>> #naam`, contact.naam);
    await page.type(`${host} >>> #email`, contact.email);
  }
}

const verstuur = (page, host = '#u') => page.click(`${host} >>> [part~="submit-button"]`);

async function trekInViaApi(code) {
  const { reactieIntrekken } = await graphql(api.adres, 'mutation($c: String!) { reactieIntrekken(ontvangstcode: $c) { ingetrokken } }', { c: code });
  return reactieIntrekken.ingetrokken;
}

describe('<sn-uitvraag>', () => {
  test('keyboard only: errors take focus, an error link leads to its field, and sending moves focus to the confirmation', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('toetsenbord'));
    const { page } = v;
    await v.wachtOp('u');

    // Sending the empty form: the error summary takes focus and names every required question.
    await tabNaar(page, (el) => el.part.includes('submit-button'));
    await page.keyboard.press('Enter');
    await wachtOpFocus(page, 'foutsamenvatting');
    assert.deepEqual((await beeld(page)).samenvatting, ['Vraag 1: Kies een antwoord.', 'Vraag 2: Kies een antwoord.', 'Vraag 4: Kies een antwoord.']);

    // Its first link, followed with Enter, puts focus on the first choice of question 1.
    const link = await tabNaar(page, (el) => el.tag === 'a');
    assert.equal(link.tekst, 'Vraag 1: Kies een antwoord.');
    await page.keyboard.press('Enter');
    await wachtOpFocus(page, 'v0-HELPEND-0');

    // Question 1 (factors): a helping factor from the list, a hindering one, and an own helping factor (Shift+Tab back).
    await page.keyboard.press('Space');
    await tabNaar(page, 'v0-REMMEND-5');
    await page.keyboard.press('Space');
    await tabNaar(page, 'v0-eigenHELPEND', { terug: true });
    await page.keyboard.type('Een buurvrouw die meegaat');
    // Question 2 (one choice): arrows choose within the group.
    await tabNaar(page, 'v1-0');
    await page.keyboard.press('ArrowDown');
    assert.equal((await actief(page)).id, 'v1-1');
    // Question 3 (several choices), question 4 (scale 1–5: 4), question 5 (open).
    await tabNaar(page, 'v2-2');
    await page.keyboard.press('Space');
    await tabNaar(page, 'v3-0');
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('ArrowRight');
    }

    assert.equal((await actief(page)).id, 'v3-3');
    await tabNaar(page, 'v4');
    await page.keyboard.type('Een bankje bij de speeltuin.');
    // About you: the wijk list with the arrows, the role with Space.
    await tabNaar(page, 'wijk');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabNaar(page, 'doelgroep-0');
    await page.keyboard.press('Space');
    // Contact, with consent: the fields appear after the checkbox.
    await tabNaar(page, 'toestemming');
    await page.keyboard.press('Space');
    await tabNaar(page, 'naam');
    await page.keyboard.type('Toetsenbord Test');
    await page.keyboard.press('Tab');
    assert.equal((await actief(page)).id, 'email');
    await page.keyboard.type('toetsenbord@voorbeeld.nl');

    await tabNaar(page, (el) => el.part.includes('submit-button'));
    await wachtOpVerzonden(page, () => page.keyboard.press('Enter'));
    const b = await beeld(page);
    assert.match(b.code, CODE);
    assert.equal((await actief(page)).tekst, 'Bedankt, uw antwoorden zijn verstuurd');

    // Stored, with every answer: the team reads it back.
    assert.equal(await aantalReacties(), voor + 1);
    const { uitvraag } = await alsTeam(
      `{ uitvraag(id: "${OPEN}") { reacties(first: 60) { nodes { contactNaam contactEmail taal doelgroep wijk { slug }
         antwoorden { vraagId getal tekst factorSoort optie { id } } } } } }`,
    );
    const reactie = uitvraag.reacties.nodes.find((r) => r.contactEmail === 'toetsenbord@voorbeeld.nl');
    assert.ok(reactie, 'the reactie is stored');
    assert.deepEqual([reactie.contactNaam, reactie.taal, reactie.doelgroep, reactie.wijk?.slug], ['Toetsenbord Test', 'NL', 'INWONERS', 'centrum']);
    const [factoren, een, meer, schaal, open_] = vragen;
    const van = (vraag) => reactie.antwoorden.filter((a) => a.vraagId === vraag.id);
    assert.deepEqual(
      van(factoren).map((a) => [a.factorSoort, a.optie?.id ?? a.tekst]).sort(),
      [['HELPEND', factoren.opties[0].id], ['HELPEND', 'Een buurvrouw die meegaat'], ['REMMEND', factoren.opties[5].id]].sort(),
    );
    assert.deepEqual(van(een).map((a) => a.optie.id), [een.opties[1].id]);
    assert.deepEqual(van(meer).map((a) => a.optie.id), [meer.opties[2].id]);
    assert.deepEqual(van(schaal).map((a) => a.getal), [4]);
    assert.deepEqual(van(open_).map((a) => a.tekst), ['Een bankje bij de speeltuin.']);

    // The ontvangstcode on the screen withdraws exactly this reactie.
    assert.equal(await trekInViaApi(b.code), true);
    assert.equal(await aantalReacties(), voor);
    await geenProblemen(v);
  });

  test('the draft survives a reload; a lost response is retried with the same key and stored once; withdrawing in the element', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('concept'), { toegestaan: [/net::ERR_/] });
    const { page } = v;
    await v.wachtOp('u');
    await vulIn(page);
    const concept = await page.evaluate((id) => JSON.parse(localStorage.getItem(`sn-uitvraag:${id}`)), OPEN);
    assert.match(concept.sleutel, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    await page.reload({ waitUntil: 'load' });
    await v.wachtOp('u');
    const hersteld = await inShadow(page, '#u', (wortel) => ({
      aan: [...wortel.querySelectorAll('input:checked')].map((input) => input.id),
      tekst: wortel.querySelector('#v4').value,
    }));
    assert.deepEqual(hersteld, { aan: ['v0-HELPEND-0', 'v0-REMMEND-6', 'v1-1', 'v2-2', 'v3-3'], tekst: 'Een buurtbarbecue in de zomer.' });

    // The first attempt reaches the server, but its answer is lost on the way back (the test forwards it and
    // then fails the browser's request). The element retries by itself with the same idempotency key.
    const pogingen = [];
    let eerste;
    await page.setRequestInterception(true);
    page.on('request', async (verzoek) => {
      if (verzoek.method() !== 'POST' || !verzoek.postData()?.includes('WidgetReactieIndienen')) {
        return verzoek.continue();
      }

      pogingen.push(JSON.parse(verzoek.postData()).variables.invoer);
      if (pogingen.length > 1) {
        return verzoek.continue();
      }

      const antwoord = await fetch(verzoek.url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: verzoek.postData() });
      eerste = (await antwoord.json()).data.reactieIndienen;
      return verzoek.abort('connectionreset');
    });
    await page.evaluate(() => {
      window.__verzonden = 0;
      document.addEventListener('sn-verzonden', (e) => (window.__verzonden += e.detail.ontvangstcode === undefined ? 1 : 100));
    });
    await wachtOpVerzonden(page, () => verstuur(page));

    const b = await beeld(page);
    assert.equal(pogingen.length, 2, 'one automatic retry');
    assert.deepEqual(pogingen.map((p) => p.idempotentieSleutel), [concept.sleutel, concept.sleutel]);
    assert.equal(eerste.gelukt, true);
    assert.equal(b.code, eerste.ontvangstcode, 'the retry got the first result');
    assert.equal(await aantalReacties(), voor + 1, 'exactly one reactie');
    assert.equal(await page.evaluate(() => window.__verzonden), 1, 'sn-verzonden fired once, without the ontvangstcode');
    assert.equal(await page.evaluate((id) => localStorage.getItem(`sn-uitvraag:${id}`), OPEN), null, 'the draft is gone');

    // The withdraw form has the code filled in.
    await page.click('#u >>> [part="withdraw"] summary');
    await wachtOpGebeurtenis(page, '#u', () => page.click('#u >>> [part~="withdraw-button"]'), 'sn-ingetrokken');
    assert.equal(await inShadow(page, '#u', (wortel) => wortel.querySelector('[part="withdraw"] [role="status"]').textContent.trim()), 'Uw reactie is ingetrokken en verwijderd.');
    assert.equal(await aantalReacties(), voor);
    await geenProblemen(v);
  });

  test('when every automatic attempt fails: a clear message and a retry button, and trying again stores one reactie', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('geen-verbinding'), { toegestaan: [/net::ERR_/, /<sn-uitvraag>: ApiFout: .* is not reachable/] });
    const { page } = v;
    await v.wachtOp('u');
    await vulIn(page);
    const sleutels = [];
    let verbinding = false;
    await page.setRequestInterception(true);
    page.on('request', (verzoek) => {
      if (verzoek.method() !== 'POST' || !verzoek.postData()?.includes('WidgetReactieIndienen')) {
        return verzoek.continue();
      }

      sleutels.push(JSON.parse(verzoek.postData()).variables.invoer.idempotentieSleutel);
      return verbinding ? verzoek.continue() : verzoek.abort('internetdisconnected');
    });
    await verstuur(page);
    // No event for this: the final state is the message (after the retries of 1, 2 and 4 s), shown when sending stops.
    await page.waitForFunction(() => document.querySelector('#u').shadowRoot.querySelector('[part="send-error"]'));

    assert.equal(sleutels.length, 4, 'the first attempt and three automatic retries');
    const melding = await inShadow(page, '#u', (wortel) => ({
      rol: wortel.querySelector('[part="send-error"]').getAttribute('role'),
      tekst: wortel.querySelector('[part="send-error"] p').textContent.trim(),
      knop: wortel.querySelector('[part="send-error"] button').textContent.trim(),
      bezig: wortel.querySelector('[part="form"]').getAttribute('aria-busy'),
    }));
    assert.deepEqual(melding, {
      rol: 'alert',
      tekst: 'Uw antwoorden zijn nog niet verstuurd. Ze zijn bewaard. Probeer het zo opnieuw.',
      knop: 'Opnieuw proberen',
      bezig: 'false',
    });
    assert.deepEqual(await v.axe(), [], 'not sent');
    assert.equal(await aantalReacties(), voor);

    verbinding = true;
    await wachtOpVerzonden(page, () => page.click('#u >>> [part="send-error"] button'));
    assert.equal(new Set(sleutels).size, 1, 'every attempt is the same reactie');
    assert.equal(await aantalReacties(), voor + 1);
    assert.equal(await trekInViaApi((await beeld(page)).code), true);
    await geenProblemen(v);
  });

  test('an earlier version did arrive and the answers changed since: the element says so, takes a new key, and can send this version too', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('sleutel-hergebruikt'), { toegestaan: [/net::ERR_/, /<sn-uitvraag>: ApiFout: .* is not reachable/] });
    const { page } = v;
    await v.wachtOp('u');
    await vulIn(page);
    const { sleutel } = await page.evaluate((id) => JSON.parse(localStorage.getItem(`sn-uitvraag:${id}`)), OPEN);

    // The first attempt is stored but its answer is lost; the automatic retries find no connection.
    const sleutels = [];
    let eerste;
    let verbinding = false;
    await page.setRequestInterception(true);
    page.on('request', async (verzoek) => {
      if (verzoek.method() !== 'POST' || !verzoek.postData()?.includes('WidgetReactieIndienen')) {
        return verzoek.continue();
      }

      sleutels.push(JSON.parse(verzoek.postData()).variables.invoer.idempotentieSleutel);
      if (sleutels.length === 1) {
        const antwoord = await fetch(verzoek.url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: verzoek.postData() });
        eerste = (await antwoord.json()).data.reactieIndienen;
        return verzoek.abort('connectionreset');
      }

      return verbinding ? verzoek.continue() : verzoek.abort('internetdisconnected');
    });
    await verstuur(page);
    await page.waitForFunction(() => document.querySelector('#u').shadowRoot.querySelector('[part="send-error"]'));
    assert.equal(eerste.gelukt, true, 'the first attempt was stored');
    assert.equal(await aantalReacties(), voor + 1);

    // The person adds a sentence and tries again: same key, other answers.
    await page.type('#u >>> #v4', ' En een picknick.');
    verbinding = true;
    const melding = 'Een eerdere versie van uw antwoorden is al aangekomen. Wilt u deze versie ook versturen? Kies dan Opnieuw proberen.';
    await page.click('#u >>> [part="send-error"] button');
    await page.waitForFunction(
      (tekst) => document.querySelector('#u').shadowRoot.querySelector('[part="send-error"] p')?.textContent.trim() === tekst,
      {},
      melding,
    );
    assert.equal(sleutels.length, 5);
    assert.equal(new Set(sleutels).size, 1, 'every attempt so far used the draft key');
    const nieuw = (await page.evaluate((id) => JSON.parse(localStorage.getItem(`sn-uitvraag:${id}`)), OPEN)).sleutel;
    assert.notEqual(nieuw, sleutel, 'the draft has a new key');
    assert.equal(await aantalReacties(), voor + 1, 'nothing stored by the reused key');
    assert.deepEqual(await v.axe(), [], 'earlier version arrived');

    // Choosing to send this version stores it as a reactie of its own, under the new key.
    await wachtOpVerzonden(page, () => page.click('#u >>> [part="send-error"] button'));
    assert.equal(sleutels.at(-1), nieuw);
    assert.equal(await aantalReacties(), voor + 2);
    const tweede = (await beeld(page)).code;
    assert.notEqual(tweede, eerste.ontvangstcode);
    assert.equal(await trekInViaApi(eerste.ontvangstcode), true);
    assert.equal(await trekInViaApi(tweede), true);
    await geenProblemen(v);
  });

  test('works without localStorage (blocked storage): sending still succeeds', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('zonder-opslag'));
    const { page } = v;
    await v.wachtOp('u');
    await page.evaluateOnNewDocument(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
    await page.reload({ waitUntil: 'load' });
    await v.wachtOp('u');
    assert.equal(await page.evaluate(() => { try { return typeof localStorage; } catch { return 'geblokkeerd'; } }), 'geblokkeerd');

    await vulIn(page);
    await wachtOpVerzonden(page, () => verstuur(page));
    const { code } = await beeld(page);
    assert.match(code, CODE);
    assert.equal(await aantalReacties(), voor + 1);
    assert.equal(await trekInViaApi(code), true);
    await geenProblemen(v);
  });

  test('errors of the server are shown at their field, and their links lead there', async () => {
    const voor = await aantalReacties();
    const v = await venster(formulierPagina('serverfouten'));
    const { page } = v;
    await v.wachtOp('u');
    await vulIn(page, '#u', { contact: { naam: 'Server Fout', email: 'server@voorbeeld.nl' } });
    const concept = await page.evaluate((id) => localStorage.getItem(`sn-uitvraag:${id}`), OPEN);
    assert.match(concept, /buurtbarbecue/);
    assert.doesNotMatch(concept, /Server Fout|server@voorbeeld/, 'contact details are not kept on the device');

    // The form never sends these values itself (it checks them first), so the test changes them on the wire:
    // a scale value out of range and an e-mail address the API rejects.
    await page.setRequestInterception(true);
    page.on('request', (verzoek) => {
      if (verzoek.method() === 'POST' && verzoek.postData()?.includes('WidgetReactieIndienen')) {
        const body = JSON.parse(verzoek.postData());
        body.variables.invoer.antwoorden.find((a) => a.vraagId === vragen[3].id).getal = 9;
        body.variables.invoer.contact.email = 'geen-adres';
        return verzoek.continue({ postData: JSON.stringify(body) });
      }

      return verzoek.continue();
    });
    await verstuur(page);
    await wachtOpFocus(page, 'foutsamenvatting');

    assert.deepEqual((await beeld(page)).samenvatting, ['Vraag 4: Dit antwoord klopt niet. Vul het opnieuw in.', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.']);
    const velden = await inShadow(page, '#u', (wortel) => ({
      schaal: {
        fout: wortel.querySelector('[data-veld="v3"] .foutmelding')?.textContent.replace(/\s+/g, ' ').trim(),
        beschreven: wortel.querySelector('[data-veld="v3"]').getAttribute('aria-describedby'),
        ongeldig: [...wortel.querySelectorAll('[data-veld="v3"] input')].every((input) => input.getAttribute('aria-invalid') === 'true'),
      },
      email: {
        fout: wortel.querySelector('#email-fout')?.textContent.replace(/\s+/g, ' ').trim(),
        beschreven: wortel.querySelector('#email').getAttribute('aria-describedby'),
        ongeldig: wortel.querySelector('#email').getAttribute('aria-invalid'),
      },
      anderen: wortel.querySelectorAll('[aria-invalid="true"]:not([data-veld="v3"] input, #email)').length,
    }));
    assert.deepEqual(velden, {
      schaal: { fout: 'Fout: Dit antwoord klopt niet. Vul het opnieuw in.', beschreven: 'v3-hint v3-fout', ongeldig: true },
      email: { fout: 'Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl.', beschreven: 'email-fout', ongeldig: 'true' },
      anderen: 0,
    });

    await page.click('#u >>> [part="error-summary"] li:nth-child(2) a');
    assert.equal((await actief(page)).id, 'email');
    assert.equal(await aantalReacties(), voor, 'nothing was stored');
    await geenProblemen(v);
  });

  test('closed, unknown and unreachable uitvragen each say so; the link shows without JavaScript', async () => {
    const url = pagina('staten', {
      body: `<sn-uitvraag id="dicht" uitvraag="${GESLOTEN}"></sn-uitvraag>
<sn-uitvraag id="onbekend" uitvraag="${ONBEKEND}"><a href="https://www.example.org/onbekend">Andere manieren om te reageren</a></sn-uitvraag>
<sn-uitvraag id="fout" uitvraag="${OPEN}" api="${dodeApi}"><a href="https://www.example.org/papier">Vul de vragenlijst op papier in</a></sn-uitvraag>`,
    });
    const v = await venster(url, { toegestaan: WEIGERING });
    await Promise.all(['dicht', 'onbekend', 'fout'].map((id) => v.wachtOp(id)));

    const dicht = await beeld(v.page, '#dicht');
    assert.equal(dicht.titel, 'Inwonerenquête Huis van de Wijk Seghwaert');
    assert.equal(dicht.gesloten, 'Deze vragenlijst is gesloten. U kunt niet meer reageren.');
    assert.equal(dicht.formulier, false);
    assert.equal((await beeld(v.page, '#onbekend')).status, 'Deze vragenlijst bestaat niet (meer).');
    const fout = await beeld(v.page, '#fout');
    assert.equal(fout.status, 'De vragenlijst kan nu niet worden geladen.');
    assert.equal(fout.fout, 'Opnieuw proberen');
    assert.ok((await v.page.$eval('#fout > a', (a) => a.getClientRects().length)) > 0, 'the fallback link shows');
    await geenProblemen(v);

    const zonder = await venster(formulierPagina('zonder-js'), { javascript: false });
    assert.ok((await zonder.page.$eval('#u > a', (a) => a.getClientRects().length)) > 0);
    await geenProblemen(zonder);
  });

  test('a scheduled uitvraag says it is not open yet, with its opening date in the page language, and shows no form', async () => {
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${GEPLAND}") { status open gepland openVanaf } }`);
    assert.deepEqual([uitvraag.status, uitvraag.open, uitvraag.gepland], ['OPEN', false, true]);
    const opent = new Date(uitvraag.openVanaf);
    const deel = (taal, optie) => new Intl.DateTimeFormat(taal, { timeZone: 'Europe/Amsterdam', [optie]: optie === 'day' ? 'numeric' : 'long' }).format(opent);

    for (const [taal, begin] of [
      ['nl', 'Deze vragenlijst is nog niet open. U kunt reageren vanaf '],
      ['en', 'This questionnaire is not open yet. You can respond from '],
      ['pl', 'Ta ankieta nie jest jeszcze otwarta. Możesz odpowiadać od '],
    ]) {
      const v = await venster(pagina(`gepland-${taal}`, { taal, body: `<sn-uitvraag id="u" uitvraag="${GEPLAND}"></sn-uitvraag>` }));
      await v.wachtOp('u');
      const b = await beeld(v.page);
      assert.ok(b.gesloten?.startsWith(begin), `${taal}: ${b.gesloten}`);
      // (Polish declines the month inside a date, so only the day is compared there.)
      assert.ok(b.gesloten.includes(deel(taal, 'day')) && (taal === 'pl' || b.gesloten.includes(deel(taal, 'month'))), `${taal}: the opening date in ${b.gesloten}`);
      assert.equal(b.formulier, false);
      assert.deepEqual(await v.axe(), [], `${taal}: scheduled`);
      await geenProblemen(v);
    }
  });

  test('a language the uitvraag lacks shows the Dutch questions, marked lang="nl", with a note', async () => {
    const v = await venster(formulierPagina('turks', 'tr'));
    await v.wachtOp('u');
    const b = await inShadow(v.page, '#u', (wortel) => ({
      lang: wortel.querySelector('[part="root"]').lang,
      vraag: wortel.querySelector('[data-veld="v1"] legend [lang]').lang,
      tekst: wortel.querySelector('[data-veld="v1"] legend').textContent.replace(/\s+/g, ' ').trim(),
      notitie: wortel.querySelector('.notitie').textContent.trim(),
      knop: wortel.querySelector('[part~="submit-button"]').textContent.trim(),
    }));
    assert.deepEqual(b, {
      lang: 'tr',
      vraag: 'nl',
      tekst: '2. Hoe vaak doet u iets voor een ander of voor uw buurt? (zorunlu)',
      notitie: 'Bu sorular Felemenkçe. Kendi dilinizde cevap verebilirsiniz.',
      knop: 'Cevapları gönder',
    });
    await geenProblemen(v);
  });

  for (const taal of ['nl', 'ar']) {
    test(`has no axe violations (WCAG 2.1 A and AA) in any state, in ${taal === 'nl' ? 'Dutch' : 'Arabic'}`, async () => {
      const url = pagina(`axe-uitvraag-${taal}`, {
        taal,
        body: `<sn-uitvraag id="u" uitvraag="${OPEN}"><a href="https://www.example.org/papier">Vul de vragenlijst op papier in</a></sn-uitvraag>
<sn-uitvraag id="dicht" uitvraag="${GESLOTEN}"></sn-uitvraag>
<sn-uitvraag id="onbekend" uitvraag="${ONBEKEND}"><a href="https://www.example.org/onbekend">Andere manieren om te reageren</a></sn-uitvraag>
<sn-uitvraag id="fout" uitvraag="${OPEN}" api="${dodeApi}"><a href="https://www.example.org/papier">Vul de vragenlijst op papier in</a></sn-uitvraag>`,
      });

      const laden = await venster(url, { toegestaan: WEIGERING, vasthouden: true });
      await laden.page.waitForFunction(() => document.querySelector('#u')?.shadowRoot?.querySelector('[part="status"]')?.textContent.trim().length > 0);
      assert.deepEqual(await laden.axe(), [], 'loading');
      await laden.laatLos();
      await laden.wachtOp('u');
      await geenProblemen(laden);

      const v = await venster(url, { toegestaan: WEIGERING });
      const { page } = v;
      await Promise.all(['u', 'dicht', 'onbekend', 'fout'].map((id) => v.wachtOp(id)));
      const b = await beeld(page);
      assert.deepEqual([b.lang, b.dir], taal === 'ar' ? ['ar', 'rtl'] : ['nl', 'ltr']);
      assert.equal(b.titel, taal === 'ar' ? 'أساس اجتماعي قوي: ما الذي يساعدك وما الذي يمنعك؟' : 'Sterke sociale basis: wat helpt en wat houdt u tegen?');
      assert.deepEqual(await v.axe(), [], 'loaded, closed, unknown and error');

      await verstuur(page);
      await wachtOpFocus(page, 'foutsamenvatting');
      assert.equal((await beeld(page)).samenvatting.length, 3);
      await page.click('#u >>> [part="withdraw"] summary');
      await page.type('#u >>> #code', 'AAAA-BBBB-CCCC');
      await page.click('#u >>> [part~="withdraw-button"]');
      // The API's answer: the code is unknown (focus alone could be from before the answer).
      await page.waitForFunction(() => document.querySelector('#u').shadowRoot.querySelector('#code-fout'));
      await wachtOpFocus(page, 'code');
      assert.deepEqual(await v.axe(), [], 'form with errors, withdraw with an unknown code');

      // Sending: the request is held until axe has looked at the busy form.
      await vulIn(page);
      await page.setRequestInterception(true);
      const vast = new Promise((klaar) =>
        page.on('request', (verzoek) => (verzoek.method() === 'POST' && verzoek.postData()?.includes('WidgetReactieIndienen') ? klaar(verzoek) : verzoek.continue())),
      );
      await verstuur(page);
      const verzoek = await vast;
      await page.waitForFunction(() => document.querySelector('#u').shadowRoot.querySelector('[part="form"]').getAttribute('aria-busy') === 'true');
      assert.equal((await beeld(page)).status, taal === 'ar' ? 'جارٍ الإرسال…' : 'Bezig met versturen…');
      assert.deepEqual(await v.axe(), [], 'sending');
      await wachtOpVerzonden(page, () => verzoek.continue());
      const { code } = await beeld(page);
      assert.match(code, CODE);
      assert.deepEqual(await v.axe(), [], 'sent');
      assert.equal(await trekInViaApi(code), true);
      await geenProblemen(v);
    });
  }
});
