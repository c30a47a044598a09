// The operations are in agenda.graphql; the build generates agenda.graphql.ts with their persisted-document ids.
export { WidgetAgenda as AGENDA, WidgetWijken as WIJKEN } from './agenda.graphql.js';

export type VoorkomenStatus = 'GEPLAND' | 'GEANNULEERD' | 'VOL';

export interface AgendaItem {
  id: string;
  start: string;
  eind: string;
  status: VoorkomenStatus;
  activiteit: {
    id: string;
    titel: string;
    online: boolean;
    organisatoren: { naam: string }[];
    locatie: { naam: string; adres: string; wijk: { naam: string } | null } | null;
    kosten: { gratis: boolean; bedragInCenten: number | null };
    toegankelijkheid: { rolstoeltoegankelijk: boolean; ringleiding: boolean; eenvoudigeTaal: boolean };
  };
}

export interface AgendaAntwoord {
  agenda: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: AgendaItem[];
  };
}

export interface WijkenAntwoord {
  wijken: { slug: string; naam: string }[];
}
