import { html, nothing, type TemplateResult } from 'lit';
import type { Catalogus, VoorkomenStatus } from './catalogus.js';
import { euro, getal, lijst, meervoudsvorm, type Taal } from './i18n.js';
import { dagSleutel, datumLang, datumMetTijdvak, tijdvak } from './tijd.js';

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

const voorbereid = new Map<Taal, Promise<void>>();

/** Resolves in a task of its own: a message, which browsers do not throttle like timers in a background tab. */
export function volgendeTaak(): Promise<void> {
  return new Promise((verder) => {
    const kanaal = new MessageChannel();
    kanaal.port1.onmessage = () => {
      kanaal.port1.close();
      verder();
    };
    kanaal.port2.postMessage(null);
  });
}

/**
 * Sets up the Intl formatters of a language that the elements render with, each in a task of its own; resolves
 * when they are ready (once per language and page). The first `Intl.DateTimeFormat` of a page costs tens of
 * milliseconds on a phone (ICU loads its data), every other formatter a few: set up while an element's request is
 * on its way (`SnElement.vraag` waits for both), they no longer lengthen the task that renders the answer, nor the
 * one that runs the script (issue 15: total blocking time).
 */
export function opmaakVoorbereid(taal: Taal): Promise<void> {
  let klaar = voorbereid.get(taal);
  if (!klaar) {
    const nu = new Date();
    const morgen = new Date(nu.getTime() + 86_400_000);
    const volgendJaar = new Date(nu.getTime() + 366 * 86_400_000);
    const stappen: (() => unknown)[] = [
      () => dagSleutel(nu),
      () => datumLang(taal, nu),
      () => datumLang(taal, volgendJaar),
      () => tijdvak(taal, nu, nu),
      () => tijdvak(taal, nu, morgen),
      () => datumMetTijdvak(taal, nu, nu),
      () => datumMetTijdvak(taal, volgendJaar, volgendJaar),
      () => getal(taal).format(meervoudsvorm(taal, 1) === 'one' ? 1 : 0),
      () => lijst(taal).format([]),
      () => euro(taal).format(0),
    ];
    klaar = stappen.reduce<Promise<void>>(
      (vorige, stap) =>
        vorige.then(volgendeTaak).then(() => {
          stap();
        }),
      Promise.resolve(),
    );
    voorbereid.set(taal, klaar);
  }

  return klaar;
}
