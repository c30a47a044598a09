// Configuration of the custom-elements analyzer (`cem analyze --config scripts/custom-elements.config.mjs`, a
// step of `npm run build` after tsc). The elements document their attributes, events, slots and parts in JSDoc;
// their `--sn-*` custom properties are the same for all of them and come from one list, src/shared/tokens.ts
// (through the tsc output in build/js), instead of a `@cssprop` block in every element.
import { cssProperties } from '../build/js/shared/tokens.js';

/** Gives every custom element of the manifest the tokens, with what each one styles in that element. */
function tokens() {
  return {
    name: 'sociaal-netwerk-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaratie of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaratie.customElement && declaratie.tagName) {
          declaratie.cssProperties = cssProperties(declaratie.tagName);
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.graphql.ts'],
  outdir: 'dist',
  plugins: [tokens()],
};
