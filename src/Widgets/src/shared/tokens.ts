/**
 * The `--sn-*` custom properties (design tokens) that partners theme the elements with: the one description of
 * each, with its default as the styles write it (`var(--sn-…, default)` in stijl.ts and the elements' styles).
 * The build writes them into custom-elements.json for every element (scripts/custom-elements.config.mjs), and
 * `npm run docs` writes the table in docs/partners.md (scripts/tokens.mjs); test/eenheid.test.mjs checks that the
 * styles use these defaults and that the table is up to date.
 */

/** The tag names of the elements. */
export type Tag = 'sn-agenda' | 'sn-activiteit' | 'sn-organisaties' | 'sn-uitvraag' | 'sn-resultaten';

/** One custom property. */
export interface Token {
  /** The property, e.g. `--sn-color-text`. */
  naam: `--sn-${string}`;
  /** What it styles (English, like the rest of custom-elements.json). */
  beschrijving: string;
  /** What it styles in one element, where that says more than `beschrijving`. */
  perElement?: Partial<Record<Tag, string>>;
  /** The only elements that use it; every element when absent. */
  elementen?: readonly Tag[];
  /** The fallback in `var(--sn-…, fallback)`. */
  standaard: string;
  /** For the table in docs/partners.md (Dutch): what it styles, and the default in words where the value says little. */
  nl: { standaard?: string; waarvoor: string };
}

// What the badges (`.kenmerk`) are in the elements that say more than "badges".
const KENMERKEN: Partial<Record<Tag, string>> = {
  'sn-agenda': 'accessibility badges',
  'sn-activiteit': 'accessibility badges',
  'sn-organisaties': 'thema badges',
  'sn-uitvraag': 'notes',
};

const perKenmerk = (tekst: (wat: string) => string): Partial<Record<Tag, string>> =>
  Object.fromEntries(Object.entries(KENMERKEN).map(([tag, wat]) => [tag, tekst(wat)]));

