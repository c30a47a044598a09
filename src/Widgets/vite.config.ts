import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const sri = (inhoud: string | Uint8Array) => `sha384-${createHash('sha384').update(inhoud).digest('base64')}`;

// The language files (all but Dutch), written by scripts/talen.mjs before Vite runs. They are copied next to the
// script and their SRI hashes go into the modules that fetch them (`__SN_TALEN__`), so the script's own hash covers
// them too.
const talenMap = new URL('build/talen/', import.meta.url);
const talen = readdirSync(talenMap).map((naam) => ({ naam, inhoud: readFileSync(new URL(naam, talenMap)) }));
const integriteit = Object.fromEntries(talen.map(({ naam, inhoud }) => [naam.replace(/^taal-|\.json$/g, ''), sri(inhoud)]));

/** The elements: each one an entry of its own, so a page loads only the code of the elements it has. */
const elementen = ['sn-agenda', 'sn-activiteit', 'sn-organisaties', 'sn-uitvraag', 'sn-resultaten'] as const;
const bron = (naam: string) => `src/${naam.slice(3)}/${naam}.ts`;
const LADER = 'sociaal-netwerk';

/**
 * Writes into the loader (src/index.ts, `sociaal-netwerk.js`) per element the modules it needs, and the SRI hash of
 * each: `__SN_MODULES__` and `__SN_INTEGRITEIT__` are placeholders until the modules have their final bytes.
 */
function modulesInDeLader(): Plugin {
  return {
    name: 'sociaal-netwerk-lader',
    generateBundle(_opties, bundel) {
      const chunks = Object.values(bundel).filter((item) => item.type === 'chunk');
      const lader = chunks.find((chunk) => chunk.isEntry && chunk.name === LADER);
      if (!lader) {
        throw new Error(`no ${LADER} entry in the bundle`);
      }

      if (lader.imports.length > 0 || lader.dynamicImports.length > 0) {
        throw new Error(`${LADER}.js must not import other modules (it would load them without SRI): ${lader.imports.join(', ')}`);
      }

      const perBestand = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const modules: Record<string, string[]> = {};
      const hashes: Record<string, string> = {};
      for (const naam of elementen) {
        const element = chunks.find((chunk) => chunk.isEntry && chunk.name === naam);
        if (!element) {
          throw new Error(`no entry for ${naam} in the bundle`);
        }

        const lijst = [element.fileName];
        for (let i = 0; i < lijst.length; i++) {
          for (const afhankelijk of perBestand.get(lijst[i]!)!.imports) {
            if (!lijst.includes(afhankelijk)) {
              lijst.push(afhankelijk);
            }
          }
        }

        modules[naam] = lijst;
        for (const bestand of lijst) {
          hashes[bestand] = sri(perBestand.get(bestand)!.code);
        }
      }

      const vervang = (code: string, plaats: string, waarde: unknown) => {
        const patroon = new RegExp(`(["'\`])${plaats}\\1`, 'g');
        if (!patroon.test(code)) {
          throw new Error(`${plaats} is not in ${LADER}.js`);
        }

        return code.replace(patroon, () => `(${JSON.stringify(waarde)})`);
      };
      lader.code = vervang(vervang(lader.code, '@@SN_MODULES@@', modules), '@@SN_INTEGRITEIT@@', hashes);
    },
  };
}

export default defineConfig({
  define: {
    __SN_TALEN__: JSON.stringify(integriteit),
    __SN_MODULES__: JSON.stringify('@@SN_MODULES@@'),
    __SN_INTEGRITEIT__: JSON.stringify('@@SN_INTEGRITEIT@@'),
  },
  plugins: [
    {
      name: 'sociaal-netwerk-talen',
      generateBundle() {
        for (const { naam, inhoud } of talen) {
          this.emitFile({ type: 'asset', fileName: naam, source: inhoud });
        }
      },
    },
    modulesInDeLader(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    // The loader fetches modules itself (with their SRI hashes): no preload helper of Vite's.
    modulePreload: false,
    copyPublicDir: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { [LADER]: 'src/index.ts', ...Object.fromEntries(elementen.map((naam) => [naam, bron(naam)])) },
      preserveEntrySignatures: 'allow-extension',
      output: {
        format: 'es',
        // The loader keeps its address (partners embed it); every module it loads is fingerprinted (immutable).
        entryFileNames: (chunk) => (chunk.name === LADER ? `${LADER}.js` : '[name]-[hash].js'),
        chunkFileNames: '[name]-[hash].js',
        minify: true,
      },
    },
  },
});
