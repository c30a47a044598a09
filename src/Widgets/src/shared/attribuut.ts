// Reading the list attributes of the elements (`wijk="oosterheem, seghwaert"`, `thema="eenzaamheid-en-ontmoeting"`).

/** "oosterheem, seghwaert" or "oosterheem seghwaert" → ["oosterheem", "seghwaert"]. */
export const waarden = (tekst: string | null | undefined): string[] => (tekst ?? '').split(/[\s,]+/).filter(Boolean);

/** "eenzaamheid-en-ontmoeting" or "EENZAAMHEID_EN_ONTMOETING" → the enum code `EENZAAMHEID_EN_ONTMOETING`. */
export const code = (waarde: string): string => waarde.trim().toUpperCase().replace(/[-\s]+/g, '_');
