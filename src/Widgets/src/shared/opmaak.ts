import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogus, VoorkomenStatus } from './catalogus.js';
import { euro, lijst, type Taal } from './i18n.js';

/**
 * A real heading (`h1`…`h6`) at the level the partner's page needs; `deel` is its `::part` name. With `id` the
 * heading can take focus from script (`tabindex="-1"`), for a confirmation that focus moves to.
 */
export function kop(niveau: number, inhoud: unknown, deel: string, id?: string): TemplateResult {
  const focus = id ? '-1' : nothing;
  const anker = id ?? nothing;
  switch (Math.min(Math.max(Math.trunc(niveau) || 2, 1), 6)) {
    case 1:
      return html`<h1 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h1>`;
    case 2:
      return html`<h2 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h2>`;
    case 3:
      return html`<h3 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h3>`;
    case 4:
      return html`<h4 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h4>`;
    case 5:
      return html`<h5 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h5>`;
    default:
      return html`<h6 part=${deel} id=${anker} tabindex=${focus}>${inhoud}</h6>`;
  }
}

/**
 * "A, B en C" with each name isolated in `<bdi>`: Dutch names inside an Arabic sentence (or the reverse) keep
 * their own direction instead of being reordered with the punctuation around them.
 */
export function namen(taal: Taal, lijstVanNamen: string[]): TemplateResult[] {
  return lijst(taal)
    .formatToParts(lijstVanNamen)
    .map((deel) => (deel.type === 'element' ? html`<bdi>${deel.value}</bdi>` : html`${deel.value}`));
}

/** The accessibility features of an activity as short texts ("Toegankelijk met rolstoel", "Ringleiding" …). */
export function kenmerken(
  t: Catalogus['algemeen'],
  toegankelijkheid: { rolstoeltoegankelijk: boolean; ringleiding: boolean; eenvoudigeTaal: boolean },
): string[] {
  return [
    toegankelijkheid.rolstoeltoegankelijk ? t.rolstoeltoegankelijk : '',
    toegankelijkheid.ringleiding ? t.ringleiding : '',
    toegankelijkheid.eenvoudigeTaal ? t.eenvoudigeTaal : '',
  ].filter(Boolean);
}

/**
 * "Gaat niet door" or "Vol" (the API's label, `t.woorden.voorkomenStatussen` or `activiteitStatussen`) for a date or
 * an activity that does not simply go ahead; empty otherwise.
 */
export const statusTekst = (labels: Record<VoorkomenStatus, string>, status: VoorkomenStatus): string => (status === 'GEPLAND' ? '' : labels[status]);

/** The cost as text: "Gratis", "€ 2,50", or empty when unknown. */
export function kostenTekst(t: Catalogus['algemeen'], taal: Taal, kosten: { gratis: boolean; bedragInCenten: number | null }): string {
  if (kosten.gratis) {
    return t.gratis;
  }

  return kosten.bedragInCenten == null ? '' : euro(taal).format(kosten.bedragInCenten / 100);
}
