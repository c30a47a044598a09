import { css } from 'lit';

// Form patterns after the GOV.UK and NL Design System: large targets, one column, hints under the question,
// errors with a bar in the margin, and a panel for the confirmation.
export const uitvraagStijl = css`
  /* The space the element is expected to take, kept while it reads (see SnElement.laadt): no layout shift. */
  .laden {
    min-block-size: var(--sn-uitvraag-min-block-size, 40rem);
  }

  .wortel > :is(h1, h2, h3, h4, h5) {
    font-size: 1.5em;
  }

  .tekst {
    white-space: pre-line;
    max-inline-size: 40em;
  }

  .notitie {
    padding: 0.75em;
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-badge-background, #eef3f8);
    color: var(--sn-color-badge-text, #1b1b1b);
  }

  section,
  form,
  .veld,
  .bevestiging,
  .intrekken {
    margin-block: 0 calc(var(--sn-space, 1rem) * 1.5);
  }

  fieldset {
    margin-inline: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
  }

  .vraagtekst {
    display: block;
    margin-block-end: 0.25em;
    font-weight: bold;
    font-size: 1.125em;
  }

  .verplicht {
    font-weight: normal;
  }

  .hint {
    margin-block: 0 0.5em;
    color: var(--sn-color-text-muted, #454545);
  }

  .veld.met-fout,
  .onthuld.met-fout {
    padding-inline-start: 0.75em;
    border-inline-start: 0.3em solid var(--sn-color-danger, #a3001b);
  }

  .foutmelding {
    margin-block: 0 0.5em;
    color: var(--sn-color-danger, #a3001b);
    font-weight: bold;
  }

  textarea,
  input:not([type='radio'], [type='checkbox']),
  select {
    display: block;
    inline-size: 100%;
    max-inline-size: 40em;
    min-block-size: 2.75rem;
    padding: 0.4em;
    font: inherit;
    border: 2px solid var(--sn-color-border-strong, #5c5c5c);
    border-radius: 0;
    background: var(--sn-color-background, #ffffff);
    color: var(--sn-color-text, #1b1b1b);
  }

  [aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border-width: 3px;
    border-color: var(--sn-color-danger, #a3001b);
  }

  textarea:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--sn-color-focus, #1b1b1b);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--sn-color-focus-contrast, #ffffff);
  }

  .keuzes {
    display: grid;
    gap: 0.5em;
  }

  .keuze {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }

  .keuze input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--sn-color-accent, #0b57a4);
  }

  .keuze label {
    padding-block: 0.1em;
    cursor: pointer;
  }

  .schaal {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }

  .schaal .getal {
    font-weight: bold;
  }

  .factoren {
    margin-block: 0.75em;
  }

  .factoren legend {
    margin-block-end: 0.5em;
    font-weight: bold;
  }

  .factoren .veld {
    margin-block: 0.75em 0;
  }

  .onthuld {
    margin-block-start: 0.75em;
    margin-inline-start: 0.7em;
    padding-inline-start: 1.2em;
    border-inline-start: 0.3em solid var(--sn-color-border, #d0d7de);
  }

  .lokveld {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }

  .samenvatting {
    margin-block-end: calc(var(--sn-space, 1rem) * 1.5);
    padding: 1em;
    border: 0.3em solid var(--sn-color-danger, #a3001b);
  }

  .samenvatting ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .samenvatting a {
    color: var(--sn-color-danger, #a3001b);
    font-weight: bold;
  }

  .bevestiging {
    padding: 1.25em;
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-accent, #0b57a4);
    color: var(--sn-color-accent-contrast, #ffffff);
    text-align: center;
  }

  .bevestiging > :is(h2, h3, h4, h5, h6) {
    color: inherit;
    font-size: 1.5em;
  }

  .code {
    display: block;
    margin-block-start: 0.25em;
    font-size: 1.75em;
    letter-spacing: 0.1em;
    font-variant-numeric: tabular-nums;
    user-select: all;
  }

  .kopieer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  button.secundair {
    background: var(--sn-color-background, #ffffff);
    color: var(--sn-color-accent, #0b57a4);
  }

  button.secundair:hover {
    color: var(--sn-color-accent-contrast, #ffffff);
  }

  button.gevaar {
    background: var(--sn-color-danger, #a3001b);
    border-color: var(--sn-color-danger, #a3001b);
    color: var(--sn-color-danger-contrast, #ffffff);
  }

  .intrekken {
    padding-block-start: var(--sn-space, 1rem);
    border-block-start: 1px solid var(--sn-color-border, #d0d7de);
  }

  summary {
    color: var(--sn-color-link, #0b57a4);
    text-decoration: underline;
    cursor: pointer;
  }

  .fout p {
    margin-block-end: 0.75em;
  }
`;
