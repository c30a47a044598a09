import { operatie } from '../shared/api.js';

export const AGENDA = operatie(
  'WidgetAgenda',
  `query WidgetAgenda($filter: AgendaFilter, $first: Int, $after: String) {
    agenda(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id start eind status
        activiteit {
          id titel online
          organisatoren { naam }
          locatie { naam adres wijk { naam } }
          kosten { gratis bedragInCenten }
          toegankelijkheid { rolstoeltoegankelijk ringleiding eenvoudigeTaal }
        }
      }
    }
  }`,
);

export const WIJKEN = operatie('WidgetWijken', `query WidgetWijken { wijken { slug naam } }`);

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
