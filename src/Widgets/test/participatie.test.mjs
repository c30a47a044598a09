// Issue 12's whole cycle in Debian's Chromium, from nothing, as a team does it through the portal (docs/participatie.md,
// "Stap voor stap"), with the API checked alongside:
// a trajectteam member invited with the CLI makes a traject and an uitvraag with every question type in Dutch and
// English; previews it (a test reactie that is never counted); schedules it (<sn-uitvraag> says "nog niet open") and
// opens it; prints 50 numbered forms; enters 20 of them at the fast entry screen by keyboard (a number entered twice is
// refused); receives online reacties through <sn-uitvraag> on a partner page, some in English; compares two wijken on
// the team's results page; closes and publishes (through the confirmation); checks that the public results
// (<sn-resultaten> and GraphQL) hide small counts so that no hidden count follows from the visible ones; and downloads
// the CSV by the page's link with the portal's cookie. Every portal page on the way gets `controleer` (axe, labels,
// tabindex, one h1, no script but the fast entry's own, its status).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { graphql, inShadow, maakSleutel, nodigUit, open, partnerPagina, testOmgeving, wachtOpGebeurtenis, widgetScript } from './omgeving.mjs';
import { controleer, klik, naar, pad, toetsen, tweestapsInstellen, typ, veldvolgorde, volg, wachtOpFocus } from './portaal.mjs';

const WACHTWOORD = 'een lang genoeg wachtwoord';
const TEAMLID = `team${process.pid}@gemeente.example`;
const TRAJECT = `Samen in de buurt ${process.pid}`;
const TITEL = { nl: 'Meedoen in uw buurt', en: 'Taking part in your neighbourhood' };
const PAPIER = 20;
const EERSTE = 101;
const ONLINE = 6;
// Refused forms (400): Chromium reports their status as a console error.
const TOEGESTAAN = [/status of 400/];

// The questions, one of each type, every text in Dutch and English (the order of the demo's open uitvraag, so the
// fast entry takes the same keys as in invoer.test.mjs).
const VRAGEN = [
  {
    type: 'Factoren',
    tekst: { nl: 'Wat helpt u om mee te doen, en wat houdt u tegen?', en: 'What helps you take part, and what holds you back?' },
    opties: [{ nl: 'Een buurthuis dichtbij', en: 'A community centre nearby' }, { nl: 'Tijd', en: 'Time' }, { nl: 'Informatie over activiteiten', en: 'Information about activities' }],
    eigen: true,
  },
  {
    type: 'EenKeuze',
    verplicht: true,
    tekst: { nl: 'Hoe vaak doet u mee aan activiteiten?', en: 'How often do you take part in activities?' },
    toelichting: { nl: 'Kies wat het best past.', en: 'Choose what fits best.' },
    opties: [{ nl: 'Elke week', en: 'Every week' }, { nl: 'Elke maand', en: 'Every month' }, { nl: 'Bijna nooit', en: 'Hardly ever' }],
  },
  {
    type: 'MeerdereKeuzes',
    tekst: { nl: 'Waar hoort u over activiteiten?', en: 'Where do you hear about activities?' },
    opties: [{ nl: 'De huis-aan-huiskrant', en: 'The local paper' }, { nl: 'Buren', en: 'Neighbours' }, { nl: 'Internet', en: 'The internet' }],
    getallen: { maxKeuzes: '2' },
  },
  {
    type: 'Schaal',
    verplicht: true,
    tekst: { nl: 'Hoe prettig woont u in uw buurt?', en: 'How pleasant is living in your neighbourhood?' },
    getallen: { schaalMin: '1', schaalMax: '5' },
    labels: { schaalLabelMin: { nl: 'Heel onprettig', en: 'Very unpleasant' }, schaalLabelMax: { nl: 'Heel prettig', en: 'Very pleasant' } },
  },
  {
    type: 'OpenTekst',
    tekst: { nl: 'Wat zou u willen veranderen?', en: 'What would you like to change?' },
    getallen: { maxLengte: '500' },
  },
];

// Downloads of this file's browser: a folder of its own.
const downloads = mkdtempSync(path.join(tmpdir(), 'sn-participatie-'));
after(() => rmSync(downloads, { recursive: true, force: true }));

let api, browser, site, uitnodiging;
testOmgeving({
  // More than the 10 submissions per address per minute that production allows: the online reacties come from 127.0.0.1.
  api: { env: { Participatie__InzendingenPerMinuut: '1000' } },
  acceptLanguage: 'nl-NL,nl;q=0.9',
  async daarna(o) {
    ({ api, browser, site } = o);
    // A member of the demo's traject 1; the traject of this journey it makes itself, and becomes its team.
    uitnodiging = await nodigUit(api.databank, TEAMLID, ['--rol', 'trajectteam', '--traject', '1']);
  },
});

/** A date and time in Dutch wall-clock time, `dagen` days from now, as a datetime-local field holds it. */
function lokaal(dagen, uur) {
  const datum = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short' }).format(new Date(Date.now() + dagen * 86_400_000));
  return `${datum}T${uur}`;
}

