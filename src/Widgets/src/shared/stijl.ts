import { css } from 'lit';

/**
 * Shared look of every element. Every colour, size and font comes from a `--sn-*` custom property with an
 * accessible default (text contrast ≥ 4.5:1 on the default background), so partners theme with CSS
 * only (the tokens, their defaults and what they style are listed once, in tokens.ts). Logical properties
 * (`inline`/`block`) keep the layout right in right-to-left languages.
 */
export const basisStijl = css`
  :host {
    display: block;
    font-family: var(--sn-font-family, inherit);
    font-size: var(--sn-font-size, 1.125rem);
    line-height: var(--sn-line-height, 1.5);
    color: var(--sn-color-text, #1b1b1b);
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .wortel {
    background: var(--sn-color-background, #ffffff);
    color: var(--sn-color-text, #1b1b1b);
    text-align: start;
  }

  h1, h2, h3, h4, h5, h6 {
    font-family: var(--sn-heading-font-family, inherit);
    line-height: 1.25;
    margin-block: 0 0.25em;
    color: var(--sn-color-heading, var(--sn-color-text, #1b1b1b));
  }

  p {
    margin-block: 0 0.5em;
  }

  a {
    color: var(--sn-color-link, #0b57a4);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--sn-color-focus, #1b1b1b);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--sn-color-focus-contrast, #ffffff);
  }

  button {
    font: inherit;
    min-block-size: 2.75rem;
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--sn-color-accent, #0b57a4);
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-accent, #0b57a4);
    color: var(--sn-color-accent-contrast, #ffffff);
    cursor: pointer;
  }

  button:hover {
    background: var(--sn-color-accent-hover, #083f77);
    border-color: var(--sn-color-accent-hover, #083f77);
  }

  button[aria-disabled='true'] {
    cursor: progress;
  }

  select,
  input[type='search'] {
    font: inherit;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--sn-color-border-strong, #5c5c5c);
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-background, #ffffff);
    color: var(--sn-color-text, #1b1b1b);
  }

  .status {
    color: var(--sn-color-text-muted, #454545);
  }

  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  ul[role='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .kenmerk {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-badge-background, #eef3f8);
    color: var(--sn-color-badge-text, #1b1b1b);
    font-size: 0.9em;
  }

  .waarschuwing {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: var(--sn-radius, 0.25rem);
    background: var(--sn-color-danger, #a3001b);
    color: var(--sn-color-danger-contrast, #ffffff);
    font-weight: bold;
    font-size: 0.9em;
  }

  .fout {
    padding: 0.75em;
    border-inline-start: 0.3em solid var(--sn-color-danger, #a3001b);
    background: var(--sn-color-background, #ffffff);
  }

  .fout button {
    margin-block-end: 0.75em;
  }

  @media (prefers-reduced-motion: no-preference) {
    a, button {
      transition: background-color 0.15s, text-decoration-thickness 0.15s;
    }
  }

  @media (forced-colors: active) {
    button, .kenmerk, .waarschuwing {
      border: 1px solid CanvasText;
    }
  }
`;

/** Lists of items (the agenda, the sociale kaart): label–value rows, badges and the "meer" button. */
export const lijstStijl = css`
  .details {
    margin: 0;
  }

  .details > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }

  .details dt {
    font-weight: bold;
  }

  .details dt::after {
    content: ':';
  }

  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .kenmerken {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .meer {
    margin-block: var(--sn-space, 1rem);
  }

  .meer button {
    inline-size: 100%;
    max-inline-size: 24rem;
  }
`;
