// The server-rendered pages of GraphApi (/activiteiten/{id}, /agenda, /agenda/afdrukken, /organisaties) in Debian's Chromium:
// no axe violations, no console errors or CSP violations, hostile partner text shown as text and never run,
// reflow at 320 px and in a narrow iframe on a partner's site, and an A4 print layout without horizontal overflow.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import { axeViaDevTools, geenProblemen, graphql, maakSleutel, open, testOmgeving } from './omgeving.mjs';

const VIJANDIGE_TITEL = '<script>alert(1)</script><img src=x onerror=alert(1)></script><!--';
const VIJANDIGE_OMSCHRIJVING = '</script><script>window.__xss = 1</script><b onmouseover="window.__xss = 2">vet</b>';


// The hostile activity takes place in three days (the widget tests run on the real clock).
const dag = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

// GraphApi and Chromium of this file (see testOmgeving).
let api, browser;
let voorbeeld;
let voorbeeldDatum;
let vijandig;
let organisatie;

testOmgeving({
  site: false,
  acceptLanguage: 'nl-NL,nl;q=0.9',
  async daarna(o) {
    ({ api, browser } = o);
    const { agenda } = await graphql(api.adres, `{ agenda(first: 50, filter: { wijken: ["oosterheem"] }) { nodes { start activiteit { id titel locatie { id } herhaling { frequentie } } } } }`);
    const node = agenda.nodes.find((n) => n.activiteit.herhaling && n.activiteit.locatie);
    assert.ok(node, 'the demo data has a recurring activity in Oosterheem');
    voorbeeld = node.activiteit;
    // The page of that date: /activiteiten/{id}/{yyyy-MM-dd in Zoetermeer}.
    voorbeeldDatum = new Date(node.start).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

    const sleutel = await maakSleutel(api.databank, ['--rol', 'redacteur', '--organisatie', '2']);
    const { activiteitToevoegen } = await graphql(
      api.adres,
      `mutation($invoer: ActiviteitInvoer!) { activiteitToevoegen(invoer: $invoer) { gelukt fouten { veld code } activiteit { id organisatoren { id } } } }`,
      {
        invoer: {
          titel: VIJANDIGE_TITEL,
          omschrijving: VIJANDIGE_OMSCHRIJVING,
          soort: 'BIJEENKOMST',
          themas: ['WONEN_EN_BUURT'],
          locatieId: voorbeeld.locatie.id,
          start: `${dag}T13:00:00Z`,
          eind: `${dag}T14:00:00Z`,
        },
      },
      sleutel,
    );
    assert.ok(activiteitToevoegen.gelukt, JSON.stringify(activiteitToevoegen.fouten));
    vijandig = activiteitToevoegen.activiteit.id;
    organisatie = activiteitToevoegen.activiteit.organisatoren[0].id;
  },
});

const onbekend = () => Buffer.from('Activiteit:999999').toString('base64url');

/** Opens a page of the API, checks its status, and gives the window of omgeving.mjs (problems, CSP violations). */
async function pagina(pad, status = 200) {
  // As a browser asks: an unknown path answers problem+json to programs and the HTML error page to browsers.
  const antwoord = await fetch(api.adres + pad, { headers: { accept: 'text/html' } });
  assert.equal(antwoord.status, status, pad);
  assert.match(antwoord.headers.get('content-security-policy'), /^default-src 'none'; style-src 'self';.* frame-ancestors \*$/);
  // Chromium reports the status of an error page itself as a console error: expected for the 400 and 404 pages.
  const toegestaan = status === 200 ? [] : [new RegExp(`status of ${status} .* ${(api.adres + pad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)];
  return open(browser, api.adres + pad, { toegestaan });
}

/** Nothing sticks out sideways: the page scrolls only vertically. */
const geenHorizontaleOverloop = (page) =>
  page.evaluate(() => {
    const breedte = document.documentElement.clientWidth;
    const uitstekend = [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > breedte + 0.5)
      .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`);
    return { scroll: document.documentElement.scrollWidth <= breedte, uitstekend };
  });

