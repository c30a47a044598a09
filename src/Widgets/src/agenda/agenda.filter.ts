import { code, waarden } from '../shared/attribuut.js';
import { verschuif } from '../shared/tijd.js';

/** The attributes of `<sn-agenda>` that choose which activities it shows. */
export interface AgendaKeuze {
  wijk?: string | undefined;
  thema?: string | undefined;
  doelgroep?: string | undefined;
  organisatie?: string | undefined;
  netwerk?: string | undefined;
  periode?: string | undefined;
}

/**
 * `periode` → the exclusive end date for the API's `tot`: `vandaag`, `week` (7 days), `maand` (to the same
 * day next month) or a number of days, each counted from today in Zoetermeer. Empty: no end.
 */
export function totVoorPeriode(periode: string | null | undefined, vandaag: string): string | undefined {
  const p = periode?.trim().toLowerCase();
  if (!p) {
    return undefined;
  }

  if (p === 'vandaag') {
    return verschuif(vandaag, 1);
  }

  if (p === 'week') {
    return verschuif(vandaag, 7);
  }

  if (p === 'maand') {
    return verschuif(vandaag, 0, 1);
  }

  if (/^\d{1,3}$/.test(p) && Number(p) > 0) {
    return verschuif(vandaag, Number(p));
  }

  console.warn(`<sn-agenda>: periode="${periode}" is not vandaag, week, maand or a number of days; showing everything from now.`);
  return undefined;
}

/** The `AgendaFilter` input of the GraphQL API; filters that are not set are left out. */
export function agendaFilter(keuze: AgendaKeuze, vandaag: string): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  const zet = (veld: string, lijst: string[]): void => {
    if (lijst.length > 0) {
      filter[veld] = lijst;
    }
  };

  zet('wijken', waarden(keuze.wijk).map((slug) => slug.toLowerCase()));
  zet('themas', waarden(keuze.thema).map(code));
  zet('doelgroepen', waarden(keuze.doelgroep).map(code));
  zet('organisaties', waarden(keuze.organisatie));
  zet('netwerken', waarden(keuze.netwerk));
  const tot = totVoorPeriode(keuze.periode, vandaag);
  if (tot) {
    filter.tot = tot;
  }

  return filter;
}

/**
 * The query string of the calendar feed for the same choice (`/agenda.ics?wijk=…&thema=…`): the feed takes
 * the attribute names of `<sn-agenda>`, so a subscription shows what the widget shows.
 */
export function feedParameters(keuze: AgendaKeuze): URLSearchParams {
  const parameters = new URLSearchParams();
  for (const naam of ['wijk', 'thema', 'doelgroep', 'organisatie', 'netwerk'] as const) {
    const lijst = waarden(keuze[naam]);
    if (lijst.length > 0) {
      parameters.set(naam, lijst.join(','));
    }
  }

  return parameters;
}
