// <sn-activiteit> in Debian's Chromium, on a partner page with a strict CSP, against the real GraphApi with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beeldVan, geenProblemen, graphql, inShadow, maakSleutel, open, partnerPagina, testAxe, testOmgeving, widgetScript } from './omgeving.mjs';

// GraphApi, Chromium and the partner site of this file (see testOmgeving); `dodeApi`: nothing listens there.
let api, site, browser, dodeApi;
let voorbeeld;

const omgeving = testOmgeving({
  async daarna(o) {
    ({ api, site, browser, dodeApi } = o);
    // An activity from the demo data with a place, a contact and sign-up by email or phone.
    const { agenda } = await graphql(
      api.adres,
      `{ agenda(first: 100) { nodes { activiteit { id titel omschrijving contact { email } aanmelding { wijze email }
         locatie { naam } volgendeVoorkomens(aantal: 5) { start } } } } }`,
    );
    voorbeeld = agenda.nodes
      .map((node) => node.activiteit)
      .find((a) => a.contact?.email && a.locatie && a.aanmelding.wijze === 'VIA_EMAIL_OF_TELEFOON' && a.aanmelding.email);
    assert.ok(voorbeeld, 'the demo data has an activity with a contact and sign-up by email');
  },
});

const script = () => widgetScript(api);
const WEIGERING = [/ERR_CONNECTION_REFUSED/, /<sn-activiteit>: ApiFout: .* is not reachable/];
const onbekend = () => Buffer.from('Activiteit:999999').toString('base64url');

function beeld(page, selector) {
  return beeldVan(page, selector, (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      kop: wortel.querySelector('[part="title"]') && `${wortel.querySelector('[part="title"]').tagName} ${tekst(wortel.querySelector('[part="title"]'))}`,
      omschrijving: wortel.querySelector('[part="description"]')?.textContent ?? null,
      details: tekst(wortel.querySelector('[part="details"]')),
      data: [...wortel.querySelectorAll('[part="details"] time')].map((time) => time.dateTime),
      links: [...wortel.querySelectorAll('a')].map((a) => a.href),
      fout: tekst(wortel.querySelector('[part="error"]')),
    };
  });
}

