// Persisted documents and cacheable reads in Debian's Chromium: the widgets ask the real GraphApi by
// documentId (never with the text of a query), the answers carry an ETag and public caching, the browser's HTTP
// cache answers or revalidates them (304) on the next visit, and an id the API does not know falls back to the text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { graphql, open, partnerPagina, testOmgeving, widgetMap, widgetScript } from './omgeving.mjs';

// GraphApi, Chromium and the partner site of this file (see testOmgeving).
let api, site, browser;
let activiteit;
const documenten = JSON.parse(readFileSync(path.join(widgetMap, 'dist', 'persisted-documents.json'), 'utf8'));
const ONBEKEND = `sha256:${'0'.repeat(64)}`;
const idVan = (naam) => Object.keys(documenten).find((id) => documenten[id].startsWith(`query ${naam}(`) || documenten[id].startsWith(`query ${naam}{`));
const metId = (id) => (antwoord) => new URL(antwoord.url()).searchParams.get('documentId') === id;

// Only reads: under test/alles.mjs on the GraphApi it shares with the other files that only read.
testOmgeving({
  api: { gedeeld: true },
  async daarna(o) {
    ({ api, site, browser } = o);
    activiteit = (await graphql(api.adres, '{ agenda(first: 1) { nodes { activiteit { id } } } }')).agenda.nodes[0].activiteit.id;
  },
});

const script = () => widgetScript(api);

/** A page with the agenda (and its filter bar, which loads the wijken) and one activity. */
const pagina = (pad) =>
  site.pagina(
    pad,
    partnerPagina({ scripts: [script()], body: `<sn-agenda id="a" filters aantal="5"></sn-agenda><sn-activiteit id="b" activiteit="${activiteit}"></sn-activiteit>` }),
  );

/** Every response from /graphql that the page receives, as puppeteer sees it on the network. */
function volg(page) {
  const antwoorden = [];
  page.on('response', (antwoord) => {
    if (new URL(antwoord.url()).pathname === '/graphql') {
      antwoorden.push(antwoord);
    }
  });
  return antwoorden;
}

async function geladen(venster) {
  const gebeurtenissen = [...(await venster.wachtOp('a')), ...(await venster.wachtOp('b'))];
  assert.deepEqual(gebeurtenissen.map((g) => g.naam), ['sn-geladen', 'sn-geladen']);
}

describe('persisted documents', () => {
  test('the widgets ask by documentId with GET, never with query text, and get public caching with an ETag', async () => {
    const venster = await open(browser, 'about:blank');
    const antwoorden = volg(venster.page);
    const wijken = venster.page.waitForResponse(metId(idVan('WidgetWijken')));
    await venster.page.goto(pagina('/documenten.html'), { waitUntil: 'load' });
    await geladen(venster);
    await wijken;

    const verzoeken = antwoorden.map((antwoord) => new URL(antwoord.url()));
    const ids = new Set(verzoeken.map((url) => url.searchParams.get('documentId')));
    assert.ok(antwoorden.length >= 3, `agenda, wijken and activiteit: ${antwoorden.length} requests`);
    for (const [i, url] of verzoeken.entries()) {
      assert.equal(antwoorden[i].request().method(), 'GET');
      assert.equal(url.searchParams.has('query'), false, url.href);
      assert.doesNotMatch(url.search, /query=/);
      assert.match(url.searchParams.get('documentId'), /^sha256:[0-9a-f]{64}$/);
      assert.ok(url.searchParams.get('documentId') in documenten, 'the id is in dist/persisted-documents.json');
      assert.equal(antwoorden[i].status(), 200);
      assert.match(antwoorden[i].headers()['cache-control'], /^public, max-age=\d+/);
      assert.match(antwoorden[i].headers().etag, /^"[^"]+"$/);
    }

    const namen = new Set([...ids].map((id) => documenten[id].match(/^query (\w+)/)[1]));
    assert.deepEqual([...namen].sort(), ['WidgetActiviteit', 'WidgetAgenda', 'WidgetWijken']);
    assert.deepEqual(await venster.problemen(), []);
    await venster.page.close();
  });

  test('the next visit is answered by the browser cache, and a forced revalidation gets a 304', async () => {
    const venster = await open(browser, 'about:blank');
    const url = pagina('/opnieuw.html');
    await venster.page.goto(url, { waitUntil: 'load' });
    await geladen(venster);

    const antwoorden = volg(venster.page);
    await venster.page.goto(url, { waitUntil: 'load' });
    await geladen(venster);
    assert.ok(antwoorden.length >= 2);
    for (const antwoord of antwoorden) {
      assert.ok(antwoord.fromCache() || antwoord.status() === 304, `${antwoord.url()}: ${antwoord.status()}, not from the cache`);
    }

    // What a browser does after max-age: ask again with If-None-Match, get 304 and use what it kept.
    const agenda = antwoorden.find(metId(idVan('WidgetAgenda')));
    assert.ok(agenda, 'the agenda was asked for again');
    const [revalidatie, opnieuw] = await Promise.all([
      venster.page.waitForResponse((antwoord) => antwoord.url() === agenda.url()),
      venster.page.evaluate(async (adres) => {
        const antwoord = await fetch(adres, { cache: 'no-cache', credentials: 'omit', headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': 'nl' } });
        return { status: antwoord.status, body: await antwoord.json() };
      }, agenda.url()),
    ]);
    assert.equal(revalidatie.status(), 304, 'the revalidation is a 304 on the network');
    assert.equal(opnieuw.status, 200, 'and the page gets the kept answer');
    assert.ok(opnieuw.body.data.agenda.nodes.length > 0);
    assert.deepEqual(await venster.problemen(), []);
    await venster.page.close();
  });

  test('an id the API does not know (a script from before a deployment) falls back to the text once', async () => {
    const venster = await open(browser, 'about:blank', { toegestaan: [/404 \(Not Found\)/] });
    const antwoorden = volg(venster.page);
    await venster.page.setRequestInterception(true);
    venster.page.on('request', (verzoek) => {
      const adres = new URL(verzoek.url());
      if (adres.pathname === '/graphql' && adres.searchParams.has('documentId')) {
        adres.searchParams.set('documentId', ONBEKEND);
        verzoek.continue({ url: adres.href });
      } else {
        verzoek.continue();
      }
    });
    await venster.page.goto(pagina('/verouderd.html'), { waitUntil: 'load' });
    await geladen(venster);

    const statussen = antwoorden.map((antwoord) => [new URL(antwoord.url()).searchParams.has('query') ? 'query' : 'documentId', antwoord.status()]);
    assert.ok(statussen.filter(([soort, status]) => soort === 'documentId' && status === 404).length >= 2, JSON.stringify(statussen));
    assert.ok(statussen.filter(([soort, status]) => soort === 'query' && status === 200).length >= 2, JSON.stringify(statussen));
    assert.deepEqual(await venster.problemen(), []);
    await venster.page.close();
  });
});
