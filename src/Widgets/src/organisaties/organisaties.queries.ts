import type { OrganisatieSoort, Thema } from '../shared/catalogus.js';

// The operations are in organisaties.graphql; the build generates organisaties.graphql.ts with their persisted-document ids.
export { WidgetOrganisaties as ORGANISATIES } from './organisaties.graphql.js';

export interface Organisatie {
  id: string;
  naam: string;
  omschrijving: string | null;
  website: string | null;
  email: string | null;
  telefoon: string | null;
  soort: OrganisatieSoort;
  adres: { straat: string; postcode: string | null; plaats: string | null } | null;
  themas: Thema[];
  wijken: { slug: string; naam: string }[];
}

export interface OrganisatiesAntwoord {
  organisaties: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Organisatie[];
  };
  wijken?: { slug: string; naam: string }[];
}
