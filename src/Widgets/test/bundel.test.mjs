// The script partners load (a loader) and the modules it loads: their size budget, their SRI hashes and manifest,
// the compressed copies, the documentation, and nothing a strict CSP or partner texts could trip over.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { widgetMap } from './omgeving.mjs';

// What a page downloads: the loader, the modules of the elements it shows and, for a language other than Dutch, that
// language's file. Counted in brotli as GraphApi sends it (the .br copies made at build time).
// The uitvraag (a whole form with its validation) has a budget of its own; a language file adds at most 5 KB.
const BUDGET_BROTLI = 20 * 1024;
const BUDGET_UITVRAAG = 24 * 1024;
const BUDGET_TAAL = 5 * 1024;
const dist = (naam) => readFileSync(path.join(widgetMap, 'dist', naam));
const manifest = () => JSON.parse(dist('manifest.json'));
const bronnen = (map = path.join(widgetMap, 'src')) =>
  readdirSync(map, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? bronnen(path.join(map, item.name)) : [[path.join(map, item.name), readFileSync(path.join(map, item.name), 'utf8')]],
  );
const scripts = () => readdirSync(path.join(widgetMap, 'dist')).filter((naam) => naam.endsWith('.js'));
const talen = () => readdirSync(path.join(widgetMap, 'dist')).filter((naam) => /^taal-[a-z]+\.json$/.test(naam));

test(`a page with one element downloads at most ${BUDGET_BROTLI / 1024} KB of script (brotli; an uitvraag ${BUDGET_UITVRAAG / 1024} KB), a language file at most ${BUDGET_TAAL / 1024} KB`, (t) => {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const { modules } = manifest();
  const br = (naam) => dist(`${naam}.br`).length;
  assert.deepEqual(talen().sort(), ['taal-ar.json', 'taal-en.json', 'taal-pl.json', 'taal-tr.json', 'taal-uk.json']);
  const grootsteTaal = Math.max(...talen().map(br));
  for (const [element, lijst] of Object.entries(modules)) {
    const som = br('sociaal-netwerk.js') + lijst.reduce((totaal, module) => totaal + br(module), 0);
    t.diagnostic(`${element}: ${kb(som)} brotli in ${lijst.length + 1} scripts; with the largest language file ${kb(som + grootsteTaal)}`);
    const budget = element === 'sn-uitvraag' ? BUDGET_UITVRAAG : BUDGET_BROTLI;
    assert.ok(som <= budget, `${element} downloads ${som} bytes of script (brotli), over the budget of ${budget}`);
  }

  assert.ok(grootsteTaal <= BUDGET_TAAL, `the largest language file is ${grootsteTaal} bytes (brotli), over ${BUDGET_TAAL}`);
});

test('the loader imports nothing itself, and an agenda never loads the modules of the uitvraag or the resultaten', () => {
  const lader = dist('sociaal-netwerk.js').toString();
  assert.doesNotMatch(lader, /\bimport\s*[{*\w"']|\bimport\s*\(\s*["']/, 'no static import and no import of a fixed module');
  const { modules } = manifest();
  const eigen = (element) => modules[element].filter((module) => !modules['sn-agenda'].includes(module));
  assert.ok(eigen('sn-uitvraag').length > 0 && eigen('sn-resultaten').length > 0);
  assert.match(modules['sn-agenda'][0], /^sn-agenda-[\w-]+\.js$/);
  for (const element of Object.keys(modules)) {
    assert.equal(modules[element][0].startsWith(`${element}-`), true, `${element} has its own module first`);
  }
});

test('the loader carries the SRI hash of every module, and the modules that of every language file they fetch', () => {
  const lader = dist('sociaal-netwerk.js').toString();
  const modules = scripts().filter((naam) => naam !== 'sociaal-netwerk.js');
  const hash = (naam) => `sha384-${createHash('sha384').update(dist(naam)).digest('base64')}`;
  for (const module of modules) {
    assert.ok(lader.includes(hash(module)), module);
  }

  const samen = modules.map((naam) => dist(naam).toString()).join('\n');
  for (const taal of talen()) {
    assert.ok(samen.includes(hash(taal)), taal);
  }
});

test('every file GraphApi serves has brotli and gzip copies that decode to the same bytes', () => {
  for (const naam of [...Object.keys(manifest().files), 'manifest.json']) {
    assert.deepEqual(brotliDecompressSync(dist(`${naam}.br`)), dist(naam), `${naam}.br`);
    assert.deepEqual(gunzipSync(dist(`${naam}.gz`)), dist(naam), `${naam}.gz`);
  }
});

test('the manifest has the package version and the SRI hash of every file', () => {
  const { files } = manifest();
  const versie = JSON.parse(readFileSync(path.join(widgetMap, 'package.json'), 'utf8')).version;
  assert.equal(manifest().version, versie);
  assert.equal(manifest().major, `v${versie.split('.')[0]}`);
  for (const [naam, bestand] of Object.entries(files)) {
    assert.equal(bestand.url, `${versie}/${naam}`);
    assert.equal(bestand.immutable, naam.endsWith('.js') && naam !== 'sociaal-netwerk.js', `${naam}: only the fingerprinted modules are immutable under v1`);
    assert.equal(bestand.integrity, `sha384-${createHash('sha384').update(dist(naam)).digest('base64')}`, naam);
  }
});

test('the bundle needs no eval, and partner texts are never rendered as HTML', () => {
  for (const script of scripts()) {
    assert.doesNotMatch(dist(script).toString(), /\beval\(|new Function\(/, script);
  }

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
  // The shared tokens style every element; a token named after an element (--sn-agenda-min-block-size) only that one.
  const tags = elementen.map((element) => element.tagName);
  const vanAnder = (variabele, tag) => tags.some((ander) => ander !== tag && variabele.startsWith(`--${ander}-`));
  for (const element of elementen) {
    const verwacht = [...gebruikteVariabelen].filter((variabele) => !vanAnder(variabele, element.tagName)).sort();
    assert.deepEqual(namen(element.cssProperties).sort(), verwacht, `${element.tagName}: --sn-* properties`);
    for (const deel of namen(element.cssParts)) {
      assert.ok(gebruikteDelen.has(deel), `${element.tagName}: part ${deel} is documented but not used`);
    }
  }
});
