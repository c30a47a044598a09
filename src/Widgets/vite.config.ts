import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

// The language files (all but Dutch), written by scripts/talen.mjs before Vite runs. They are copied next to the
// script and their SRI hashes go into it (`__SN_TALEN__`), so the script's own hash covers them too.
const talenMap = new URL('build/talen/', import.meta.url);
const talen = readdirSync(talenMap).map((naam) => ({ naam, inhoud: readFileSync(new URL(naam, talenMap)) }));
const integriteit = Object.fromEntries(
  talen.map(({ naam, inhoud }) => [naam.replace(/^taal-|\.json$/g, ''), `sha384-${createHash('sha384').update(inhoud).digest('base64')}`]),
);

// One ES module with Lit inside: partners load a single script, GraphApi serves it under an immutable URL.
export default defineConfig({
  define: { __SN_TALEN__: JSON.stringify(integriteit) },
  plugins: [
    {
      name: 'sociaal-netwerk-talen',
      generateBundle() {
        for (const { naam, inhoud } of talen) {
          this.emitFile({ type: 'asset', fileName: naam, source: inhoud });
        }
      },
    },
  ],
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'sociaal-netwerk.js',
    },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'oxc',
    // Library mode keeps whitespace so a downstream bundler can tree-shake; browsers load this file as it
    // is, so minify it fully.
    rolldownOptions: { output: { minify: true } },
    sourcemap: false,
    reportCompressedSize: false,
  },
});
