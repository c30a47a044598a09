import { operatie } from '../shared/api.js';

export { WIJKEN, type WijkenAntwoord } from '../agenda/agenda.queries.js';

export const UITVRAAG = operatie(
  'WidgetUitvraag',
  `query WidgetUitvraag($id: ID!, $taal: Taal) {
    uitvraag(id: $id, taal: $taal) {
      id titel inleiding privacyverklaring taal doelgroepen openVanaf openTot status open bewaartermijnDagen
      contactgegevensVragen profielvraagWijk profielvraagDoelgroep
      vragen {
        id nummer type tekst toelichting verplicht maxLengte maxKeuzes
        schaalMin schaalMax schaalLabelMin schaalLabelMax eigenFactorenToegestaan
        opties { id tekst }
      }
    }
  }`,
);

export const INDIENEN = operatie(
  'WidgetReactieIndienen',
  `mutation WidgetReactieIndienen($invoer: ReactieInvoer!) {
    reactieIndienen(invoer: $invoer) { gelukt ontvangstcode fouten { vraagId veld code bericht } }
  }`,
);

export const INTREKKEN = operatie(
  'WidgetReactieIntrekken',
  `mutation WidgetReactieIntrekken($code: String!) { reactieIntrekken(ontvangstcode: $code) { ingetrokken } }`,
);

export type VraagType = 'OPEN_TEKST' | 'EEN_KEUZE' | 'MEERDERE_KEUZES' | 'SCHAAL' | 'FACTOREN';
export type UitvraagDoelgroep = 'INWONERS' | 'VRIJWILLIGERS' | 'INFORMELE_NETWERKEN' | 'ORGANISATIES' | 'PROFESSIONALS';
export type FactorSoort = 'HELPEND' | 'REMMEND';

export interface Vraag {
  id: string;
  nummer: number;
  type: VraagType;
  tekst: string;
  toelichting: string | null;
  verplicht: boolean;
  maxLengte: number | null;
  maxKeuzes: number | null;
  schaalMin: number | null;
  schaalMax: number | null;
  schaalLabelMin: string | null;
  schaalLabelMax: string | null;
  eigenFactorenToegestaan: boolean;
  opties: { id: string; tekst: string }[];
}

export interface Uitvraag {
  id: string;
  titel: string;
  inleiding: string;
  privacyverklaring: string;
  taal: string;
  doelgroepen: UitvraagDoelgroep[];
  openVanaf: string;
  openTot: string;
  status: 'CONCEPT' | 'OPEN' | 'GESLOTEN' | 'RESULTATEN_GEPUBLICEERD';
  open: boolean;
  bewaartermijnDagen: number;
  contactgegevensVragen: boolean;
  profielvraagWijk: boolean;
  profielvraagDoelgroep: boolean;
  vragen: Vraag[];
}

export interface UitvraagAntwoord {
  uitvraag: Uitvraag | null;
}

export interface Veldfout {
  vraagId: string | null;
  veld: string;
  code: string;
  bericht: string;
}

export interface IndienAntwoord {
  reactieIndienen: { gelukt: boolean; ontvangstcode: string | null; fouten: Veldfout[] };
}

export interface IntrekAntwoord {
  reactieIntrekken: { ingetrokken: boolean };
}
