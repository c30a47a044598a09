import type { Kanaal, UitvraagDoelgroep } from '../shared/catalogus.js';

// The operations are in resultaten.graphql; the build generates resultaten.graphql.ts with their persisted-document ids.
export { WidgetResultaten as RESULTATEN } from './resultaten.graphql.js';

/** A count the public view may hide: below the threshold `aantal` and `percentage` are null. */
export interface Telling {
  aantal: number | null;
  percentage: number | null;
  onderDrempel: boolean;
}

export type VraagType = 'OPEN_TEKST' | 'EEN_KEUZE' | 'MEERDERE_KEUZES' | 'SCHAAL' | 'FACTOREN';

export interface Factor {
  tekst: string;
  eigen: boolean;
  telling: Telling;
}

export interface VraagResultaat {
  vraag: { id: string; type: VraagType; tekst: string; schaalLabelMin: string | null; schaalLabelMax: string | null };
  aantalReacties: Telling;
  opties: { optie: { id: string; tekst: string }; telling: Telling }[];
  schaal: { verdeling: { waarde: number; telling: Telling }[]; gemiddelde: number | null; mediaan: number | null } | null;
  helpendeFactoren: Factor[];
  remmendeFactoren: Factor[];
}

export interface Resultaten {
  drempel: number;
  totaal: Telling;
  perKanaal: { kanaal: Kanaal; telling: Telling }[];
  perWijk: { wijk: { slug: string; naam: string } | null; telling: Telling }[];
  perDoelgroep: { doelgroep: UitvraagDoelgroep | null; telling: Telling }[];
  vragen: VraagResultaat[];
}

export interface Uitvraag {
  id: string;
  titel: string;
  status: 'CONCEPT' | 'OPEN' | 'GESLOTEN' | 'RESULTATEN_GEPUBLICEERD';
  open: boolean;
  openTot: string;
  resultaten: Resultaten | null;
}

export interface ResultatenAntwoord {
  uitvraag: Uitvraag | null;
}
