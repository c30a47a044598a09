import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Catalogus } from '../shared/catalogus.js';
import { getal, richting, vul, type Taal } from '../shared/i18n.js';
import type { Telling } from './resultaten.queries.js';

/** One bar: what it stands for (text or a template with `<bdi>`) and its count. */
export interface Rij {
  label: unknown;
  telling: Telling;
}

export interface GrafiekContext {
  t: Catalogus['resultaten'];
  taal: Taal;
  drempel: number;
}

const procentFormaten = new Map<Taal, Intl.NumberFormat>();

/** "33,3%" in the language's own digits and sign. */
export function procent(taal: Taal, percentage: number): string {
  let formaat = procentFormaten.get(taal);
  if (!formaat) {
    formaat = new Intl.NumberFormat(taal, { style: 'percent', maximumFractionDigits: 1 });
    procentFormaten.set(taal, formaat);
  }

  return formaat.format(percentage / 100);
}

/** The count as text; a count the API hides is "verborgen" (it may be small or protect a small one), never 0. */
export function aantalTekst(c: GrafiekContext, telling: Telling): string {
  return telling.onderDrempel || telling.aantal == null ? c.t.verborgen : getal(c.taal).format(telling.aantal);
}

const procentTekst = (c: GrafiekContext, telling: Telling): string =>
  telling.onderDrempel || telling.percentage == null ? c.t.nietGetoond : procent(c.taal, telling.percentage);

/**
 * A horizontal bar chart with its data table. The bars are SVG on a 0–100% scale, one per row under its label,
 * so long labels wrap and text keeps the reader's font size; each bar starts after its number and percentage as
 * text, so colour never carries meaning on its own. A hidden count gets no bar, only the text "verborgen". The chart
 * is one image with a name for assistive technology; the table after it has the same numbers, with a caption (for
 * screen readers: the heading above says the same) and header cells.
 */
export function grafiek(c: GrafiekContext, titel: string, kolom: string, rijen: Rij[]): TemplateResult {
  const rtl = richting(c.taal) === 'rtl';
  return html`<div class="grafiekblok">
    <div part="chart" class="grafiek" role="img" aria-label=${vul(c.t.grafiek, { titel })}>
      ${rijen.map(({ label, telling }) => {
        const zichtbaar = !telling.onderDrempel && telling.percentage != null;
        const breedte = Math.min(Math.max(telling.percentage ?? 0, 0), 100);
        return html`<div class="staafrij">
          <span class="staaflabel">${label}</span>
          <span class="spoor">
            <span class="waarde">${aantalTekst(c, telling)}${zichtbaar ? ` (${procent(c.taal, telling.percentage!)})` : ''}</span>
            <svg class="staaf" aria-hidden="true" focusable="false">
              ${zichtbaar && breedte > 0 ? svg`<rect x=${rtl ? `${100 - breedte}%` : '0'} y="0" width=${`${breedte}%`} height="100%"></rect>` : nothing}
            </svg>
          </span>
        </div>`;
      })}
    </div>
    <table part="table" class="tabel">
      <caption class="vh"><bdi>${titel}</bdi></caption>
      <thead>
        <tr>
          <th scope="col">${kolom}</th>
          <th scope="col">${c.t.aantal}</th>
          <th scope="col">${c.t.percentage}</th>
        </tr>
      </thead>
      <tbody>
        ${rijen.map(
          ({ label, telling }) => html`<tr>
            <th scope="row">${label}</th>
            <td>${aantalTekst(c, telling)}</td>
            <td>${procentTekst(c, telling)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
