import { code, waarden } from '../shared/attribuut.js';

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
 * The `AgendaFilter` input of the GraphQL API; filters that are not set are left out. `periode` goes as given:
 * the API resolves it from today in Zoetermeer on its own clock, and answers an invalid one with `INVALID_PERIOD`
 * (the element then shows its error state and logs the API's message).
 */
export function agendaFilter(keuze: AgendaKeuze): Record<string, unknown> {
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
  const periode = keuze.periode?.trim();
  if (periode) {
    filter.periode = periode;
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