/**
 * Types `waarde` (yyyy-mm-ddThh:mm) into a datetime-local field as this Chromium's field takes digits: the date, Tab
 * (the year takes more than four digits, so it does not move on by itself), the time.
 */
async function typMoment(page, selector, volgorde, waarde) {
  const [datum, tijd] = waarde.split('T');
  await page.focus(selector);
  await page.keyboard.type(toetsen(volgorde, datum));
  await page.keyboard.press('Tab');
  await page.keyboard.type(toetsen(volgorde, tijd));
  assert.equal(await page.$eval(selector, (e) => e.value), waarde, selector);
}

/** One question added on the questions page, with the form's own fields. */
async function voegVraagToe(page, vraag) {
  await page.select('#type', vraag.type);
  if (vraag.verplicht) {
    await page.focus('#verplicht');
    await page.keyboard.press('Space');
  }

  const velden = {};
  for (const taal of ['nl', 'en']) {
    velden[`#tekst-${taal}`] = vraag.tekst[taal];
    if (vraag.toelichting) {
      velden[`#toelichting-${taal}`] = vraag.toelichting[taal];
    }

    for (const [veld, tekst] of Object.entries(vraag.labels ?? {})) {
      velden[`#${veld}-${taal}`] = tekst[taal];
    }

    for (const [i, optie] of (vraag.opties ?? []).entries()) {
      velden[`[name="opties[${i}].tekst.${taal}"]`] = optie[taal];
    }
  }

  for (const [veld, getal] of Object.entries(vraag.getallen ?? {})) {
    velden[`#${veld}`] = getal;
  }

  await typ(page, velden);
  if (vraag.eigen) {
    await page.focus('#eigenFactorenToegestaan');
    await page.keyboard.press('Space');
  }

  await klik(page, 'form[action$="/vragen"] button[type="submit"]');
}

/** A minimal RFC 4180 reader for the CSV (`;`, quoted fields with doubled quotes), after its BOM. */
function leesCsv(tekst) {
  assert.equal(tekst.charCodeAt(0), 0xfeff, 'UTF-8 with a BOM');
  const rijen = [[]];
  let veld = '';
  let tussen = false;
  for (let i = 1; i < tekst.length; i++) {
    const teken = tekst[i];
    if (tussen) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (teken === '"') {
        tussen = false;
      } else {
        veld += teken;
      }
    } else if (teken === '"') {
      tussen = true;
    } else if (teken === ';') {
      rijen.at(-1).push(veld);
      veld = '';
    } else if (teken === '\n' || teken === '\r') {
      if (teken === '\r' && tekst[i + 1] === '\n') {
        i++;
      }

      rijen.at(-1).push(veld);
      veld = '';
      rijen.push([]);
    } else {
      veld += teken;
    }
  }

  if (veld !== '' || rijen.at(-1).length > 0) {
    rijen.at(-1).push(veld);
  } else {
    rijen.pop();
  }

  return rijen;
}

const RESULTATEN = `query($id: ID!, $segment: ResultaatSegmentInvoer) {
  uitvraag(id: $id) {
    resultaten(segment: $segment) {
      openbaar
      totaal { ...t }
      perKanaal { kanaal telling { ...t } }
      perWijk { wijk { slug } telling { ...t } }
      perDoelgroep { doelgroep telling { ...t } }
      vragen {
        vraag { id type }
        aantalReacties { ...t }
        opties { optie { id } telling { ...t } }
        schaal { verdeling { waarde telling { ...t } } }
        helpendeFactoren { tekst eigen optie { id } telling { ...t } }
        remmendeFactoren { tekst eigen optie { id } telling { ...t } }
      }
    }
  }
}
fragment t on Telling { aantal onderDrempel }`;

/**
 * What a reader of the public results can work out, as in tests/Gedeeld's Differentieaanval but only with its simple
 * steps: every number published anywhere (the whole, each wijk, doelgroep and kanaal) is one cell, named by what it
 * counts and in which segment; the rules "total = sum of the parts" tie them (reacties of a segment = the sum over the
 * kanalen, the wijken and the doelgroepen; those who answered a one-choice or scale question = the sum of its options;
 * a count of the whole = the sum of the same count over the wijken, over the doelgroepen, over the kanalen). A rule
 * with one unknown gives it; a rule whose known parts already make the total gives 0 for the rest (counts are never
 * negative). Repeated until nothing changes. Returns the hidden cells that became known (none may), and how many were
 * hidden.
 */
