// The preview of a concept uitvraag (issue 12): the team makes an expiring preview link, a colleague fills in
// <sn-uitvraag> on the preview page in Debian's Chromium, and the reactie is stored as a test reactie that never
// counts: not in aantalReacties, the reacties list or the results. Against the real GraphApi with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beeldVan, geenProblemen, graphql, maakSleutel, open, testOmgeving, wachtOpGebeurtenis } from './omgeving.mjs';

// The demo's scheduled uitvraag "Een skatebaan of pumptrack in de Seghwaertse Hout?"; the test copies it into a
// concept (uitvraagKopieren), as a team would start a new round.
const SKATEBAAN = 'VWl0dnJhYWc6Mw';

let api, browser, beheerder, CONCEPT;

// Writes nothing but its own copy, which no other file reads: under test/alles.mjs on the shared GraphApi.
testOmgeving({
  api: { gedeeld: true },
  site: false,
  // A Dutch colleague: the preview page and the widget follow Accept-Language.
  acceptLanguage: 'nl-NL,nl;q=0.9',
  async daarna(o) {
    ({ api, browser } = o);
    beheerder = await maakSleutel(api.databank, ['--rol', 'beheerder']);
    const { uitvraagKopieren } = await graphql(api.adres, 'mutation($id: ID!) { uitvraagKopieren(id: $id) { gelukt uitvraag { id status } } }', { id: SKATEBAAN }, beheerder);
    assert.deepEqual(uitvraagKopieren.uitvraag.status, 'CONCEPT');
    CONCEPT = uitvraagKopieren.uitvraag.id;
  },
});

const tellingen = async () =>
  (await graphql(api.adres, `{ uitvraag(id: "${CONCEPT}") { status aantalReacties reacties(first: 10) { totalCount } resultaten { totaal { aantal } } } }`, {}, beheerder)).uitvraag;

function beeld(page) {
  return beeldVan(page, '#uitvraag', (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      titel: tekst(wortel.querySelector('[part="title"]')),
      proef: tekst(wortel.querySelector('[part="preview"]')),
      gesloten: tekst(wortel.querySelector('[part="closed"]')),
      formulier: !!wortel.querySelector('[part="form"]'),
      code: tekst(wortel.querySelector('[part="code"]')),
    };
  });
}

describe('<sn-uitvraag proef>', () => {
  test('a colleague fills in a concept through the preview link, and the test reactie is stored but never counted', async () => {
    const { proeflinkMaken: link } = await graphql(api.adres, `mutation { proeflinkMaken(uitvraagId: "${CONCEPT}") { pad token } }`, {}, beheerder);
    assert.deepEqual(await tellingen(), { status: 'CONCEPT', aantalReacties: 0, reacties: { totalCount: 0 }, resultaten: { totaal: { aantal: 0 } } });

    const venster = await open(browser, api.adres + link.pad);
    const { page } = venster;
    await venster.wachtOp('uitvraag');
    const voor = await beeld(page);
    assert.equal(voor.titel, 'Een skatebaan of pumptrack in de Seghwaertse Hout? (kopie)');
    assert.equal(voor.proef, 'Proefversie: u vult deze vragenlijst in als test. Uw antwoorden tellen niet mee.');
    assert.equal(voor.gesloten, null, 'a concept is open for a preview');
    assert.ok(voor.formulier);

    await page.click('#uitvraag >>> #v0-1');
    await page.type('#uitvraag >>> #v1', 'Verlichting die om tien uur uitgaat.');
    const gebeurtenis = await wachtOpGebeurtenis(page, '#uitvraag', () => page.click('#uitvraag >>> [part~="submit-button"]'), 'sn-verzonden');
    assert.equal(gebeurtenis.naam, 'sn-verzonden');
    const { code } = await beeld(page);
    assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    // Nothing counts it…
    assert.deepEqual(await tellingen(), { status: 'CONCEPT', aantalReacties: 0, reacties: { totalCount: 0 }, resultaten: { totaal: { aantal: 0 } } });
    // …yet it was stored: its ontvangstcode withdraws it.
    const { reactieIntrekken } = await graphql(api.adres, 'mutation($c: String!) { reactieIntrekken(ontvangstcode: $c) { ingetrokken } }', { c: code });
    assert.equal(reactieIntrekken.ingetrokken, true);
    await geenProblemen(venster);
  });

  test('a forged or damaged link shows an error page, not the concept', async () => {
    const { proeflinkMaken: link } = await graphql(api.adres, `mutation { proeflinkMaken(uitvraagId: "${CONCEPT}") { token } }`, {}, beheerder);
    for (const pad of [`/uitvragen/${CONCEPT}/proef/${link.token.slice(0, -4)}AAAA`, `/uitvragen/VWl0dnJhYWc6MQ/proef/${link.token}`]) {
      const antwoord = await fetch(api.adres + pad);
      assert.equal(antwoord.status, 404, pad);
      const html = await antwoord.text();
      assert.match(html, /INVALID_PREVIEW_TOKEN/);
      assert.doesNotMatch(html, /skatebaan/i);
    }
  });

  test('the public page /uitvragen/{id}, where the printed QR code leads, runs the widget under its strict policy', async () => {
    // The demo's open uitvraag; nothing on the page may break the CSP (a violation is a console error).
    const OPEN = 'VWl0dnJhYWc6MQ';
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${OPEN}") { titel status } }`);
    assert.equal(uitvraag.status, 'OPEN');
    const venster = await open(browser, `${api.adres}/uitvragen/${OPEN}`);
    await venster.wachtOp('uitvraag');
    const b = await beeld(venster.page);
    assert.equal(b.titel, uitvraag.titel);
    assert.equal(b.proef, null, 'not a preview');
    assert.ok(b.formulier);
    assert.equal(await venster.page.title(), `${uitvraag.titel} – Sociaal Netwerk Zoetermeer`);
    await geenProblemen(venster);
  });
});
