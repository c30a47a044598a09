// Writes dist/manifest.json: the version, the URLs (relative to /widgets/) and the SRI hash of every file that
// GraphApi serves, which modules each element loads, and a brotli (.br) and gzip (.gz) copy of every file at the
// highest quality, so GraphApi never compresses them on the fly. Run by `npm run build` after Vite and the
// custom-elements analyzer.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const pakket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const versie = pakket.version;
const major = `v${versie.split('.')[0]}`;
const LADER = 'sociaal-netwerk.js';

const elementen = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaratie) => declaratie.customElement && declaratie.tagName)
  .map((declaratie) => declaratie.tagName)
  .sort();

/** Brotli at quality 11 and gzip at level 9: compressed once here, sent many times. */
export const brotli = (inhoud) =>
  brotliCompressSync(inhoud, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: inhoud.length,
    },
  });
export const gzip = (inhoud) => gzipSync(inhoud, { level: constants.Z_BEST_COMPRESSION });

for (const naam of readdirSync(dist).filter((naam) => /\.(br|gz)$/.test(naam))) {
  rmSync(new URL(naam, dist));
}

// Everything Vite wrote (the loader, the modules, the language files) and the element documentation. The modules
// have a content hash in their name (`sn-agenda-<hash>.js`): immutable under any version address.
const bestanden = readdirSync(dist)
  .filter((naam) => naam.endsWith('.js') || /^taal-[a-z]+\.json$/.test(naam) || naam === 'custom-elements.json')
  .sort((a, b) => (a === LADER ? -1 : b === LADER ? 1 : a.localeCompare(b)));
const files = {};
for (const naam of bestanden) {
  const inhoud = readFileSync(new URL(naam, dist));
  const br = brotli(inhoud);
  const gz = gzip(inhoud);
  writeFileSync(new URL(`${naam}.br`, dist), br);
  writeFileSync(new URL(`${naam}.gz`, dist), gz);
  files[naam] = {
    url: `${versie}/${naam}`,
    alias: `${major}/${naam}`,
    integrity: `sha384-${createHash('sha384').update(inhoud).digest('base64')}`,
    immutable: naam.endsWith('.js') && naam !== LADER,
    bytes: inhoud.length,
    gzipBytes: gz.length,
    brotliBytes: br.length,
  };
}

// Which modules the loader fetches for each element (its own module first), read from the loader itself.
const lader = readFileSync(new URL(LADER, dist), 'utf8');
const modules = Object.fromEntries(
  elementen.map((naam) => {
    const lijst = new RegExp(`"${naam}":(\\[[^\\]]*\\])`).exec(lader)?.[1];
    if (!lijst) {
      throw new Error(`${LADER} does not list the modules of <${naam}>`);
    }

    const namen = JSON.parse(lijst);
    for (const module of namen) {
      if (!lader.includes(files[module]?.integrity)) {
        throw new Error(`${LADER} does not carry the SRI hash of ${module}`);
      }
    }

    return [naam, namen];
  }),
);

const manifest = { name: 'sociaal-netwerk', version: versie, major, elements: elementen, modules, files };
writeFileSync(new URL('manifest.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
for (const naam of ['manifest.json', 'persisted-documents.json']) {
  const inhoud = readFileSync(new URL(naam, dist));
  writeFileSync(new URL(`${naam}.br`, dist), brotli(inhoud));
  writeFileSync(new URL(`${naam}.gz`, dist), gzip(inhoud));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const perElement = elementen.map((naam) => {
  const som = [LADER, ...modules[naam]].reduce((totaal, module) => totaal + files[module].brotliBytes, 0);
  return `${naam} ${kb(som)}`;
});
console.log(`sociaal-netwerk ${versie}: brotli per element with the loader: ${perElement.join(', ')}`);
