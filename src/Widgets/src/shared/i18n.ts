import type { Catalogus, Meervoud } from './catalogus.js';
import { gedeeldNl } from './locales/nl/gedeeld.js';
import { TALEN, type Taal } from './woordenlijst.generated.js';

// The language list is generated from the API's enum `Taal` (scripts/woordenlijst.mjs).
export { TALEN, type Taal };
export const STANDAARDTAAL: Taal = 'nl';

/**
 * The SRI hash of each language file (`taal-<taal>.json` next to the script), put into the script by the build
 * (vite.config.ts). The script's own SRI hash thereby covers the language files too.
 */
declare const __SN_TALEN__: Partial<Record<Taal, string>>;

// Dutch is in the script; the other languages are fetched when an element needs one, so a page downloads only
// the languages it shows (each catalogue is 2–3 KB gzipped). Of Dutch, the script's shared module holds what every
// element needs; each element adds its own texts when its module loads (`nederlands`), so a page with only an agenda
// does not download the Dutch of the uitvraag.
const nl = { ...gedeeldNl } as Catalogus;
const catalogi = new Map<Taal, Catalogus>([['nl', nl]]);

/** Adds an element's Dutch texts (locales/nl/<element>.ts); called once by the element's module, before it renders. */
export const nederlands = (teksten: Partial<Catalogus>): void => void Object.assign(nl, teksten);
const ladend = new Map<Taal, Promise<boolean>>();

// Read into a variable so the bundler leaves it alone: the language files live next to the script.
const scriptAdres = import.meta.url;

/** The texts of a language once they are loaded (see `laadCatalogus`); Dutch until then. */
export const catalogus = (taal: Taal): Catalogus => catalogi.get(taal) ?? nl;

export const heeftCatalogus = (taal: Taal): boolean => catalogi.has(taal);

/**
 * Fetches the texts of a language (once per page, checked against their SRI hash). Resolves to `false` when
 * that fails; the element then shows Dutch.
 */
export function laadCatalogus(taal: Taal): Promise<boolean> {
  let belofte = ladend.get(taal);
  if (!belofte) {
    belofte = fetch(new URL(`taal-${taal}.json`, scriptAdres), { integrity: __SN_TALEN__[taal] ?? '', credentials: 'omit' })
      .then(async (antwoord) => {
        if (!antwoord.ok) {
          throw new Error(`HTTP ${antwoord.status}`);
        }

        catalogi.set(taal, (await antwoord.json()) as Catalogus);
        return true;
      })
      .catch((fout: unknown) => {
        console.warn(`sociaal-netwerk: the texts for "${taal}" could not be loaded (${String(fout)}); showing Dutch`);
        return false;
      });
    ladend.set(taal, belofte);
  }

  return belofte;
}

/** `en-GB` → `en`; a language the widgets do not have → `undefined`. */
export function normaliseerTaal(tag: string | null | undefined): Taal | undefined {
  const basis = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return TALEN.find((taal) => taal === basis);
}

/**
 * The language of an element: its own `lang`, else that of the nearest ancestor with a `lang`
 * (also across shadow roots, so an element inside another component follows the page), else the
 * document's. A language the widgets do not have falls back to Dutch.
 */
export function taalVan(element: Element): Taal {
  let knoop: Element | null = element;
  while (knoop) {
    const metTaal: Element | null = knoop.closest('[lang]:not([lang=""])');
    if (metTaal) {
      return normaliseerTaal(metTaal.getAttribute('lang')) ?? STANDAARDTAAL;
    }

    knoop = (knoop.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }

  return normaliseerTaal(element.ownerDocument.documentElement.lang) ?? STANDAARDTAAL;
}

export const richting = (taal: Taal): 'rtl' | 'ltr' => (taal === 'ar' ? 'rtl' : 'ltr');

function gecachet<T>(maak: (taal: Taal) => T): (taal: Taal) => T {
  const cache = new Map<Taal, T>();
  return (taal) => {
    let waarde = cache.get(taal);
    if (waarde === undefined) {
      waarde = maak(taal);
      cache.set(taal, waarde);
    }

    return waarde;
  };
}

/**
 * The locale that formats dates and times in a language (shared/tijd.ts). English is British English, as the texts
 * (neighbourhood, organisation) and GraphApi's pages: "Thursday 3 December, 13:00–15:00", not the American
 * "Thursday, December 3, 1:00 – 3:00 PM".
 */
export const opmaakLocale = (taal: Taal): string => (taal === 'en' ? 'en-GB' : taal);

const meervoudsregels = gecachet((taal) => new Intl.PluralRules(taal));
export const getal = gecachet((taal) => new Intl.NumberFormat(taal));
export const lijst = gecachet((taal) => new Intl.ListFormat(taal, { type: 'conjunction' }));
export const euro = gecachet((taal) => new Intl.NumberFormat(taal, { style: 'currency', currency: 'EUR' }));

/** The CLDR plural category of `n` in this language: `zero`, `one`, `two`, `few`, `many` or `other`. */
export const meervoudsvorm = (taal: Taal, n: number): Intl.LDMLPluralRule => meervoudsregels(taal).select(n);

/** Picks the form of a plural message for `n` and fills in the number, formatted for the language. */
export function meervoud(taal: Taal, vormen: Meervoud, n: number): string {
  return (vormen[meervoudsvorm(taal, n)] ?? vormen.other).replace('{n}', getal(taal).format(n));
}

/** Fills `{naam}` placeholders. Values are text; Lit renders the result as text, never as HTML. */
export function vul(tekst: string, waarden: Record<string, string>): string {
  return tekst.replace(/\{(\w+)\}/g, (geheel, naam: string) => waarden[naam] ?? geheel);
}
