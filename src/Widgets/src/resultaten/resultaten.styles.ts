import { css } from 'lit';

export const resultatenStijl = css`
  /* The space the element is expected to take, kept while it reads (see SnElement.laadt): no layout shift. */
  .laden {
    min-block-size: var(--sn-resultaten-min-block-size, 40rem);
  }

  article > :is(h1, h2, h3, h4) {
    font-size: 1.5em;
  }

  .totaal {
    font-size: 1.25em;
    font-weight: bold;
  }

  .vraag {
    margin-block: calc(var(--sn-space, 1rem) * 1.5);
    padding-block-start: var(--sn-space, 1rem);
    border-block-start: 2px solid var(--sn-color-border, #d0d7de);
  }

  .vraag :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
  }

  .vraag :is(h3, h4, h5, h6) + :is(h4, h5, h6),
  .grafiekblok + :is(h4, h5, h6) {
    margin-block-start: var(--sn-space, 1rem);
  }

  .grafiekblok {
    display: grid;
    gap: calc(var(--sn-space, 1rem) * 0.75);
    margin-block-end: var(--sn-space, 1rem);
  }

  .grafiek {
    display: grid;
    gap: 0.5em;
  }

  .staafrij {
    display: grid;
    gap: 0.125em;
  }

  .spoor {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  /* The axis: where every bar starts, also when it is 0 or hidden. */
  /* A percentage size keeps the SVG from asking for its default 300px on a narrow screen. */
  .staaf {
    flex: 1 1 0;
    inline-size: 100%;
    min-inline-size: 4em;
    block-size: 1.25em;
    border-inline-start: 2px solid var(--sn-color-text-muted, #454545);
  }

  .staaf rect {
    fill: var(--sn-color-accent, #0b57a4);
  }

  .waarde {
    flex: 0 0 auto;
    min-inline-size: 7.5em;
    font-variant-numeric: tabular-nums;
  }

  .eigen {
    color: var(--sn-color-text-muted, #454545);
  }

  .tabel {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 40em;
  }

  .tabel :is(th, td) {
    padding-block: 0.25em;
    padding-inline: 0 0.75em;
    border-block-end: 1px solid var(--sn-color-border, #d0d7de);
    text-align: start;
    vertical-align: top;
  }

  .tabel td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .tabel thead th:not(:first-child) {
    text-align: end;
  }

  /* On a phone a long word may break rather than push the table out of the page. */
  .tabel tbody th {
    font-weight: normal;
    overflow-wrap: anywhere;
  }

  .samenvatting {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0;
  }

  .samenvatting > div {
    display: flex;
    gap: 0.4em;
  }

  .samenvatting dt {
    font-weight: bold;
  }

  .samenvatting dt::after {
    content: ':';
  }

  .samenvatting dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }

  .uitleg {
    color: var(--sn-color-text-muted, #454545);
  }

  @media (forced-colors: active) {
    .staaf rect {
      fill: CanvasText;
    }
  }
`;
