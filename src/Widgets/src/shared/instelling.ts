// A wrong or missing attribute on the partner's page: no failure of the API, and trying again cannot help.
import { ApiFout } from './api.js';
import { code, waarden } from './attribuut.js';

/**
 * An attribute of the element is wrong or missing (`thema="mantelzorgg"`, no `activiteit`). The message is for the
 * web editor, in the element's language; the element shows that a setting of the page is wrong, without a retry.
 */
export class InstelFout extends Error {
  override name = 'InstelFout';
}

/**
 * The API's codes that say a value the element sent from its attributes is wrong (an unknown wijk, a malformed id,
 * an invalid periode, a search word that is too long, a value that is no enum code), not that the API failed.
 */
const INSTELCODES = new Set(['UNKNOWN_WIJK', 'INVALID_ID', 'INVALID_PERIOD', 'SEARCH_TERM_TOO_LONG', 'TOO_MANY_IDS', 'INVALID_VALUE', 'BAD_USER_INPUT']);

/** Whether a failed read comes from the element's attributes: then retrying cannot help. */
export const isInstelFout = (fout: unknown): boolean =>
  fout instanceof InstelFout || (fout instanceof ApiFout && fout.codes.some((c) => INSTELCODES.has(c)));

/**
 * What the web editor reads in the console about a wrong attribute: the element's message or the API's, without the
 * name of the GraphQL operation (`WidgetAgenda`), which says nothing to them.
 */
export const instelBericht = (fout: unknown): string => (fout instanceof ApiFout ? fout.apiBericht : (fout as Error).message);

/** `EENZAAMHEID_EN_ONTMOETING` → `eenzaamheid-en-ontmoeting`, as the docs write the values of the attributes. */
const slug = (waarde: string): string => waarde.toLowerCase().replace(/_/g, '-');

/**
 * Checks the codes of a list attribute (`thema="mantelzorg, jeugd"`) against the codes the API knows. For the first
 * unknown one, the placeholders of the message `onbekendeWaarde`: the attribute, the value as written and the values
 * it takes; undefined when every value is known.
 */
export function onbekendeCode(attribuut: string, tekst: string | null | undefined, bekend: readonly string[]): Record<string, string> | undefined {
  const onbekend = waarden(tekst).find((waarde) => !bekend.includes(code(waarde)));
  return onbekend === undefined ? undefined : { attribuut, waarde: onbekend, keuzes: bekend.map(slug).join(', ') };
}
