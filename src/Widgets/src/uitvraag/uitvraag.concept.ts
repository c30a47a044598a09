import type { Taal } from '../shared/i18n.js';
import type { FactorSoort, Uitvraag, Vraag } from './uitvraag.queries.js';

/** What a respondent filled in for one question. Only the fields of its type are used. */
export interface Waarde {
  tekst?: string;
  keuzes?: string[];
  getal?: number;
  /** Factors from the list, by kind. */
  HELPEND?: string[];
  REMMEND?: string[];
  /** Own factors, one per line, by kind. */
  eigenHELPEND?: string;
  eigenREMMEND?: string;
}

/** The draft of one reactie, kept in localStorage so a reload loses nothing. */
export interface Concept {
  /** The idempotency key: made once per draft, so every attempt to send this reactie is the same reactie. */
  sleutel: string;
  antwoorden: Record<string, Waarde>;
  wijk: string;
  doelgroep: string;
  toestemming: boolean;
  naam: string;
  email: string;
  telefoon: string;
}

/** A UUID v4 from `crypto.getRandomValues` (unlike `randomUUID`, also on a partner page over plain http). */
export function nieuweSleutel(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const leegConcept = (): Concept => ({ sleutel: nieuweSleutel(), antwoorden: {}, wijk: '', doelgroep: '', toestemming: false, naam: '', email: '', telefoon: '' });

const opslagSleutel = (uitvraagId: string): string => `sn-uitvraag:${uitvraagId}`;

// localStorage may be missing or throw (blocked storage, private mode, a full quota): then the draft lives only
// in memory, which still keeps the idempotency key for every retry of this page.
function opslag(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function leesConcept(uitvraagId: string): Concept {
  try {
    const bewaard = JSON.parse(opslag()?.getItem(opslagSleutel(uitvraagId)) ?? 'null') as Partial<Concept> | null;
    if (bewaard && typeof bewaard.sleutel === 'string' && bewaard.sleutel.length > 0 && bewaard.sleutel.length <= 100) {
      return { ...leegConcept(), ...bewaard, antwoorden: typeof bewaard.antwoorden === 'object' && bewaard.antwoorden ? bewaard.antwoorden : {} };
    }
  } catch {
    // an unreadable draft is no draft
  }

  return leegConcept();
}

/**
 * Saves the draft, without contact details: on a shared computer (a library, a community centre) a name, e-mail
 * address or phone number must not stay behind. They live only in memory, like the consent that goes with them.
 */
export function bewaarConcept(uitvraagId: string, concept: Concept): void {
  try {
    const { toestemming: _t, naam: _n, email: _e, telefoon: _p, ...bewaard } = concept;
    opslag()?.setItem(opslagSleutel(uitvraagId), JSON.stringify(bewaard));
  } catch {
    // see opslag()
  }
}

export function wisConcept(uitvraagId: string): void {
  try {
    opslag()?.removeItem(opslagSleutel(uitvraagId));
  } catch {
    // see opslag()
  }
}

/** Own factors: one per line, trimmed, empty lines left out. */
export const eigenFactoren = (tekst: string | undefined): string[] =>
  (tekst ?? '')
    .split('\n')
    .map((regel) => regel.trim())
    .filter(Boolean);

/** Choices that still belong to the question (a draft may be older than the uitvraag). */
const geldig = (vraag: Vraag, ids: string[] | undefined): string[] => (ids ?? []).filter((id) => vraag.opties.some((optie) => optie.id === id));

const SOORTEN: FactorSoort[] = ['HELPEND', 'REMMEND'];

/** The `AntwoordInvoer` of one question, or nothing when it was not answered. */
function antwoord(vraag: Vraag, w: Waarde | undefined): Record<string, unknown> | undefined {
  switch (vraag.type) {
    case 'OPEN_TEKST':
      return w?.tekst?.trim() ? { vraagId: vraag.id, tekst: w.tekst.trim() } : undefined;
    case 'EEN_KEUZE':
    case 'MEERDERE_KEUZES': {
      const optieIds = geldig(vraag, w?.keuzes);
      return optieIds.length > 0 ? { vraagId: vraag.id, optieIds } : undefined;
    }

    case 'SCHAAL':
      return typeof w?.getal === 'number' ? { vraagId: vraag.id, getal: w.getal } : undefined;
    default: {
      const factoren = SOORTEN.flatMap((soort) => [
        ...geldig(vraag, w?.[soort]).map((optieId) => ({ soort, optieId })),
        ...(vraag.eigenFactorenToegestaan ? eigenFactoren(w?.[`eigen${soort}`]).map((tekst) => ({ soort, tekst })) : []),
      ]);
      return factoren.length > 0 ? { vraagId: vraag.id, factoren } : undefined;
    }
  }
}

/** The `ReactieInvoer` for `reactieIndienen`. */
export function reactieInvoer(u: Uitvraag, c: Concept, taal: Taal, website: string): Record<string, unknown> {
  const contact = u.contactgegevensVragen && c.toestemming && (c.naam.trim() || c.email.trim() || c.telefoon.trim());
  return {
    uitvraagId: u.id,
    idempotentieSleutel: c.sleutel,
    taal: taal.toUpperCase(),
    antwoorden: u.vragen.map((vraag) => antwoord(vraag, c.antwoorden[vraag.id])).filter(Boolean),
    ...(u.profielvraagWijk && c.wijk ? { wijk: c.wijk } : {}),
    ...(u.profielvraagDoelgroep && u.doelgroepen.includes(c.doelgroep as never) ? { doelgroep: c.doelgroep } : {}),
    ...(contact ? { contact: { toestemming: true, naam: c.naam.trim() || null, email: c.email.trim() || null, telefoon: c.telefoon.trim() || null } } : {}),
    ...(website ? { website } : {}),
  };
}

/** A problem with one field: `veld` is the key of the field group, `code` the API's error code. */
export interface Probleem {
  veld: string;
  code: string;
  max?: number;
}

/** The key of the field group of a question: `v<index>`. */
export const vraagVeld = (index: number): string => `v${index}`;

/** Checks a draft against the questions as the API does, so most errors appear before anything is sent. */
export function controleer(u: Uitvraag, c: Concept): Probleem[] {
  const problemen: Probleem[] = [];
  u.vragen.forEach((vraag, index) => {
    const veld = vraagVeld(index);
    const w = c.antwoorden[vraag.id];
    if (!antwoord(vraag, w)) {
      if (vraag.verplicht) {
        problemen.push({ veld, code: 'REQUIRED' });
      }

      return;
    }

    if (vraag.type === 'OPEN_TEKST' && w!.tekst!.trim().length > (vraag.maxLengte ?? 2000)) {
      problemen.push({ veld, code: 'TOO_LONG', max: vraag.maxLengte ?? 2000 });
    } else if (vraag.type === 'MEERDERE_KEUZES' && vraag.maxKeuzes && geldig(vraag, w?.keuzes).length > vraag.maxKeuzes) {
      problemen.push({ veld, code: 'TOO_MANY_CHOICES', max: vraag.maxKeuzes });
    } else if (vraag.type === 'FACTOREN') {
      const eigen = SOORTEN.map((soort) => eigenFactoren(w?.[`eigen${soort}`]));
      const aantallen = SOORTEN.map((soort, i) => geldig(vraag, w?.[soort]).length + new Set(eigen[i]!.map((f) => f.toLocaleLowerCase())).size);
      if (eigen.flat().some((f) => f.length > 200)) {
        problemen.push({ veld, code: 'TOO_LONG', max: 200 });
      } else if (vraag.maxKeuzes && aantallen.some((aantal) => aantal > vraag.maxKeuzes!)) {
        problemen.push({ veld, code: 'TOO_MANY_FACTORS', max: vraag.maxKeuzes });
      }
    }
  });

  if (u.contactgegevensVragen && c.toestemming) {
    if (!c.naam.trim() && !c.email.trim() && !c.telefoon.trim()) {
      problemen.push({ veld: 'contact', code: 'CONTACT_EMPTY' });
    }

    for (const veld of ['naam', 'email', 'telefoon'] as const) {
      if (c[veld].trim().length > 200) {
        problemen.push({ veld, code: 'TOO_LONG', max: 200 });
      }
    }

    if (c.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim())) {
      problemen.push({ veld: 'email', code: 'INVALID_EMAIL' });
    }
  }

  return problemen;
}
