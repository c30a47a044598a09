import type { ActiviteitSoort, ActiviteitStatus, Doelgroep, Thema, VoorkomenStatus } from '../shared/catalogus.js';

// The operation is in activiteit.graphql; the build generates activiteit.graphql.ts with its persisted-document id.
export { WidgetActiviteit as ACTIVITEIT } from './activiteit.graphql.js';

export interface Activiteit {
  id: string;
  titel: string;
  omschrijving: string;
  status: ActiviteitStatus;
  online: boolean;
  onlineLink: string | null;
  soort: ActiviteitSoort;
  themas: Thema[];
  doelgroepen: Doelgroep[];
  organisatoren: { naam: string; website: string | null }[];
  locatie: {
    naam: string;
    adres: string;
    postcode: string;
    plaats: string;
    wijk: { naam: string } | null;
    toegankelijkheidToelichting: string | null;
  } | null;
  volgendeVoorkomens: { id: string; start: string; eind: string; status: VoorkomenStatus }[];
  kosten: { gratis: boolean; bedragInCenten: number | null; toelichting: string | null };
  aanmelding: { wijze: 'NIET_NODIG' | 'VIA_LINK' | 'VIA_EMAIL_OF_TELEFOON'; link: string | null; email: string | null; telefoon: string | null; capaciteit: number | null };
  toegankelijkheid: { rolstoeltoegankelijk: boolean; ringleiding: boolean; eenvoudigeTaal: boolean };
  contact: { naam: string | null; email: string | null; telefoon: string | null } | null;
}

export interface ActiviteitAntwoord {
  activiteit: Activiteit | null;
}