describe('server-rendered pages', () => {
  const paginas = () => [
    ['an activity', `/activiteiten/${voorbeeld.id}`, 200],
    ['one date of a series', `/activiteiten/${voorbeeld.id}/${voorbeeldDatum}`, 200],
    ['the hostile activity', `/activiteiten/${vijandig}`, 200],
    ['the agenda', '/agenda', 200],
    ['the agenda with filters', '/agenda?wijk=oosterheem,seghwaert&thema=eenzaamheid-en-ontmoeting&periode=maand&aantal=5', 200],
    ['the agenda of one organisation, with the hostile activity', `/agenda?organisatie=${organisatie}&van=${dag}&tot=${dag}`, 200],
    ['an empty agenda', '/agenda?wijk=oosterheem&periode=vandaag&thema=mantelzorg&doelgroep=kinderen', 200],
    ['the print page without a wijk', '/agenda/afdrukken', 200],
    ['the print page of a wijk', '/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-12-06', 200],
    ['the sociale kaart', '/organisaties', 200],
    ['the sociale kaart with filters', '/organisaties?wijk=oosterheem&thema=mantelzorg&zoekterm=zorg', 200],
    ['an empty sociale kaart', '/organisaties?zoekterm=bestaat-niet', 200],
    ['the 404 page', `/activiteiten/${onbekend()}`, 404],
    ['the 400 page', '/agenda?wijk=atlantis', 400],
    ['the 404 page of an unknown path', '/bestaat-niet', 404],
    ['the 404 page of a malformed activity id', '/activiteiten/!!', 404],
  ];

  test('every page has no axe violations (WCAG 2.1 A and AA), no console errors and no CSP violations', async () => {
    for (const [naam, pad, status] of paginas()) {
      const venster = await pagina(pad, status);
      assert.deepEqual(await axeViaDevTools(venster.page), [], naam);
      const scripts = await venster.page.evaluate(() => [...document.scripts].map((s) => s.type));
      assert.deepEqual(scripts, pad.startsWith('/activiteiten/') && status === 200 ? ['application/ld+json'] : [], `${naam}: no JavaScript`);
      assert.equal(await venster.page.evaluate(() => document.documentElement.lang), 'nl');
      assert.equal(await venster.page.evaluate(() => document.querySelectorAll('h1').length), 1, naam);
      await geenProblemen(venster);
    }
  });

  test('in Arabic (?taal=ar) the pages are right to left, pass axe, keep taal in their links and reflow at 320 px', async () => {
    for (const pad of [`/activiteiten/${voorbeeld.id}?taal=ar`, '/agenda?wijk=oosterheem&aantal=5&taal=ar', '/organisaties?taal=ar', '/agenda/afdrukken?wijk=oosterheem&taal=ar']) {
      const venster = await pagina(pad);
      assert.deepEqual(await axeViaDevTools(venster.page), [], pad);
      const beeld = await venster.page.evaluate(() => {
        const overslaan = document.querySelector('.overslaan');
        overslaan.focus();
        return {
          lang: document.documentElement.lang,
          richting: getComputedStyle(document.body).direction,
          kop: getComputedStyle(document.querySelector('h1')).direction,
          // The skip link sits at the start of the line: on the right in Arabic.
          overslaanRechts: overslaan.getBoundingClientRect().right > document.documentElement.clientWidth / 2,
          links: [...document.querySelectorAll('nav a, main a[href^="/"]')].map((a) => new URL(a.href).searchParams.get('taal')),
        };
      });
      assert.equal(beeld.lang, 'ar', pad);
      assert.equal(beeld.richting, 'rtl', pad);
      assert.equal(beeld.kop, 'rtl', pad);
      assert.ok(beeld.overslaanRechts, `${pad}: the skip link is on the right`);
      assert.ok(beeld.links.length >= 3 && beeld.links.every((taal) => taal === 'ar'), `${pad}: ${JSON.stringify(beeld.links)}`);
      await venster.page.setViewport({ width: 320, height: 640 });
      assert.deepEqual(await geenHorizontaleOverloop(venster.page), { scroll: true, uitstekend: [] }, pad);
      await geenProblemen(venster);
    }
  });

  test('the printable questionnaire passes axe in Dutch and in Arabic, has no JavaScript, reflows at 320 px and prints only the forms', async () => {
    // The open demo uitvraag, complete in Dutch, English and Arabic.
    const id = 'VWl0dnJhYWc6MQ';
    for (const pad of [`/uitvragen/${id}/afdrukken?vanaf=101&aantal=2&taal=nl`, `/uitvragen/${id}/afdrukken?vanaf=101&aantal=2&taal=ar&groot=1`]) {
      const venster = await pagina(pad);
      assert.deepEqual(await axeViaDevTools(venster.page), [], pad);
      const beeld = await venster.page.evaluate(() => ({
        scripts: document.scripts.length,
        h1: document.querySelectorAll('h1').length,
        richting: getComputedStyle(document.body).direction,
        nummers: [...document.querySelectorAll('.exemplaar .formuliernummer .nummer')].map((n) => n.textContent),
      }));
      assert.deepEqual(beeld, { scripts: 0, h1: 1, richting: pad.includes('taal=ar') ? 'rtl' : 'ltr', nummers: ['101', '102'] }, pad);
      await venster.page.setViewport({ width: 320, height: 640 });
      assert.deepEqual(await geenHorizontaleOverloop(venster.page), { scroll: true, uitstekend: [] }, pad);
      await venster.page.emulateMediaType('print');
      const afdruk = await venster.page.evaluate(() => {
        const zichtbaar = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length;
        return { navigatie: zichtbaar('header.kop, footer, form, .overslaan, .niet-afdrukken'), formulieren: zichtbaar('.exemplaar'), hokjes: zichtbaar('.hokje') > 20 };
      });
      assert.deepEqual(afdruk, { navigatie: 0, formulieren: 2, hokjes: true }, pad);
      await geenProblemen(venster);
    }
  });

  test('the links of the widgets lead to the activity page, which shows the activity and its calendar link', async () => {
    // <sn-agenda> and <sn-activiteit> link to `${api}/activiteiten/${encodeURIComponent(id)}` and the same with .ics.
    const venster = await pagina(`/activiteiten/${encodeURIComponent(voorbeeld.id)}`);
    const beeld = await venster.page.evaluate(() => ({
      kop: document.querySelector('h1').textContent,
      kalender: [...document.querySelectorAll('a')].find((a) => a.textContent === 'Zet in mijn agenda')?.href,
      jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
      stijl: getComputedStyle(document.body).fontFamily,
    }));
    assert.equal(beeld.kop, voorbeeld.titel);
    assert.equal(beeld.kalender, `${api.adres}/activiteiten/${voorbeeld.id}.ics`);
    assert.equal((await fetch(beeld.kalender)).status, 200);
    assert.equal(beeld.jsonLd['@type'], 'Event');
    assert.equal(beeld.jsonLd.name, voorbeeld.titel);
    assert.match(beeld.stijl, /system-ui/, 'the stylesheet loaded under the CSP');
    await geenProblemen(venster);
  });

  test('hostile partner text is shown as text and never runs', async () => {
    for (const pad of [`/activiteiten/${vijandig}`, `/agenda?organisatie=${organisatie}&van=${dag}&tot=${dag}`, `/agenda/afdrukken?wijk=oosterheem&organisatie=${organisatie}&van=${dag}&tot=${dag}`]) {
      const venster = await pagina(pad);
      const dialogen = [];
      venster.page.on('dialog', async (dialoog) => {
        dialogen.push(dialoog.message());
        await dialoog.dismiss();
      });
      await venster.page.reload({ waitUntil: 'load' });
      const beeld = await venster.page.evaluate(() => ({
        xss: window.__xss,
        titels: [...document.querySelectorAll('bdi')].map((b) => b.textContent),
        omschrijving: document.querySelector('.omschrijving')?.textContent ?? null,
        img: document.querySelectorAll('img').length,
        vet: document.querySelectorAll('main b').length,
        handlers: document.querySelectorAll('[onerror], [onmouseover]').length,
        scripts: [...document.scripts].map((s) => s.type),
        jsonLd: [...document.scripts].map((s) => JSON.parse(s.textContent).name),
      }));
      assert.equal(beeld.xss, undefined, pad);
      assert.deepEqual(dialogen, [], pad);
      assert.ok(beeld.titels.includes(VIJANDIGE_TITEL), `${pad}: the title is visible as text`);
      assert.equal(beeld.img + beeld.vet + beeld.handlers, 0, pad);
      if (pad.startsWith('/activiteiten/')) {
        assert.equal(beeld.omschrijving, VIJANDIGE_OMSCHRIJVING);
        assert.deepEqual(beeld.scripts, ['application/ld+json']);
        assert.deepEqual(beeld.jsonLd, [VIJANDIGE_TITEL], 'the JSON-LD still parses and holds the title as text');
      } else {
        assert.deepEqual(beeld.scripts, []);
      }

      await geenProblemen(venster);
    }
  });

  test('the pages reflow at 320 px (400 % zoom) without scrolling sideways, and the skip link is visible on focus', async () => {
    for (const pad of [`/activiteiten/${voorbeeld.id}`, '/agenda?wijk=oosterheem', '/agenda/afdrukken?wijk=oosterheem', '/organisaties', '/agenda?wijk=atlantis']) {
      const venster = await pagina(pad, pad.includes('atlantis') ? 400 : 200);
      await venster.page.setViewport({ width: 320, height: 640 });
      assert.deepEqual(await geenHorizontaleOverloop(venster.page), { scroll: true, uitstekend: [] }, pad);

      await venster.page.keyboard.press('Tab');
      const focus = await venster.page.evaluate(() => {
        const el = document.activeElement;
        const vak = el.getBoundingClientRect();
        return { tekst: el.textContent, zichtbaar: vak.top >= 0 && vak.bottom <= innerHeight && vak.width > 0, outline: getComputedStyle(el).outlineStyle };
      });
      assert.deepEqual(focus, { tekst: 'Naar de inhoud', zichtbaar: true, outline: 'solid' }, pad);
      await venster.page.keyboard.press('Enter');
      await venster.page.waitForFunction(() => document.activeElement.id === 'inhoud');
      await geenProblemen(venster);
    }
  });

  test('the agenda works in a narrow iframe on a partner site', async () => {
    const server = createServer((_, antwoord) => {
      antwoord.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'none'; frame-src ${api.adres}; base-uri 'none'`,
      });
      antwoord.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Partner</title></head><body><main><h1>Partner</h1>
<iframe src="${api.adres}/agenda?wijk=oosterheem&amp;aantal=5" title="Agenda van Oosterheem" width="320" height="700"></iframe></main></body></html>`);
    });
    await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
    try {
      const venster = await open(browser, `http://127.0.0.1:${server.address().port}/`);
      const frame = venster.page.frames().find((f) => f.url().startsWith(`${api.adres}/agenda`));
      assert.ok(frame, 'the partner page shows the agenda in its iframe');
      assert.equal(await frame.$eval('h1', (h1) => h1.textContent), 'Agenda Oosterheem');
      assert.equal(await frame.$$eval('.item', (items) => items.length), 5);
      assert.deepEqual(await geenHorizontaleOverloop(frame), { scroll: true, uitstekend: [] });
      await geenProblemen(venster);
    } finally {
      // Chromium keeps its connection open; close it, or close() waits for its keep-alive timeout.
      server.closeAllConnections();
      await new Promise((klaar) => server.close(klaar));
    }
  });

  test('the print page prints on A4 in large type, without navigation and without horizontal overflow', async () => {
    const venster = await pagina('/agenda/afdrukken?wijk=oosterheem&van=2026-11-23&tot=2026-12-20');
    // A4 is 210 mm wide; minus the 12 mm margins of @page that is 186 mm, about 703 CSS pixels.
    await venster.page.setViewport({ width: 703, height: 1000 });
    await venster.page.emulateMediaType('print');
    const afdruk = await venster.page.evaluate(() => {
      const paginaRegels = [...document.styleSheets].flatMap((blad) => [...blad.cssRules]).filter((regel) => regel instanceof CSSPageRule);
      const zichtbaar = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0).length;
      return {
        pagina: paginaRegels.map((regel) => regel.style.getPropertyValue('size').toUpperCase()),
        letter: parseFloat(getComputedStyle(document.body).fontSize),
        navigatie: zichtbaar('nav, header, footer, form, .overslaan'),
        dagen: zichtbaar('.dag h2'),
        regels: zichtbaar('.regel'),
      };
    });
    assert.deepEqual(afdruk.pagina, ['A4']);
    assert.ok(afdruk.letter >= 16, `print type of ${afdruk.letter}px`);
    assert.equal(afdruk.navigatie, 0, 'no navigation, form or skip link on paper');
    assert.ok(afdruk.dagen > 5 && afdruk.regels > afdruk.dagen, JSON.stringify(afdruk));
    assert.deepEqual(await geenHorizontaleOverloop(venster.page), { scroll: true, uitstekend: [] });
    const pdf = await venster.page.pdf({ preferCSSPageSize: true });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString(), '%PDF-');
    await geenProblemen(venster);
  });
});

