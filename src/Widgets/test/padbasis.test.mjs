// GraphApi served below a path (PubliekeUrl with a path, docs/deployment.md "Onder een pad"), in Debian's Chromium:
// GraphiQL loads its scripts and runs a query against the API below the path, and a partner page that loads the
// widget script from below the path gets the modules, the language file and the data from there (the widgets find
// all of it next to their script), without console errors or CSP violations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geenProblemen, open, partnerPagina, testOmgeving } from './omgeving.mjs';

const BASIS = '/sociaalnetwerk';

const omgeving = testOmgeving({ api: { env: { PubliekeUrl: `https://www.zoetermeer.example${BASIS}` } } });

test('GraphiQL below the path loads its files there and runs a query against the API there', async () => {
  const { api, browser } = omgeving;
  const verzoeken = [];
  const venster = await open(browser, `${api.adres}${BASIS}/graphql`, {
    voorbereiden: (page) =>
      page.on('request', (verzoek) => {
        // Not the fonts, which are data: URLs in GraphiQL's stylesheet.
        if (verzoek.url().startsWith(api.adres)) {
          verzoeken.push(new URL(verzoek.url()).pathname);
        }
      }),
  });
  await venster.page.waitForFunction(() => document.querySelector('.graphiql-query-editor .CodeMirror')?.textContent.includes('agenda'));
  await venster.page.click('.graphiql-execute-button');
  await venster.page.waitForFunction(() => document.querySelector('.result-window')?.textContent.includes('totalCount'));
  assert.ok(verzoeken.includes(`${BASIS}/graphql`) && verzoeken.some((pad) => pad.startsWith(`${BASIS}/graphiql/graphiql.min.`)), JSON.stringify(verzoeken));
  assert.deepEqual(verzoeken.filter((pad) => !pad.startsWith(`${BASIS}/`)), [], 'every request of the page is below the path');
  await geenProblemen(venster);
});

test('a partner page loads the widget script from below the path, and its modules, language file and data come from there', async () => {
  const { api, browser, site } = omgeving;
  const script = api.manifest.files['sociaal-netwerk.js'];
  const verzoeken = [];
  const url = site.pagina(
    '/onder-een-pad.html',
    partnerPagina({
      taal: 'en',
      scripts: [{ src: `${api.adres}${BASIS}/widgets/${script.url}`, integrity: script.integrity }],
      body: '<sn-agenda id="agenda" aantal="3" lang="en"><a href="/agenda">Agenda</a></sn-agenda>',
    }),
  );
  const venster = await open(browser, url, {
    voorbereiden: (page) => page.on('request', (verzoek) => verzoeken.push(verzoek.url())),
  });
  const [klaar] = await venster.wachtOp('agenda');
  assert.equal(klaar.naam, 'sn-geladen');
  const vanApi = verzoeken.filter((adres) => adres.startsWith(api.adres)).map((adres) => new URL(adres).pathname);
  assert.deepEqual(vanApi.filter((pad) => !pad.startsWith(`${BASIS}/`)), [], 'everything from the API is below the path');
  assert.ok(vanApi.some((pad) => pad === `${BASIS}/graphql`), JSON.stringify(vanApi));
  assert.ok(vanApi.some((pad) => pad.endsWith("/taal-en.json")), JSON.stringify(vanApi));
  await geenProblemen(venster);
});
