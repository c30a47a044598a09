// Reading the list attributes of the elements (`wijk="oosterheem, seghwaert"`, `thema="eenzaamheid-en-ontmoeting"`).

/** "oosterheem, seghwaert" or "oosterheem seghwaert" → ["oosterheem", "seghwaert"]. */
export const waarden = (tekst: string | null | undefined): string[] => (tekst ?? '').split(/[\s,]+/).filter(Boolean);

/** "eenzaamheid-en-ontmoeting" or "EENZAAMHEID_EN_ONTMOETING" → the enum code `EENZAAMHEID_EN_ONTMOETING`. */
export const code = (waarde: string): string => waarde.trim().toUpperCase().replace(/[-\s]+/g, '_');

/**
 * A filter choice that a list cannot show as one of its `opties` (several values from the attribute, an unknown
 * value), so it gets an option of its own; '' when there is none.
 */
export function extraKeuze(gekozen: string, opties: Iterable<string>): string {
  return gekozen && ![...opties].includes(gekozen) ? gekozen : '';
}