// GraphiQL at GET /graphql (issue 15: 36 axe errors). Ours to fix, and fixed: the contrast of its light theme
// (graphiql-page.css) and names for CodeMirror's editors (graphiql-init.js). What remains is GraphiQL's own, listed in
// wwwroot/graphiql/VERSIONS.md: CodeMirror 5's scroll area of the query editor holds no focusable element (its
// textarea sits beside it), axe's scrollable-region-focusable.
const GRAPHIQL_UPSTREAM = ['scrollable-region-focusable'];

test('GraphiQL has no axe violations of its own (contrast, named editors), before and after running a query', async () => {
  const venster = await open(browser, `${api.adres}/graphql`);
  await venster.page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror')?.textContent.includes('agenda'));
  const fouten = async () => (await axeViaDevTools(venster.page)).filter((v) => !GRAPHIQL_UPSTREAM.includes(v.id));
  assert.deepEqual(await fouten(), [], 'after loading');
  const namen = await venster.page.evaluate(() => [...document.querySelectorAll('.CodeMirror textarea')].map((veld) => veld.getAttribute('aria-label')));
  assert.ok(namen.includes('Query (GraphQL-document)') && namen.includes('Antwoord van de API'), JSON.stringify(namen));

  await venster.page.click('.graphiql-execute-button');
  await venster.page.waitForFunction(() => document.querySelector('.result-window')?.textContent.includes('totalCount'));
  assert.deepEqual(await fouten(), [], 'with an answer');
  await geenProblemen(venster);
});

