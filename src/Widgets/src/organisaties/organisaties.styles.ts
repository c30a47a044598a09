import { css } from 'lit';

export const organisatiesStijl = css`
  /* The space the element is expected to take, kept while it reads (see SnElement.laadt): no layout shift. */
  .laden {
    min-block-size: var(--sn-organisaties-min-block-size, 60rem);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--sn-space, 1rem);
    margin-block-end: var(--sn-space, 1rem);
  }

  .veld {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }

  .zoekveld {
    flex-basis: 16em;
  }

  .item {
    display: grid;
    gap: 0.25em;
    padding-block: 0.75em;
    border-block-end: 1px solid var(--sn-color-border, #d0d7de);
  }

  .item:focus {
    outline: 3px solid var(--sn-color-focus, #1b1b1b);
    outline-offset: 2px;
  }

  .item > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin: 0;
  }

  .soort {
    margin: 0;
    color: var(--sn-color-text-muted, #454545);
  }

  .omschrijving {
    margin: 0;
    max-inline-size: 40em;
  }
`;