function afleidbaar(perSegment, dimensies) {
  const bekend = new Map();
  const verborgen = new Set();
  const tegenstrijdig = [];
  const sleutel = (wat, segment) => `${wat}@${Object.entries(segment).sort().map(([k, v]) => `${k}=${v}`).join(',')}`;
  const zet = (cel, telling) => {
    if (telling.onderDrempel) {
      verborgen.add(cel);
      if (bekend.has(cel)) {
        tegenstrijdig.push(cel);
      }
    } else {
      if (verborgen.has(cel) || (bekend.has(cel) && bekend.get(cel) !== telling.aantal)) {
        tegenstrijdig.push(cel);
      }

      bekend.set(cel, telling.aantal);
    }
  };
  const regels = [];
  const soorten = new Set();
  for (const { segment, resultaten } of perSegment) {
    zet(sleutel('reacties', segment), resultaten.totaal);
    const delen = {
      kanaal: resultaten.perKanaal.map((k) => [k.kanaal, k.telling]),
      wijk: resultaten.perWijk.map((w) => [w.wijk?.slug ?? '(geen)', w.telling]),
      doelgroep: resultaten.perDoelgroep.map((d) => [d.doelgroep ?? '(geen)', d.telling]),
    };
    for (const [dimensie, rijen] of Object.entries(delen)) {
      if (dimensie in segment) {
        continue;
      }

      const cellen = rijen.map(([waarde, telling]) => {
        const cel = sleutel('reacties', { ...segment, [dimensie]: waarde });
        zet(cel, telling);
        return cel;
      });
      // Those without a wijk or doelgroep are never published: an unknown part (not secret).
      if (dimensie !== 'kanaal' && !rijen.some(([waarde]) => waarde === '(geen)')) {
        cellen.push(sleutel('reacties', { ...segment, [dimensie]: '(geen)' }));
      }

      regels.push([sleutel('reacties', segment), cellen]);
    }

    for (const v of resultaten.vragen) {
      const beantwoord = `beantwoord:${v.vraag.id}`;
      soorten.add(beantwoord);
      zet(sleutel(beantwoord, segment), v.aantalReacties);
      const opties = [
        ...v.opties.map((o) => [`optie:${o.optie.id}`, o.telling]),
        ...(v.schaal?.verdeling ?? []).map((s) => [`schaal:${v.vraag.id}:${s.waarde}`, s.telling]),
        ...v.helpendeFactoren.map((f) => [`helpend:${v.vraag.id}:${f.optie?.id ?? f.tekst}`, f.telling]),
        ...v.remmendeFactoren.map((f) => [`remmend:${v.vraag.id}:${f.optie?.id ?? f.tekst}`, f.telling]),
      ];
      for (const [wat, telling] of opties) {
        soorten.add(wat);
        zet(sleutel(wat, segment), telling);
      }

      if (v.vraag.type === 'EEN_KEUZE' || v.vraag.type === 'SCHAAL') {
        regels.push([sleutel(beantwoord, segment), opties.map(([wat]) => sleutel(wat, segment))]);
      }
    }
  }

  // The segment against the whole: a count of the whole is the sum of that count over each dimension's values.
  for (const [dimensie, waarden] of Object.entries(dimensies)) {
    for (const wat of soorten) {
      const delen = [...waarden, ...(dimensie === 'kanaal' ? [] : ['(geen)'])].map((waarde) => sleutel(wat, { [dimensie]: waarde }));
      regels.push([sleutel(wat, {}), delen]);
    }
  }

  let veranderd = true;
  while (veranderd) {
    veranderd = false;
    for (const [totaal, delen] of regels) {
      const onbekend = delen.filter((d) => !bekend.has(d));
      const som = delen.filter((d) => bekend.has(d)).reduce((s, d) => s + bekend.get(d), 0);
      if (bekend.has(totaal) && onbekend.length === 1) {
        bekend.set(onbekend[0], bekend.get(totaal) - som);
        veranderd = true;
      } else if (bekend.has(totaal) && onbekend.length > 1 && som === bekend.get(totaal)) {
        onbekend.forEach((d) => bekend.set(d, 0));
        veranderd = true;
      } else if (!bekend.has(totaal) && onbekend.length === 0) {
        bekend.set(totaal, som);
        veranderd = true;
      }
    }
  }

  return { afgeleid: [...verborgen].filter((cel) => bekend.has(cel)), tegenstrijdig, verborgen: verborgen.size };
}

// What the steps hand on to the next.
const reis = {};