/** Every token, in the order the documentation lists them. */
export const TOKENS: readonly Token[] = [
  {
    naam: '--sn-font-family',
    beschrijving: 'Font of the text. Default: inherited from the page.',
    standaard: 'inherit',
    nl: { standaard: 'die van uw pagina', waarvoor: 'lettertype' },
  },
  {
    naam: '--sn-heading-font-family',
    beschrijving: 'Font of the headings. Default: as the text.',
    standaard: 'inherit',
    nl: { standaard: 'als de tekst', waarvoor: 'lettertype van koppen' },
  },
  { naam: '--sn-font-size', beschrijving: 'Base text size.', standaard: '1.125rem', nl: { waarvoor: 'tekstgrootte' } },
  { naam: '--sn-line-height', beschrijving: 'Line height.', standaard: '1.5', nl: { waarvoor: 'regelafstand' } },
  { naam: '--sn-color-text', beschrijving: 'Text colour.', standaard: '#1b1b1b', nl: { waarvoor: 'tekst' } },
  {
    naam: '--sn-color-text-muted',
    beschrijving: 'Secondary text.',
    perElement: {
      'sn-agenda': 'Secondary text (status, time).',
      'sn-organisaties': 'Secondary text (status, kind).',
      'sn-uitvraag': 'Secondary text (hints).',
      'sn-resultaten': 'Secondary text and the axis of the charts.',
    },
    standaard: '#454545',
    nl: { waarvoor: 'tijden, meldingen en de as van de staafdiagrammen' },
  },
  {
    naam: '--sn-color-heading',
    beschrijving: 'Heading colour. Default: the text colour.',
    standaard: 'var(--sn-color-text, #1b1b1b)',
    nl: { standaard: 'als de tekst', waarvoor: 'koppen' },
  },
  {
    naam: '--sn-color-background',
    beschrijving: 'Background.',
    standaard: '#ffffff',
    nl: { waarvoor: 'achtergrond (`transparent` voor die van uw pagina)' },
  },
  { naam: '--sn-color-link', beschrijving: 'Link colour.', standaard: '#0b57a4', nl: { waarvoor: 'links' } },
  {
    naam: '--sn-color-accent',
    beschrijving: 'Buttons and accents.',
    perElement: {
      'sn-uitvraag': 'Buttons, choices and the confirmation.',
      'sn-resultaten': 'Buttons and the bars of the charts (keep 3:1 contrast with the background).',
    },
    standaard: '#0b57a4',
    nl: { waarvoor: 'knoppen, en de staven van `sn-resultaten` (houd minstens 3 : 1 contrast met de achtergrond)' },
  },
  {
    naam: '--sn-color-accent-hover',
    beschrijving: 'Buttons on hover.',
    standaard: '#083f77',
    nl: { waarvoor: 'knoppen onder de muis' },
  },
  {
    naam: '--sn-color-accent-contrast',
    beschrijving: 'Text on buttons.',
    perElement: { 'sn-uitvraag': 'Text on buttons and the confirmation.' },
    standaard: '#ffffff',
    nl: { waarvoor: 'tekst op knoppen' },
  },
  {
    naam: '--sn-color-border',
    beschrijving: 'Lines.',
    perElement: {
      'sn-agenda': 'Lines between days and activities.',
      'sn-organisaties': 'Lines between organisations.',
      'sn-resultaten': 'Lines between questions and table rows.',
    },
    standaard: '#d0d7de',
    nl: { waarvoor: 'lijnen tussen dagen en activiteiten' },
  },
  {
    naam: '--sn-color-border-strong',
    beschrijving: 'Border of form fields.',
    standaard: '#5c5c5c',
    nl: { waarvoor: 'rand van keuzelijsten' },
  },
  { naam: '--sn-color-focus', beschrijving: 'Focus outline.', standaard: '#1b1b1b', nl: { waarvoor: 'focusrand' } },
  {
    naam: '--sn-color-focus-contrast',
    beschrijving: 'Ring between the focus outline and the element.',
    standaard: '#ffffff',
    nl: { waarvoor: 'ring tussen focusrand en element' },
  },
  {
    naam: '--sn-color-badge-background',
    beschrijving: 'Background of badges.',
    perElement: perKenmerk((wat) => `Background of ${wat}.`),
    standaard: '#eef3f8',
    nl: { waarvoor: 'labels zoals "Ringleiding"' },
  },
  {
    naam: '--sn-color-badge-text',
    beschrijving: 'Text of badges.',
    perElement: perKenmerk((wat) => `Text of ${wat}.`),
    standaard: '#1b1b1b',
    nl: { waarvoor: 'tekst van die labels' },
  },
  {
    naam: '--sn-color-danger',
    beschrijving: 'Errors.',
    perElement: {
      'sn-agenda': '"Gaat niet door", "Vol" and errors.',
      'sn-activiteit': '"Gaat niet door", "Vol" and errors.',
      'sn-uitvraag': 'Errors and the withdraw button.',
    },
    standaard: '#a3001b',
    nl: { waarvoor: '"Gaat niet door", "Vol", fouten' },
  },
  {
    naam: '--sn-color-danger-contrast',
    beschrijving: 'Text on the danger colour.',
    standaard: '#ffffff',
    nl: { waarvoor: 'tekst daarop' },
  },
  { naam: '--sn-radius', beschrijving: 'Corner radius.', standaard: '0.25rem', nl: { waarvoor: 'ronde hoeken' } },
  {
    naam: '--sn-space',
    beschrijving: 'Base spacing.',
    standaard: '1rem',
    nl: { waarvoor: 'ruimte tussen onderdelen' },
  },
  {
    naam: '--sn-agenda-min-block-size',
    beschrijving: 'Height kept free while the element loads (also set it on `sn-agenda:not(:defined)`), so the page does not jump.',
    elementen: ['sn-agenda'],
    standaard: '60rem',
    nl: { waarvoor: 'hoogte die `<sn-agenda>` vrijhoudt zolang de agenda laadt (zie "Ruimte vrijhouden tijdens het laden")' },
  },
  {
    naam: '--sn-activiteit-min-block-size',
    beschrijving: 'Height kept free while the element loads (also set it on `sn-activiteit:not(:defined)`), so the page does not jump.',
    elementen: ['sn-activiteit'],
    standaard: '40rem',
    nl: { waarvoor: 'hoogte die `<sn-activiteit>` vrijhoudt zolang de activiteit laadt (zie "Ruimte vrijhouden tijdens het laden")' },
  },
  {
    naam: '--sn-organisaties-min-block-size',
    beschrijving: 'Height kept free while the element loads (also set it on `sn-organisaties:not(:defined)`), so the page does not jump.',
    elementen: ['sn-organisaties'],
    standaard: '60rem',
    nl: { waarvoor: 'hoogte die `<sn-organisaties>` vrijhoudt zolang de sociale kaart laadt (zie "Ruimte vrijhouden tijdens het laden")' },
  },
  {
    naam: '--sn-uitvraag-min-block-size',
    beschrijving: 'Height kept free while the element loads (also set it on `sn-uitvraag:not(:defined)`), so the page does not jump.',
    elementen: ['sn-uitvraag'],
    standaard: '40rem',
    nl: { waarvoor: 'hoogte die `<sn-uitvraag>` vrijhoudt zolang de uitvraag laadt (zie "Ruimte vrijhouden tijdens het laden")' },
  },
  {
    naam: '--sn-resultaten-min-block-size',
    beschrijving: 'Height kept free while the element loads (also set it on `sn-resultaten:not(:defined)`), so the page does not jump.',
    elementen: ['sn-resultaten'],
    standaard: '40rem',
    nl: { waarvoor: 'hoogte die `<sn-resultaten>` vrijhoudt zolang de resultaten laadt (zie "Ruimte vrijhouden tijdens het laden")' },
  },
];

/** A custom property as custom-elements.json describes it (`cssProperties` of a custom element). */
export interface CssProperty {
  name: string;
  description: string;
  default: string;
}

/** The tokens of one element for its `cssProperties` in custom-elements.json. */
export function cssProperties(tag: string): CssProperty[] {
  return TOKENS.filter((token) => !token.elementen || token.elementen.includes(tag as Tag)).map((token) => ({
    name: token.naam,
    description: token.perElement?.[tag as Tag] ?? token.beschrijving,
    default: token.standaard,
  }));
}

/** The Markdown table of docs/partners.md ("Variabelen"). */
export function tokenTabel(): string {
  return [
    '| variabele | standaard | waarvoor |',
    '| --- | --- | --- |',
    ...TOKENS.map((token) => `| \`${token.naam}\` | ${token.nl.standaard ?? `\`${token.standaard}\``} | ${token.nl.waarvoor} |`),
  ].join('\n');
}
