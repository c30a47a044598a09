import { operatie } from '../shared/api.js';
import type { OrganisatieSoort, Thema } from '../shared/catalogus.js';

// The first page also brings the wijken: for the filter bar and to say "Heel Zoetermeer" for an
// organisation that works in every wijk, without a second request.
export const ORGANISATIES = operatie(
  'WidgetOrganisaties',
  `query WidgetOrganisaties($filter: OrganisatieFilter, $first: Int, $after: String, $metWijken: Boolean!) {
    organisaties(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id naam omschrijving website email telefoon
        soort { code }
        adres { straat postcode plaats }
        themas { code }
        wijken { slug naam }
      }
    }
    wijken @include(if: $metWijken) { slug naam }
  }`,
);

export interface Organisatie {
  id: string;
  naam: string;
  omschrijving: string | null;
  website: string | null;
  email: string | null;
  telefoon: string | null;
  soort: { code: OrganisatieSoort };
  adres: { straat: string; postcode: string | null; plaats: string | null } | null;
  themas: { code: Thema }[];
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
