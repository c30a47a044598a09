import { css } from 'lit';

export const activiteitStijl = css`
  /* The space the element is expected to take, kept while it reads (see SnElement.laadt): no layout shift. */
  .laden {
    min-block-size: var(--sn-activiteit-min-block-size, 40rem);
  }

  article > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.5em;
  }

  .soort {
    color: var(--sn-color-text-muted, #454545);
  }

  .omschrijving {
    white-space: pre-line;
    max-inline-size: 40em;
  }

  .details {
    display: grid;
    gap: 0.75em;
    margin-block: var(--sn-space, 1rem);
  }

  .details dt {
    font-weight: bold;
  }

  .details dd {
    margin: 0;
  }

  .details ul[role='list'] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  .details .kenmerken {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }

  .tijd {
    font-variant-numeric: tabular-nums;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
`;