describe('a participation cycle from nothing, as a team does it', () => {
  test('a team member makes a traject and an uitvraag with every question type in Dutch and English', async () => {
    const venster = await open(browser, api.adres + uitnodiging, { toegestaan: TOEGESTAAN });
    const { page } = venster;
    reis.venster = venster;
    reis.staten = [];
    reis.bevindingen = [];
    const { staten, bevindingen } = reis;
    await typ(page, { '#wachtwoord': WACHTWOORD, '#herhaling': WACHTWOORD });
    await klik(page, 'button[type="submit"]');
    // A trajectteam reads personal data: two-factor first.
    assert.equal(new URL(page.url()).pathname, '/beheer/tweestaps');
    await tweestapsInstellen(page);
    assert.equal(pad(page), '/beheer');

    // The traject.
    await volg(page, '/beheer/uitvragen');
    await controleer(page, 'uitvragen of a new team member', { staten, bevindingen });
    await volg(page, '/beheer/trajecten/nieuw');
    await controleer(page, 'new traject', { staten, bevindingen });
    await typ(page, { '#naam': TRAJECT, '#onderwerp': 'Meedoen', '#omschrijving': 'Wat helpt mensen om mee te doen in hun buurt?' });
    await page.select('#fase', 'Uitvraag');
    await klik(page, '.formulier button[type="submit"]');
    const trajectId = /^\/beheer\/trajecten\/(\d+)$/.exec(pad(page))?.[1];
    assert.ok(trajectId, page.url());
    await controleer(page, 'the traject saved', { staten, bevindingen });
    // The journey's key for the API checks: the new traject's team (the CLI, as in the README), made meanwhile.
    reis.sleutel = maakSleutel(api.databank, ['--rol', 'trajectteam', '--traject', trajectId]);
    reis.sleutel.catch(() => {}); // awaited below; a journey that fails before that stops the server under it

    // The uitvraag: texts in Dutch and English, a period starting tomorrow, the wijk and doelgroep questions.
    await volg(page, `/beheer/uitvragen/nieuw?traject=${trajectId}`);
    await controleer(page, 'new uitvraag', { staten, bevindingen });
    await typ(page, {
      '#titel-nl': TITEL.nl,
      '#titel-en': TITEL.en,
      '#inleiding-nl': 'De gemeente wil weten wat u helpt om mee te doen in uw buurt.',
      '#inleiding-en': 'The municipality wants to know what helps you take part in your neighbourhood.',
      '#privacyverklaring-nl': 'Uw antwoorden worden alleen gebruikt voor dit traject.',
      '#privacyverklaring-en': 'Your answers are only used for this project.',
    });
    const volgorde = await veldvolgorde(browser);
    reis.volgorde = volgorde;
    await typMoment(page, '#openVanaf', volgorde, lokaal(1, '10:00'));
    await typMoment(page, '#openTot', volgorde, lokaal(30, '17:00'));
    for (const vakje of ['#doelgroep-Vrijwilligers', '#profielvraagWijk', '#profielvraagDoelgroep']) {
      await page.focus(vakje);
      await page.keyboard.press('Space');
    }

    await klik(page, 'form.formulier button[type="submit"]');
    const uitvraagNummer = /^\/beheer\/uitvragen\/(\d+)$/.exec(pad(page))?.[1];
    assert.ok(uitvraagNummer, page.url());
    reis.nummer = uitvraagNummer;
    reis.id = Buffer.from(`Uitvraag:${uitvraagNummer}`).toString('base64').replace(/=+$/, '');
    reis.beheer = `/beheer/uitvragen/${uitvraagNummer}`;
    await controleer(page, 'the uitvraag saved (concept)', { staten, bevindingen });

    // Five questions, one of each type, through the questions page.
    await volg(page, `${reis.beheer}/vragen`);
    await controleer(page, 'questions (none yet)', { staten, bevindingen });
    for (const vraag of VRAGEN) {
      await voegVraagToe(page, vraag);
      assert.equal(pad(page), `${reis.beheer}/vragen`, `${vraag.type} added`);
    }

    assert.deepEqual(await page.$$eval('ol.vragen > li strong', (s) => s.map((e) => e.textContent)), VRAGEN.map((v) => v.tekst.nl));
    await controleer(page, 'questions: five', { staten, bevindingen });

    // English is complete: offered, and the API agrees.
    await volg(page, reis.beheer);
    assert.equal(await page.$eval('tr[data-taal="en"] td', (td) => td.textContent.trim()), 'Compleet: wordt aangeboden');
    const sleutel = await reis.sleutel;
    reis.sleutel = sleutel;
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${reis.id}", taal: EN) { status titel taal beschikbareTalen vragen { type tekst opties { tekst } } } }`, {}, sleutel);
    assert.deepEqual([uitvraag.status, uitvraag.titel, uitvraag.taal, uitvraag.beschikbareTalen], ['CONCEPT', TITEL.en, 'EN', ['NL', 'EN']]);
    assert.deepEqual(uitvraag.vragen.map((v) => [v.type, v.tekst]), [
      ['FACTOREN', VRAGEN[0].tekst.en],
      ['EEN_KEUZE', VRAGEN[1].tekst.en],
      ['MEERDERE_KEUZES', VRAGEN[2].tekst.en],
      ['SCHAAL', VRAGEN[3].tekst.en],
      ['OPEN_TEKST', VRAGEN[4].tekst.en],
    ]);
    assert.deepEqual(uitvraag.vragen[1].opties.map((o) => o.tekst), VRAGEN[1].opties.map((o) => o.en));
  });

  test('previews it: a test reactie through the preview link is stored but never counted', async () => {
    assert.ok(reis.id, 'the uitvraag exists');
    const { page } = reis.venster;
    await volg(page, `${reis.beheer}/vragen`);
    const proeflink = await page.$eval('#proeflink', (a) => a.href);
    const proef = await open(browser, proeflink);
    await proef.wachtOp('uitvraag');
    assert.equal(await inShadow(proef.page, '#uitvraag', (w) => w.querySelector('[part="title"]').textContent.trim()), TITEL.nl);
    await proef.page.click('#uitvraag >>> #v1-0');
    await proef.page.click('#uitvraag >>> #v3-2');
    const verzonden = await wachtOpGebeurtenis(proef.page, '#uitvraag', () => proef.page.click('#uitvraag >>> [part~="submit-button"]'), 'sn-verzonden');
    assert.equal(verzonden.naam, 'sn-verzonden');
    assert.deepEqual(await proef.problemen(), []);
    await proef.page.close();

    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${reis.id}") { aantalReacties reacties(first: 5) { totalCount } } }`, {}, reis.sleutel);
    assert.deepEqual(uitvraag, { aantalReacties: 0, reacties: { totalCount: 0 } });
    // Not frozen either: the questions page still offers adding one.
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.$('#bevroren'), null);
  });

  test('schedules it (<sn-uitvraag> says it is not open yet), then opens it', async () => {
    assert.ok(reis.id, 'the uitvraag exists');
    const { page } = reis.venster;
    const { staten, bevindingen } = reis;
    await volg(page, reis.beheer);
    await page.select('#status-keuze', 'Open');
    await klik(page, 'form[action$="/status"] button[type="submit"]');
    assert.match(await controleer(page, 'the uitvraag scheduled', { staten, bevindingen }), /Status: Gepland: gaat vanzelf open op /);
    const planning = `{ uitvraag(id: "${reis.id}") { status open gepland } }`;
    assert.deepEqual((await graphql(api.adres, planning)).uitvraag, { status: 'OPEN', open: false, gepland: true });

    const partner = site.pagina(
      '/meedoen.html',
      partnerPagina({ titel: 'Meedoen', scripts: [widgetScript(api)], body: `<sn-uitvraag id="u" uitvraag="${reis.id}"><a href="https://www.example.org/papier">Vul de vragenlijst op papier in</a></sn-uitvraag>` }),
    );
    reis.partner = partner;
    const gepland = await open(browser, partner);
    await gepland.wachtOp('u');
    const beeld = await inShadow(gepland.page, '#u', (w) => ({ gesloten: w.querySelector('[part="closed"]')?.textContent.trim() ?? null, formulier: !!w.querySelector('[part="form"]') }));
    assert.match(beeld.gesloten ?? '', /^Deze vragenlijst is nog niet open\. U kunt reageren vanaf /);
    assert.equal(beeld.formulier, false);
    assert.deepEqual(await gepland.problemen(), []);
    await gepland.page.close();

    // Opened: the start moved to yesterday.
    await typMoment(page, '#openVanaf', reis.volgorde, lokaal(-1, '10:00'));
    await klik(page, 'form.formulier button[type="submit"]');
    assert.match(await controleer(page, 'the uitvraag opened', { staten, bevindingen }), /Status: Open tot /);
    assert.deepEqual((await graphql(api.adres, planning)).uitvraag, { status: 'OPEN', open: true, gepland: false });
  });

  test('prints 50 numbered forms', async () => {
    assert.ok(reis.id, 'the uitvraag exists');
    const { page } = reis.venster;
    await volg(page, `${reis.beheer}/afdrukken`);
    await typ(page, { '#vanaf': String(EERSTE), '#aantal': '50' });
    await klik(page, 'form.filters button[type="submit"]');
    const zoek = new URL(page.url()).searchParams;
    assert.deepEqual([zoek.get('vanaf'), zoek.get('aantal')], [String(EERSTE), '50']);
    const nummers = await page.$$eval('article.exemplaar', (a) => a.map((e) => e.querySelector('.formuliernummer .nummer').textContent));
    assert.equal(nummers.length, 50);
    assert.equal(new Set(nummers).size, 50, 'fifty distinct numbers');
    assert.deepEqual(nummers, Array.from({ length: 50 }, (_, i) => String(EERSTE + i)));
    // Every form has every question.
    assert.deepEqual(await page.$$eval('article.exemplaar:first-of-type section.vraag', (s) => s.map((e) => e.dataset.type)), VRAGEN.map((v) => v.type));
  });

  test(`enters ${PAPIER} forms from paper at the fast entry screen by keyboard; a number entered twice is refused`, async () => {
    assert.ok(reis.id, 'the uitvraag exists');
    const { page } = reis.venster;
    const { staten, bevindingen } = reis;
    await page.goto(api.adres + reis.beheer, { waitUntil: 'load' });
    await volg(page, `${reis.beheer}/invoer`);
    await wachtOpFocus(page, 'formuliernummer');
    await controleer(page, 'fast entry: empty', { scripts: 1, staten, bevindingen });
    reis.wijken = await page.$$eval('#wijk option', (o) => o.slice(1, 3).map((e) => ({ slug: e.value, naam: e.textContent })));
    assert.equal(reis.wijken.length, 2);

    const druk = (toets) => page.keyboard.press(toets);
    const tab = async (aantal = 1) => {
      for (let i = 0; i < aantal; i++) {
        await druk('Tab');
      }
    };
    const formulier = async (i, nummer) => {
      if (nummer !== undefined) {
        await page.keyboard.type(String(nummer));
      }

      await tab(3); // kanaal (papier), taal (Nederlands): as they are; 1. what helps
      await druk(String(1 + (i % 3)));
      await tab(2); // past own words: what holds back
      await druk(String(1 + ((i + 1) % 3)));
      await tab(2); // past own words: 2. one choice
      await druk(String(1 + (i % 3)));
      await tab(); // 3. several choices
      await druk('1');
      await druk(String(2 + (i % 2)));
      await tab(); // 4. the scale
      await druk(String(1 + (i % 5)));
      await tab(2); // past 5. (open, optional): the wijk
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'wijk');
      await druk('ArrowDown');
      if (i >= 12) {
        await druk('ArrowDown');
      }

      await tab(); // doelgroep
      await druk(i % 4 === 0 ? '2' : '1');
      await page.keyboard.down('Control');
      await naar(page, () => druk('Enter'));
      await page.keyboard.up('Control');
    };

    for (let i = 0; i < PAPIER; i++) {
      await formulier(i, i === 0 ? EERSTE : undefined);
      assert.match(await page.$eval('.melding', (e) => e.textContent), new RegExp(`Formulier ${EERSTE + i} is opgeslagen`));
      assert.equal(await page.$eval('#formuliernummer', (e) => e.value), String(EERSTE + i + 1), 'the next number is prefilled');
      await wachtOpFocus(page, 'formuliernummer');
    }

    await controleer(page, 'fast entry: saved, the next form', { scripts: 1, staten, bevindingen });

    // Number 105 again: refused, the form entered first shown, nothing stored.
    await page.$eval('#formuliernummer', (e) => (e.value = ''));
    await page.focus('#formuliernummer');
    await formulier(0, EERSTE + 4);
    assert.match(await page.$eval('.bestaande h2', (e) => e.textContent), new RegExp(`Formulier ${EERSTE + 4} is al ingevoerd`));
    assert.ok(await page.$('#formuliernummer[aria-invalid="true"]'));
    await controleer(page, 'fast entry: a number entered twice', { status: 400, scripts: 1, staten, bevindingen });

    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${reis.id}") { aantalReacties reacties(first: 50) { nodes { kanaal formuliernummer wijk { slug } } } } }`, {}, reis.sleutel);
    assert.equal(uitvraag.aantalReacties, PAPIER);
    assert.deepEqual(uitvraag.reacties.nodes.map((r) => r.formuliernummer).sort((a, b) => a - b), Array.from({ length: PAPIER }, (_, i) => EERSTE + i));
    assert.ok(uitvraag.reacties.nodes.every((r) => r.kanaal === 'PAPIER'));
    const perWijk = (slug) => uitvraag.reacties.nodes.filter((r) => r.wijk?.slug === slug).length;
    assert.deepEqual([perWijk(reis.wijken[0].slug), perWijk(reis.wijken[1].slug)], [12, 8]);
    await volg(page, `${reis.beheer}/reacties`);
    await controleer(page, 'the entered forms', { staten, bevindingen });
  });

  test(`receives ${ONLINE} online reacties through <sn-uitvraag> on a partner page, half of them in English`, async () => {
    assert.ok(reis.wijken, 'the paper forms are in');
    const engels = site.pagina(
      '/taking-part.html',
      partnerPagina({ taal: 'en', titel: 'Taking part', scripts: [widgetScript(api)], body: `<sn-uitvraag id="u" uitvraag="${reis.id}"><a href="https://www.example.org/paper">Fill in the paper form</a></sn-uitvraag>` }),
    );
    for (let i = 0; i < ONLINE; i++) {
      const taal = i < ONLINE / 2 ? 'nl' : 'en';
      // A browser context of its own: a respondent of their own, without the previous one's draft.
      const context = await browser.createBrowserContext();
      try {
        const venster = await open(context, taal === 'nl' ? reis.partner : engels);
        const { page } = venster;
        await venster.wachtOp('u');
        assert.equal(await inShadow(page, '#u', (w) => w.querySelector('[part="title"]').textContent.trim()), TITEL[taal]);
        for (const id of [`v0-HELPEND-${i % 3}`, `v1-${i % 3}`, 'v2-0', `v3-${(i + 2) % 5}`, 'doelgroep-0']) {
          await page.click(`#u >>> #${id}`);
        }

        await page.type('#u >>> #v4', taal === 'nl' ? 'Meer bankjes in het park.' : 'More benches in the park.');
        await page.select('#u >>> #wijk', reis.wijken[i % 2].slug);
        const verzonden = await wachtOpGebeurtenis(page, '#u', () => page.click('#u >>> [part~="submit-button"]'), 'sn-verzonden');
        assert.equal(verzonden.naam, 'sn-verzonden');
        assert.deepEqual(await venster.problemen(), []);
      } finally {
        await context.close();
      }
    }

    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${reis.id}") { aantalReacties reacties(first: 50) { nodes { kanaal taal formuliernummer } } } }`, {}, reis.sleutel);
    assert.equal(uitvraag.aantalReacties, PAPIER + ONLINE);
    const online = uitvraag.reacties.nodes.filter((r) => r.kanaal === 'ONLINE');
    assert.deepEqual(online.map((r) => r.taal).sort(), ['EN', 'EN', 'EN', 'NL', 'NL', 'NL']);
    assert.ok(online.every((r) => r.formuliernummer === null));
  });

  test('compares two wijken on the team results page, as the API counts them', async () => {
    assert.ok(reis.wijken, 'there are reacties');
    const { page } = reis.venster;
    const { staten, bevindingen } = reis;
    await page.goto(api.adres + reis.beheer, { waitUntil: 'load' });
    await volg(page, `${reis.beheer}/resultaten`);
    await controleer(page, 'results (team)', { staten, bevindingen });
    const [a, b] = reis.wijken;
    await page.select('#vergelijk', `wijk:${a.slug}`);
    await page.select('#met', `wijk:${b.slug}`);
    await klik(page, 'form.segmenten button[type="submit"]');
    await controleer(page, 'results: two wijken side by side', { staten, bevindingen });
    const kolommen = await page.$$eval('#totaal thead th', (th) => th.slice(1).map((e) => e.textContent.trim()));
    assert.equal(kolommen.length, 2);
    assert.ok(kolommen[0].includes(a.naam) && kolommen[1].includes(b.naam), kolommen.join(' | '));
    const aantallen = await page.$$eval('#totaal tbody td .aantal', (td) => td.map((e) => e.textContent.trim()));
    const team = async (slug) => (await graphql(api.adres, RESULTATEN, { id: reis.id, segment: { wijk: slug } }, reis.sleutel)).uitvraag.resultaten;
    const [ra, rb] = [await team(a.slug), await team(b.slug)];
    assert.deepEqual(aantallen, [String(ra.totaal.aantal), String(rb.totaal.aantal)]);
    assert.deepEqual([ra.totaal.aantal, rb.totaal.aantal], [12 + ONLINE / 2, 8 + ONLINE / 2]);
    // The one-choice question, option by option, in both columns.
    const rijen = await page.$$eval('#vraag-2 table tbody tr', (tr) => tr.map((r) => [...r.querySelectorAll('td .aantal')].map((e) => e.textContent.trim())));
    assert.deepEqual(rijen, ra.vragen[1].opties.map((o, i) => [String(o.telling.aantal), String(rb.vragen[1].opties[i].telling.aantal)]));
  });

  test('closes and publishes through the confirmation; the public results hide small counts and give none away', async () => {
    assert.ok(reis.wijken, 'there are reacties');
    const { page } = reis.venster;
    const { staten, bevindingen } = reis;
    await assert.rejects(graphql(api.adres, RESULTATEN, { id: reis.id }), /RESULTS_NOT_PUBLISHED/);
    await page.goto(api.adres + reis.beheer, { waitUntil: 'load' });
    await page.select('#status-keuze', 'Gesloten');
    await klik(page, 'form[action$="/status"] button[type="submit"]');
    await volg(page, `${reis.beheer}/resultaten`);
    await klik(page, 'a[href$="/resultaten/publiceren"]');
    await controleer(page, 'publish: the confirmation', { staten, bevindingen });
    await klik(page, '#bevestigen');
    assert.equal(await page.$eval('p.melding[role="status"]', (p) => p.textContent.length > 0), true);
    await controleer(page, 'results: published', { staten, bevindingen });
    assert.equal((await graphql(api.adres, `{ uitvraag(id: "${reis.id}") { status } }`)).uitvraag.status, 'RESULTATEN_GEPUBLICEERD');

    // Everything public: the whole and every segment a reader may ask for (one wijk, doelgroep or kanaal).
    const dimensies = {
      wijk: reis.wijken.map((w) => w.slug),
      doelgroep: ['INWONERS', 'VRIJWILLIGERS'],
      kanaal: ['ONLINE', 'PAPIER', 'GESPREK'],
    };
    const segmenten = [{}, ...Object.entries(dimensies).flatMap(([d, waarden]) => waarden.map((w) => ({ [d]: w })))];
    const perSegment = [];
    for (const segment of segmenten) {
      const { resultaten } = (await graphql(api.adres, RESULTATEN, { id: reis.id, segment })).uitvraag;
      assert.equal(resultaten.openbaar, true);
      perSegment.push({ segment, resultaten });
    }

    const tellingen = perSegment.flatMap(({ resultaten: r }) => [
      r.totaal,
      ...r.perKanaal.map((k) => k.telling),
      ...r.perWijk.map((w) => w.telling),
      ...r.perDoelgroep.map((d) => d.telling),
      ...r.vragen.flatMap((v) => [v.aantalReacties, ...v.opties.map((o) => o.telling), ...(v.schaal?.verdeling ?? []).map((s) => s.telling), ...v.helpendeFactoren.map((f) => f.telling), ...v.remmendeFactoren.map((f) => f.telling)]),
    ]);
    assert.deepEqual(tellingen.filter((t) => !t.onderDrempel && t.aantal > 0 && t.aantal < 5), [], 'no visible count from 1 to 4');
    assert.ok(tellingen.every((t) => t.onderDrempel === (t.aantal === null)));
    const { afgeleid, tegenstrijdig, verborgen } = afleidbaar(perSegment, dimensies);
    assert.ok(verborgen > 0, 'this small uitvraag has hidden counts');
    assert.deepEqual(tegenstrijdig, [], 'a count is hidden in one place and shown in another');
    assert.deepEqual(afgeleid, [], 'hidden counts that follow from the visible ones');

    // The simplest check by itself: a one-choice or scale question's visible options never leave one hidden cell
    // that its visible total gives away.
    for (const { segment, resultaten } of perSegment) {
      for (const v of resultaten.vragen.filter((v) => v.vraag.type === 'EEN_KEUZE' || v.vraag.type === 'SCHAAL')) {
        const cellen = v.vraag.type === 'SCHAAL' ? v.schaal.verdeling.map((s) => s.telling) : v.opties.map((o) => o.telling);
        const verborgenCellen = cellen.filter((t) => t.onderDrempel);
        assert.ok(v.aantalReacties.onderDrempel || verborgenCellen.length !== 1, `${JSON.stringify(segment)} ${v.vraag.type}: one hidden cell and its total`);
      }
    }

    // <sn-resultaten> on the partner's page shows the same: the one-choice question's rows as the API gives them.
    const url = site.pagina('/resultaten.html', partnerPagina({ titel: 'Resultaten', scripts: [widgetScript(api)], body: `<sn-resultaten id="r" uitvraag="${reis.id}"></sn-resultaten>` }));
    const widget = await open(browser, url);
    const [geladen] = await widget.wachtOp('r');
    assert.equal(geladen.naam, 'sn-geladen');
    const waarden = await inShadow(widget.page, '#r', (w) =>
      Array.from(w.querySelectorAll('[part="question"]')[1].querySelectorAll('[part="table"] tbody tr'), (tr) => tr.children[1].textContent.trim()),
    );
    const geheel = perSegment[0].resultaten.vragen[1].opties.map((o) => (o.telling.onderDrempel ? 'verborgen' : new Intl.NumberFormat('nl').format(o.telling.aantal)));
    assert.deepEqual(waarden, geheel);
    assert.deepEqual(await widget.axe(), [], 'the published results');
    assert.deepEqual(await widget.problemen(), []);
    await widget.page.close();
  });

  test('downloads the CSV by the link on the results page, with the portal cookie: one row per counted reactie', async () => {
    assert.ok(reis.wijken, 'there are reacties');
    const { page } = reis.venster;
    await page.goto(`${api.adres}${reis.beheer}/resultaten`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    try {
      // For the page's own browser context (under test/alles.mjs not Chromium's default one).
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true, browserContextId: page.browserContext().id });
      const klaar = new Promise((gedaan, mislukt) =>
        cdp.on('Browser.downloadProgress', (e) => (e.state === 'completed' ? gedaan() : e.state === 'canceled' ? mislukt(new Error('download canceled')) : undefined)),
      );
      await page.click(`a[href$="/uitvragen/${reis.id}/reacties.csv"]`);
      await klaar;
    } finally {
      await cdp.detach();
    }

    const [bestand] = readdirSync(downloads).filter((naam) => naam.endsWith('.csv'));
    assert.ok(bestand, readdirSync(downloads).join(', '));
    const [kop, ...rijen] = leesCsv(readFileSync(path.join(downloads, bestand), 'utf8'));
    assert.equal(rijen.length, PAPIER + ONLINE, 'paper and online, not the test reactie');
    const nummer = kop.indexOf('Formuliernummer');
    assert.ok(nummer >= 0, kop.join(';'));
    assert.deepEqual(rijen.map((r) => r[nummer]).filter((n) => n !== '').map(Number).sort((a, b) => a - b), Array.from({ length: PAPIER }, (_, i) => EERSTE + i));
    assert.equal(rijen.filter((r) => r[nummer] === '').length, ONLINE);
    assert.ok(rijen.every((r) => r.length === kop.length));

    // The journey's end: no page on the way had a finding, and nothing went wrong in the team member's tab.
    assert.deepEqual(reis.bevindingen, []);
    assert.equal(reis.staten.length, 17);
    assert.deepEqual(await reis.venster.problemen(), []);
    await page.close();
  });
});
