import type { Taal } from './i18n.js';

/** Zoetermeer's time zone: dates and times are shown here, wherever the reader's computer is. */
export const TIJDZONE = 'Europe/Amsterdam';

// Made on first use, not when the script loads: the first Intl.DateTimeFormat of a page is expensive (see
// opmaakVoorbereid in opmaak.ts).
let sleutelFormaat: Intl.DateTimeFormat | undefined;

/** The calendar day in Zoetermeer as `YYYY-MM-DD`. */
export function dagSleutel(moment: Date): string {
  sleutelFormaat ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIJDZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const delen = Object.fromEntries(sleutelFormaat.formatToParts(moment).map((deel) => [deel.type, deel.value]));
  return `${delen.year}-${delen.month}-${delen.day}`;
}

/**
 * `YYYY-MM-DD` plus whole months, then whole days (calendar arithmetic, no time zone involved). A month later
 * than 31 January is 28 (or 29) February.
 */
export function verschuif(sleutel: string, dagen: number, maanden = 0): string {
  const [jaar, maand, dag] = sleutel.split('-').map(Number) as [number, number, number];
  const laatsteDag = new Date(Date.UTC(jaar, maand + maanden, 0)).getUTCDate();
  const datum = new Date(Date.UTC(jaar, maand - 1 + maanden, Math.min(dag, laatsteDag) + dagen));
  return datum.toISOString().slice(0, 10);
}

const formaten = new Map<string, Intl.DateTimeFormat>();

function formaat(taal: Taal, soort: string, opties: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const sleutel = `${taal}|${soort}`;
  let gevonden = formaten.get(sleutel);
  if (!gevonden) {
    gevonden = new Intl.DateTimeFormat(taal, { timeZone: TIJDZONE, ...opties });
    formaten.set(sleutel, gevonden);
  }

  return gevonden;
}

/** "maandag 23 november" (with the year when it is not this year). */
export function datumLang(taal: Taal, moment: Date, nu = new Date()): string {
  const ditJaar = dagSleutel(moment).slice(0, 4) === dagSleutel(nu).slice(0, 4);
  return formaat(taal, ditJaar ? 'dag' : 'dagjaar', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(ditJaar ? {} : { year: 'numeric' }),
  }).format(moment);
}

/** "10:00 – 12:00"; a range that crosses midnight shows both dates. */
export function tijdvak(taal: Taal, start: Date, eind: Date): string {
  const tijd = formaat(taal, 'tijd', { hour: '2-digit', minute: '2-digit' });
  if (dagSleutel(start) === dagSleutel(eind)) {
    return tijd.formatRange(start, eind);
  }

  return formaat(taal, 'datumtijd', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).formatRange(start, eind);
}

/** "ma 23 nov, 10:00": one date in a short list. */
export function datumTijdKort(taal: Taal, moment: Date): string {
  return formaat(taal, 'kort', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(moment);
}

/** "dinsdag 24 november, 16:00–17:00" in the language's own order and punctuation (with the year when not this year). */
export function datumMetTijdvak(taal: Taal, start: Date, eind: Date, nu = new Date()): string {
  const ditJaar = dagSleutel(start).slice(0, 4) === dagSleutel(nu).slice(0, 4);
  return formaat(taal, ditJaar ? 'dagtijd' : 'dagjaartijd', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(ditJaar ? {} : { year: 'numeric' }),
  }).formatRange(start, eind);
}