// Issue 15, second round: GraphiQL's largest contentful paint on a phone was 9.5 s, because nothing was painted before
// its 570 KB (brotli) of script had run and its 47 KB stylesheet held up the first paint. The page now paints a text
// of its own from the HTML and one small stylesheet; GraphiQL's stylesheet is preloaded and switched on by
// graphiql-init.js. Checked without JavaScript: the largest contentful paint is that text, and nothing else blocks it.
test('GraphiQL paints its own text before any script runs, held up only by one small stylesheet', async () => {
  const venster = await open(browser, `${api.adres}/graphql`, { javascript: false });
  // Without JavaScript the page cannot observe its paints: DevTools reports the largest contentful paint (buffered).
  const cdp = await venster.page.createCDPSession();
  const lcp = new Promise((klaar) => cdp.on('PerformanceTimeline.timelineEventAdded', ({ event }) => event.lcpDetails && klaar(event.lcpDetails)));
  await cdp.send('PerformanceTimeline.enable', { eventTypes: ['largest-contentful-paint'] });
  const { nodeId } = await lcp;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: nodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.closest("main")?.id ?? this.localName; }', returnByValue: true });
  assert.equal(result.value, 'graphiql', 'the largest contentful paint is the text in <main id="graphiql">');
  const blokkerend = await venster.page.evaluate(() =>
    [...document.querySelectorAll('head link[rel="stylesheet"], head script:not([defer]):not([async]):not([type="module"])')].map((el) => el.getAttribute('href') ?? el.getAttribute('src')),
  );
  assert.equal(blokkerend.length, 1, JSON.stringify(blokkerend));
  assert.match(blokkerend[0], /^\/graphiql\/graphiql-page\.[a-z0-9]+\.css$/);
  await venster.page.close();
});
