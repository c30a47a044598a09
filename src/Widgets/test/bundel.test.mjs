// The bundle partners load: its size budget, its SRI manifest, its documentation, and nothing a strict CSP or
// partner texts could trip over.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { widgetMap } from './omgeving.mjs';

const BUDGET_GZIP = 40 * 1024;
const dist = (naam) => readFileSync(path.join(widgetMap, 'dist', naam));
const bronnen = (map = path.join(widgetMap, 'src')) =>
  readdirSync(map, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? bronnen(path.join(map, item.name)) : [[path.join(map, item.name), readFileSync(path.join(map, item.name), 'utf8')]],
  );

// A page downloads the script and, when an element shows a language other than Dutch, that language's file.
const talen = () => readdirSync(path.join(widgetMap, 'dist')).filter((naam) => /^taal-[a-z]+\.json$/.test(naam));

test(`what a page downloads (the script plus any one language file) is at most ${BUDGET_GZIP / 1024} KB gzipped`, (t) => {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const gzip = (naam) => gzipSync(dist(naam), { level: 9 }).length;
  const script = gzip('sociaal-netwerk.js');
  t.diagnostic(`sociaal-netwerk.js: ${kb(dist('sociaal-netwerk.js').length)}, ${kb(script)} gzipped (budget ${BUDGET_GZIP / 1024} KB)`);
  assert.deepEqual(talen().sort(), ['taal-ar.json', 'taal-en.json', 'taal-pl.json', 'taal-tr.json', 'taal-uk.json']);
  for (const taal of talen()) {
    t.diagnostic(`+ ${taal}: ${kb(gzip(taal))} gzipped = ${kb(script + gzip(taal))}`);
    assert.ok(script + gzip(taal) <= BUDGET_GZIP, `the script with ${taal} is ${script + gzip(taal)} bytes gzipped, over the budget of ${BUDGET_GZIP}`);
  }
});

test('the script carries the SRI hash of every language file it fetches', () => {
  const bundel = dist('sociaal-netwerk.js').toString();
  for (const taal of talen()) {
    assert.ok(bundel.includes(`sha384-${createHash('sha384').update(dist(taal)).digest('base64')}`), taal);
  }
});

test('the manifest has the package version and the SRI hash of every file', () => {
  const manifest = JSON.parse(dist('manifest.json'));
  const versie = JSON.parse(readFileSync(path.join(widgetMap, 'package.json'), 'utf8')).version;
  assert.equal(manifest.version, versie);
  assert.equal(manifest.major, `v${versie.split('.')[0]}`);
  for (const [naam, bestand] of Object.entries(manifest.files)) {
    assert.equal(bestand.url, `${versie}/${naam}`);
    assert.equal(bestand.integrity, `sha384-${createHash('sha384').update(dist(naam)).digest('base64')}`, naam);
  }
});

test('the bundle needs no eval, and partner texts are never rendered as HTML', () => {
  const bundel = dist('sociaal-netwerk.js').toString();
  assert.doesNotMatch(bundel, /\beval\(|new Function\(/);
  for (const [bestand, bron] of bronnen()) {
    assert.doesNotMatch(bron, /unsafeHTML|unsafeCSS|innerHTML|insertAdjacentHTML|\beval\(|new Function|styleMap|style=/, bestand);
  }
});

test('custom-elements.json documents the attributes, events, parts and every --sn-* custom property in use', () => {
  const manifest = JSON.parse(dist('custom-elements.json'));
  const elementen = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaratie) => declaratie.tagName);
  const agenda = elementen.find((element) => element.tagName === 'sn-agenda');
  const namen = (lijst) => (lijst ?? []).map((item) => item.name);
  for (const attribuut of ['api', 'wijk', 'thema', 'doelgroep', 'organisatie', 'netwerk', 'aantal', 'periode', 'filters', 'kopniveau', 'lang']) {
    assert.ok(namen(agenda.attributes).includes(attribuut), attribuut);
  }

  assert.deepEqual(namen(agenda.events).sort(), ['sn-fout', 'sn-geladen']);
  // Headings at the partner's level get their part as the last argument of kop().
  const gebruikteDelen = new Set(
    bronnen().flatMap(([, bron]) => [
      ...[...bron.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].split(' ')),
      ...[...bron.matchAll(/\bkop\([\s\S]*?,\s*'([a-z-]+)'\s*,?\s*\)/g)].map((m) => m[1]),
    ]),
  );
  const gebruikteVariabelen = new Set(bronnen().flatMap(([, bron]) => [...bron.matchAll(/var\((--sn-[a-z-]+)/g)].map((m) => m[1])));
  for (const element of elementen) {
    assert.deepEqual(namen(element.cssProperties).sort(), [...gebruikteVariabelen].sort(), `${element.tagName}: --sn-* properties`);
    for (const deel of namen(element.cssParts)) {
      assert.ok(gebruikteDelen.has(deel), `${element.tagName}: part ${deel} is documented but not used`);
    }
  }
});
