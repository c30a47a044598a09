import { css } from 'lit';

export const agendaStijl = css`
  /* The space the element is expected to take, kept while it reads (see SnElement.laadt): no layout shift. */
  .laden {
    min-block-size: var(--sn-agenda-min-block-size, 60rem);
  }

  .filters fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sn-space, 1rem);
    margin: 0 0 var(--sn-space, 1rem);
    padding: 0;
    border: 0;
  }

  .filters legend {
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: bold;
  }

  .veld {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 14em;
    min-inline-size: 0;
  }

  .dag {
    margin-block-end: calc(var(--sn-space, 1rem) * 1.5);
  }

  .dag > :is(h1, h2, h3, h4, h5) {
    font-size: 1.25em;
    padding-block-end: 0.25em;
    border-block-end: 2px solid var(--sn-color-border, #d0d7de);
  }

  .item {
    display: grid;
    gap: 0.25em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--sn-color-border, #d0d7de);
  }

  .item > :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin: 0;
  }

  .tijd {
    margin: 0;
    font-weight: bold;
    color: var(--sn-color-text-muted, #454545);
    font-variant-numeric: tabular-nums;
  }

  .kalender {
    justify-self: start;
  }
`;
