import { defineConfig } from 'vite';

// One ES module with Lit inside: partners load a single file, GraphApi serves it under an immutable URL.
export default defineConfig({
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
