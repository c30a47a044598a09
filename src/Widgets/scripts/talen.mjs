// Writes build/talen/taal-<taal>.json: the catalogue of every language except Dutch (which is in the script), from
// what tsc compiled (build/js/shared/locales). Vite puts them next to the script in dist/ and their SRI hashes
// into the script (vite.config.ts). Run by `npm run build` after tsc and before Vite.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const bron = new URL('../build/js/shared/locales/', import.meta.url);
const doel = new URL('../build/talen/', import.meta.url);
rmSync(doel, { recursive: true, force: true });
mkdirSync(doel, { recursive: true });

const talen = readdirSync(bron).filter((naam) => naam.endsWith('.js') && naam !== 'nl.js').map((naam) => naam.slice(0, -3));
for (const taal of talen) {
  const { default: catalogus } = await import(new URL(`${taal}.js`, bron));
  writeFileSync(new URL(`taal-${taal}.json`, doel), JSON.stringify(catalogus));
}

console.log(`talen: ${talen.join(', ')} in build/talen`);
