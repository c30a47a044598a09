import type { Taal } from './i18n.js';

/**
 * A GraphQL operation of a widget. Today the text travels in the URL of a GET request; when the API
 * accepts persisted documents, the build adds `id` (`sha256:<hex>` of `tekst`) and `vraag` sends
 * `documentId` instead, so the operations stay in this one place.
 */
export interface Operatie {
  readonly naam: string;
  readonly tekst: string;
}

/** Declares an operation; whitespace is collapsed so the GET URL stays short. */
export const operatie = (naam: string, tekst: string): Operatie => ({ naam, tekst: tekst.replace(/\s+/g, ' ').trim() });

// Read into a variable so the bundler leaves it alone: it is where the partner's page loaded us from.
const scriptAdres = import.meta.url;

/** The API's base URL: the script lives at `<api>/widgets/<versie>/sociaal-netwerk.js`. */
export const standaardApi = (): string => new URL('../../', scriptAdres).href;

/** The base URL from an `api` attribute (absolute or relative to the page), always ending in `/`. */
export function apiBasis(attribuut: string | null | undefined): string {
  const basis = attribuut?.trim() ? new URL(attribuut.trim(), document.baseURI).href : standaardApi();
  return basis.endsWith('/') ? basis : `${basis}/`;
}

export class ApiFout extends Error {
  override name = 'ApiFout';

  /**
   * @param codes - The `extensions.code` of each GraphQL error, such as `RESULTS_NOT_PUBLISHED`.
   * @param gegevens - The partial `data` that came with the errors, if any.
   */
  constructor(
    bericht: string,
    readonly codes: readonly string[] = [],
    readonly gegevens: unknown = null,
  ) {
    super(bericht);
  }
}

/**
 * Runs a query with GET (GraphQL over HTTP). A GET with only safelisted headers is a simple CORS request:
 * no preflight, and cacheable by browsers and proxies once the API sends cache headers. No cookies are
 * sent. Rejects with `ApiFout` on a network, HTTP or GraphQL error, and with an `AbortError` when aborted.
 */
export async function vraag<T>(api: string, op: Operatie, variabelen: Record<string, unknown>, taal: Taal, signaal?: AbortSignal): Promise<T> {
  const adres = new URL('graphql', api);
  adres.searchParams.set('query', op.tekst);
  adres.searchParams.set('operationName', op.naam);
  if (Object.keys(variabelen).length > 0) {
    adres.searchParams.set('variables', JSON.stringify(variabelen));
  }

  let antwoord: Response;
  try {
    antwoord = await fetch(adres, {
      headers: { accept: 'application/graphql-response+json, application/json', 'accept-language': taal },
      credentials: 'omit',
      signal: signaal ?? null,
    });
  } catch (fout) {
    if (signaal?.aborted) {
      throw fout;
    }

    throw new ApiFout(`${op.naam}: ${adres.origin} is not reachable (${String(fout)})`);
  }

  const body = (await antwoord.json().catch(() => undefined)) as
    | { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }
    | undefined;
  if (body?.errors?.length || !body?.data) {
    throw new ApiFout(
      `${op.naam}: ${body?.errors?.map((fout) => fout.message).join('; ') ?? `HTTP ${antwoord.status}`}`,
      body?.errors?.map((fout) => fout.extensions?.code ?? '') ?? [],
      body?.data ?? null,
    );
  }

  return body.data;
}

/** Only web links from partner data become `href`s: no `javascript:` or `data:` URLs. */
export function webLink(adres: string | null | undefined): string | undefined {
  if (!adres) {
    return undefined;
  }

  try {
    const url = new URL(adres);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The `webcal:` form of an http(s) URL, which calendar apps open as a subscription. */
export const webcal = (url: URL): string => `webcal:${url.href.slice(url.protocol.length)}`;

/** A `mailto:` link for an address from partner data, or nothing when it does not look like one. */
export const mailLink = (adres: string | null | undefined): string | undefined =>
  adres && /^[^\s@<>"':/]+@[^\s@<>"':/]+$/.test(adres.trim()) ? `mailto:${adres.trim()}` : undefined;

/** A `tel:` link: only digits and a leading plus. */
export function belLink(nummer: string | null | undefined): string | undefined {
  const cijfers = nummer?.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return cijfers && cijfers.replace('+', '').length >= 3 ? `tel:${cijfers}` : undefined;
}
