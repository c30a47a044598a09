// The operations are in agenda.graphql; the build generates agenda.graphql.ts with their persisted-document ids.
import type { VoorkomenStatus } from '../shared/catalogus.js';

export { WidgetAgenda as AGENDA } from './agenda.graphql.js';

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
