// Writes dist/manifest.json: the version, the URLs (relative to /widgets/) and the SRI hash of every file that
// GraphApi serves. Run by `npm run build` after Vite and the custom-elements analyzer.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const pakket = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const versie = pakket.version;
const major = `v${versie.split('.')[0]}`;

const elementen = JSON.parse(readFileSync(new URL('custom-elements.json', dist), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaratie) => declaratie.customElement && declaratie.tagName)
  .map((declaratie) => declaratie.tagName)
  .sort();

const files = {};
// The language files (taal-<taal>.json) are listed too: the script fetches them with these same hashes.
const talen = readdirSync(dist).filter((naam) => /^taal-[a-z]+\.json$/.test(naam)).sort();
for (const naam of ['sociaal-netwerk.js', 'custom-elements.json', ...talen]) {
  const inhoud = readFileSync(new URL(naam, dist));
  files[naam] = {
    url: `${versie}/${naam}`,
    alias: `${major}/${naam}`,
    integrity: `sha384-${createHash('sha384').update(inhoud).digest('base64')}`,
    bytes: inhoud.length,
    gzipBytes: gzipSync(inhoud, { level: 9 }).length,
  };
}

const manifest = { name: 'sociaal-netwerk', version: versie, major, elements: elementen, files };
writeFileSync(new URL('manifest.json', dist), `${JSON.stringify(manifest, null, 2)}\n`);
const script = files['sociaal-netwerk.js'];
const grootsteTaal = Math.max(...talen.map((naam) => files[naam].gzipBytes));
console.log(`sociaal-netwerk ${versie}: ${script.bytes} bytes, ${script.gzipBytes} bytes gzipped; with the largest language file ${script.gzipBytes + grootsteTaal} bytes gzipped`);