describe('<sn-activiteit>', () => {
  test('shows one activity: title, description, next dates, place, sign-up, contact and its links', async () => {
    const url = site.pagina('/activiteit.html', partnerPagina({ scripts: [script()], body: `<sn-activiteit id="a" activiteit="${voorbeeld.id}"></sn-activiteit>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('a');
    const b = await beeld(venster.page, '#a');

    assert.deepEqual(gebeurtenis, { naam: 'sn-geladen', id: 'a', detail: { activiteit: voorbeeld.id } });
    assert.equal(b.kop, `H2 ${voorbeeld.titel}`);
    assert.equal(b.omschrijving, voorbeeld.omschrijving, 'the description is text, as the API gives it');
    assert.deepEqual(b.data, voorbeeld.volgendeVoorkomens.map((keer) => keer.start));
    assert.match(b.details, new RegExp(`Waar\\s?${voorbeeld.locatie.naam.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(b.details, /Meld u aan per e-mail of telefoon/);
    assert.ok(b.links.includes(`mailto:${voorbeeld.contact.email}`));
    assert.ok(b.links.includes(`${api.adres}/activiteiten/${voorbeeld.id}.ics`));
    assert.ok(b.links.includes(`${api.adres}/activiteiten/${voorbeeld.id}`));
    assert.ok(b.links.every((link) => /^(https?|mailto|tel):/.test(link)), 'only web, mail and phone links');
    await geenProblemen(venster);
  });

  test('says so when the activity does not exist, and shows the fallback when the API cannot be reached', async () => {
    const url = site.pagina(
      '/onbekend.html',
      partnerPagina({
        scripts: [script()],
        body: `<sn-activiteit id="onbekend" activiteit="${onbekend()}"><a href="https://www.example.org/taalcafe">Over het Taalcafé</a></sn-activiteit>
<sn-activiteit id="fout" activiteit="${voorbeeld.id}" api="${dodeApi}"><a href="https://www.example.org/activiteit">Bekijk de activiteit</a></sn-activiteit>`,
      }),
    );
    const venster = await open(browser, url, { toegestaan: WEIGERING });
    await venster.wachtOp('onbekend');
    await venster.wachtOp('fout');

    assert.equal((await beeld(venster.page, '#onbekend')).status, 'Deze activiteit bestaat niet (meer).');
    // The partner's link is the way on for the visitor: it shows under the message.
    assert.ok((await venster.page.$eval('#onbekend > a', (a) => a.getClientRects().length)) > 0, 'the fallback link shows when the activity does not exist');
    const fout = await beeld(venster.page, '#fout');
    assert.equal(fout.status, 'De activiteit kan nu niet worden geladen.');
    assert.equal(fout.fout, 'Opnieuw proberen');
    assert.ok((await venster.page.$eval('#fout > a', (a) => a.getClientRects().length)) > 0);
    await geenProblemen(venster);
  });

  test('without its activiteit attribute or with a malformed id it says that a setting of the page is wrong, with the reason in the console', async () => {
    const reserve = '<a href="https://www.example.org/activiteit">Bekijk de activiteit</a>';
    const url = site.pagina(
      '/instelling.html',
      partnerPagina({
        scripts: [script()],
        body: `<sn-activiteit id="zonder">${reserve}</sn-activiteit>
<sn-activiteit id="verkeerd" activiteit="taalcafe">${reserve}</sn-activiteit>
<sn-activiteit id="en" lang="en">${reserve}</sn-activiteit>`,
      }),
    );
    const meldingen = [];
    const venster = await open(browser, url, { toegestaan: [/^error: <sn-activiteit>: /], voorbereiden: (page) => page.on('console', (m) => meldingen.push(`${m.type()}: ${m.text()}`)) });
    const gebeurtenissen = await Promise.all(['zonder', 'verkeerd', 'en'].map((id) => venster.wachtOp(id)));
    assert.deepEqual(gebeurtenissen.map(([g]) => g.naam), ['sn-fout', 'sn-fout', 'sn-fout'], 'every element finishes, also without an id');

    for (const [id, status] of [
      ['zonder', 'De activiteit kan niet worden getoond, omdat een instelling op deze pagina niet klopt.'],
      ['verkeerd', 'De activiteit kan niet worden getoond, omdat een instelling op deze pagina niet klopt.'],
      ['en', 'The activity cannot be shown because a setting on this page is wrong.'],
    ]) {
      const b = await beeld(venster.page, `#${id}`);
      assert.deepEqual([b.status, b.fout], [status, ''], `${id}: no retry button`);
      assert.ok((await venster.page.$eval(`#${id} > a`, (a) => a.getClientRects().length)) > 0, `${id}: the fallback link shows`);
    }

    assert.deepEqual(
      meldingen.filter((m) => !m.includes('taalcafe')).sort(),
      ['error: <sn-activiteit>: Het attribuut activiteit ontbreekt.', 'error: <sn-activiteit>: The attribute activiteit is missing.'],
    );
    assert.ok(meldingen.includes("error: <sn-activiteit>: De id 'taalcafe' is geen geldige id van een Activiteit."), meldingen.join('\n'));
    await geenProblemen(venster);
  });

  testAxe(omgeving, {
    naam: 'activiteit',
    body: () => `<sn-activiteit id="klaar" activiteit="${voorbeeld.id}"></sn-activiteit>
<sn-activiteit id="onbekend" activiteit="${onbekend()}"></sn-activiteit>
<sn-activiteit id="fout" activiteit="${voorbeeld.id}" api="${dodeApi}"><a href="https://www.example.org/activiteit">Bekijk de activiteit</a></sn-activiteit>`,
    ids: ['klaar', 'onbekend', 'fout'],
    toegestaan: WEIGERING,
    staten: 'loaded, unknown and error',
    async geladen(venster, taal) {
      const klaar = await beeld(venster.page, '#klaar');
      assert.deepEqual([klaar.lang, klaar.dir], taal === 'ar' ? ['ar', 'rtl'] : ['nl', 'ltr']);
    },
  });

  test('shows a partner\'s hostile title and description as text in <sn-activiteit> and <sn-agenda>, and runs nothing', async () => {
    const titel = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
    const omschrijving = '</p><b onmouseover="window.__xss = 3">vet</b><a href="javascript:window.__xss = 4">klik</a>';
    const dag = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const sleutel = await maakSleutel(api.databank, ['--rol', 'redacteur', '--organisatie', '2']);
    const { locaties } = await graphql(api.adres, '{ locaties: agenda(first: 20) { nodes { activiteit { locatie { id } } } } }');
    const locatieId = locaties.nodes.map((n) => n.activiteit.locatie?.id).find(Boolean);
    const { activiteitToevoegen: toegevoegd } = await graphql(
      api.adres,
      'mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id organisatoren { id } } } }',
      { invoer: { titel, omschrijving, soort: 'BIJEENKOMST', themas: ['WONEN_EN_BUURT'], locatieId, start: `${dag}T13:00:00Z`, eind: `${dag}T14:00:00Z` } },
      sleutel,
    );
    assert.ok(toegevoegd.gelukt, JSON.stringify(toegevoegd.fouten));
    const { id, organisatoren } = toegevoegd.activiteit;

    const url = site.pagina(
      '/vijandig.html',
      partnerPagina({
        scripts: [script()],
        body: `<sn-activiteit id="een" activiteit="${id}"></sn-activiteit><sn-agenda id="lijst" organisatie="${organisatoren[0].id}" periode="week" aantal="50"></sn-agenda>`,
      }),
    );
    const venster = await open(browser, url);
    const dialogen = [];
    venster.page.on('dialog', async (dialoog) => {
      dialogen.push(dialoog.message());
      await dialoog.dismiss();
    });
    await Promise.all(['een', 'lijst'].map((el) => venster.wachtOp(el)));
    for (const selector of ['#een', '#lijst']) {
      await venster.page.hover(selector);
      const gezien = await inShadow(venster.page, selector, (wortel) => ({
        tekst: wortel.textContent,
        gevaarlijk: wortel.querySelectorAll('script, img, b, [onerror], [onmouseover], a[href^="javascript:"]').length,
      }));
      assert.ok(gezien.tekst.includes(titel), `${selector}: the title is shown as text`);
      assert.equal(gezien.gevaarlijk, 0, `${selector}: no element from partner text`);
    }

    assert.ok((await inShadow(venster.page, '#een', (wortel) => wortel.textContent)).includes(omschrijving), 'the description is shown as text');
    assert.equal(await venster.page.evaluate(() => window.__xss), undefined);
    assert.deepEqual(dialogen, []);
    await geenProblemen(venster);
  });
});
