// Writes the table of `--sn-*` custom properties in docs/partners.md ("Variabelen") from the one list of tokens,
// src/shared/tokens.ts (through the tsc output in build/js: run `npm run build` first). `npm run docs` runs it;
// test/eenheid.test.mjs fails while the table differs from the list.
import { readFileSync, writeFileSync } from 'node:fs';
import { tokenTabel } from '../build/js/shared/tokens.js';

/** The comment above the table in docs/partners.md; the table is the run of `|` lines after it. */
export const MARKERING = '<!-- Gegenereerd uit src/Widgets/src/shared/tokens.ts met `npm run docs` (in src/Widgets): niet hier bewerken. -->';

/** docs/partners.md with the table after the marker replaced by `tabel`. */
export function metTabel(document, tabel) {
  const regels = document.split('\n');
  const begin = regels.indexOf(MARKERING);
  if (begin < 0) {
    throw new Error(`docs/partners.md: the line ${MARKERING} is missing`);
  }

  let einde = begin + 1;
  while (einde < regels.length && regels[einde].startsWith('|')) {
    einde++;
  }

  return [...regels.slice(0, begin + 1), ...tabel.split('\n'), ...regels.slice(einde)].join('\n');
}

export const partners = new URL('../../../docs/partners.md', import.meta.url);

if (import.meta.url === `file://${process.argv[1]}`) {
  const oud = readFileSync(partners, 'utf8');
  const nieuw = metTabel(oud, tokenTabel());
  if (nieuw !== oud) {
    writeFileSync(partners, nieuw);
  }

  console.log(`tokens: docs/partners.md ${nieuw === oud ? 'was up to date' : 'updated'}`);
}
