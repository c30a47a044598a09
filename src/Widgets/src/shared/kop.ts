import { html, type TemplateResult } from 'lit';

/** A real heading (`h1`…`h6`) at the level the partner's page needs; `deel` is its `::part` name. */
export function kop(niveau: number, inhoud: unknown, deel: string): TemplateResult {
  switch (Math.min(Math.max(Math.trunc(niveau) || 2, 1), 6)) {
    case 1:
      return html`<h1 part=${deel}>${inhoud}</h1>`;
    case 2:
      return html`<h2 part=${deel}>${inhoud}</h2>`;
    case 3:
      return html`<h3 part=${deel}>${inhoud}</h3>`;
    case 4:
      return html`<h4 part=${deel}>${inhoud}</h4>`;
    case 5:
      return html`<h5 part=${deel}>${inhoud}</h5>`;
    default:
      return html`<h6 part=${deel}>${inhoud}</h6>`;
  }
}
