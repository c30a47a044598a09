// The operations are in uitvraag.graphql; the build generates uitvraag.graphql.ts with their persisted-document ids.
export { WidgetUitvraag as UITVRAAG, WidgetReactieIndienen as INDIENEN, WidgetReactieIntrekken as INTREKKEN } from './uitvraag.graphql.js';

import type { FactorSoort, UitvraagDoelgroep, UitvraagStatus, VraagType } from '../shared/catalogus.js';
import type { Taal } from '../shared/i18n.js';

export type { FactorSoort, UitvraagDoelgroep, VraagType };

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
  /** The language of the texts as the API's enum `Taal` (`NL`, `AR` …); lower-case it for `lang`. */
  taal: Uppercase<Taal>;
  doelgroepen: UitvraagDoelgroep[];
  openVanaf: string;
  openTot: string;
  status: UitvraagStatus;
  open: boolean;
  /** Published, but its opening moment (by the server's clock) lies ahead: it opens by itself. */
  gepland: boolean;
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
