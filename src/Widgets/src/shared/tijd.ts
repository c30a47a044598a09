import { opmaakLocale, type Taal } from './i18n.js';

/** Zoetermeer's time zone: dates and times are shown here, wherever the reader's computer is. */
export const TIJDZONE = 'Europe/Amsterdam';

const UUR = 3_600_000;

// Made on first use, not when the script loads: the first Intl.DateTimeFormat of a page is expensive (see
// opmaakVoorbereid in opmaak.ts).
let klokFormaat: Intl.DateTimeFormat | undefined;
const verschillen = new Map<number, number>();

/** How far Zoetermeer's clock is ahead of UTC at the start of UTC hour `uur` (hours since 1970), in ms. */
function verschilOp(uur: number): number {
  let verschil = verschillen.get(uur);
  if (verschil === undefined) {
    klokFormaat ??= new Intl.DateTimeFormat('en-CA', {
      timeZone: TIJDZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    const delen = Object.fromEntries(klokFormaat.formatToParts(uur * UUR).map((deel) => [deel.type, Number(deel.value)]));
    const klok = new Date(0);
    klok.setUTCFullYear(delen.year!, delen.month! - 1, delen.day!);
    klok.setUTCHours(delen.hour!, delen.minute!);
    verschil = klok.getTime() - uur * UUR;
    verschillen.set(uur, verschil);
  }

  return verschil;
}

/**
 * The calendar day in Zoetermeer as `YYYY-MM-DD`. formatToParts with a time zone is the most expensive call of a
 * render (issue 15: on a throttled phone a few ms each, five per agenda item): the clock difference is looked up once
 * per UTC day instead. Where it is the same at the start of the day and of the next, it holds all day (Zoetermeer's
 * clock changes at most once a day, on a whole UTC hour); on the two days a year where it differs, per hour.
 */
export function dagSleutel(moment: Date): string {
  const tijd = moment.getTime();
  const uur = Math.floor(tijd / UUR);
  const dagBegin = uur - (((uur % 24) + 24) % 24);
  const verschil = verschilOp(dagBegin);
  const klok = new Date(tijd + (verschil === verschilOp(dagBegin + 24) ? verschil : verschilOp(uur)));
  return `${String(klok.getUTCFullYear()).padStart(4, '0')}-${String(klok.getUTCMonth() + 1).padStart(2, '0')}-${String(klok.getUTCDate()).padStart(2, '0')}`;
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
    gevonden = new Intl.DateTimeFormat(opmaakLocale(taal), { timeZone: TIJDZONE, ...opties });
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
