import type { Taal } from './i18n.js';

/**
 * A GraphQL operation of a widget as a persisted document. Operations live in `.graphql` files next to the
 * elements; `npm run build` (scripts/documenten.mjs) writes a `<naam>.graphql.ts` module per file with one
 * `Operatie` per named operation, and the same documents to `dist/persisted-documents.json`, which GraphApi loads.
 * `id` is `sha256:<hex>` of `tekst`, exactly the text GraphApi stores; requests send the id, never the text.
 */
export interface Operatie<S extends 'query' | 'mutation' = 'query' | 'mutation'> {
  readonly naam: string;
  readonly soort: S;
  readonly id: string;
  readonly tekst: string;
}

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
   * @param apiBericht - The API's own messages, in the element's language, without the operation's name: what the web
   *   editor reads when an attribute is wrong (see shared/instelling.ts).
   */
  constructor(
    bericht: string,
    readonly codes: readonly string[] = [],
    readonly gegevens: unknown = null,
    readonly apiBericht = bericht,
  ) {
    super(bericht);
  }
}

/**
 * Runs a query as a persisted document with GET: `/graphql?documentId=sha256:…&operationName=…&variables=…`
 * (parameters in the canonical order of GraphQL over HTTP, variables as compact JSON). A GET with only
 * safelisted headers is a simple CORS request: no preflight. GraphApi answers with `Cache-Control`, an `ETag`
 * and `Vary: Accept, Accept-Language`, so the browser's HTTP cache (and a proxy) keeps the answer and
 * revalidates it with `If-None-Match`. No cookies are sent. When the API does not know the id (a page still
 * running a widget script from before a deployment), it asks once more with the text in `query`. Rejects with
 * `ApiFout` on a network, HTTP or GraphQL error, and with an `AbortError` when aborted.
 */
export async function vraag<T>(api: string, op: Operatie<'query'>, variabelen: Record<string, unknown>, taal: Taal, signaal?: AbortSignal): Promise<T> {
  const { antwoord, body: json } = await verstuur<T>(api, op, variabelen, taal, signaal, (bericht) => new ApiFout(bericht));
  const body = json ?? { errors: [{ message: `HTTP ${antwoord.status}` }] };
  if (body.errors?.length || !body.data) {
    const berichten = body.errors?.map((fout) => fout.message).join('; ') ?? 'no data';
    throw new ApiFout(`${op.naam}: ${berichten}`, body.errors?.map((fout) => fout.extensions?.code ?? '') ?? [], body.data ?? null, berichten);
  }

  return body.data;
}

interface Antwoord<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The response to a request and its parsed body (`undefined` when it is not JSON). */
interface Uitkomst<T> {
  antwoord: Response;
  body: Antwoord<T> | undefined;
}

/**
 * Sends an operation with its persisted-document id and, when the API does not know the id
 * (`PERSISTED_QUERY_NOT_FOUND`), once more with its text. Rejects with the error of `onbereikbaar` when the API
 * cannot be reached, and with an `AbortError` when aborted.
 */
async function verstuur<T>(
  api: string,
  op: Operatie,
  variabelen: Record<string, unknown>,
  taal: Taal,
  signaal: AbortSignal | undefined,
  onbereikbaar: (bericht: string) => Error,
): Promise<Uitkomst<T>> {
  const uitkomst = await verzoek<T>(api, op, 'documentId', variabelen, taal, signaal, onbereikbaar);
  return uitkomst.body?.errors?.some((fout) => fout.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')
    ? verzoek<T>(api, op, 'query', variabelen, taal, signaal, onbereikbaar)
    : uitkomst;
}

/**
 * One request with the document as its id or as its text, without cookies: a query as GET with the document in
 * the URL (cacheable), a mutation as POST with an `application/json` body (never from the cache).
 */
async function verzoek<T>(
  api: string,
  op: Operatie,
  als: 'documentId' | 'query',
  variabelen: Record<string, unknown>,
  taal: Taal,
  signaal: AbortSignal | undefined,
  onbereikbaar: (bericht: string) => Error,
): Promise<Uitkomst<T>> {
  const adres = new URL('graphql', api);
  const document = als === 'documentId' ? op.id : op.tekst;
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json', 'accept-language': taal };
  const opties: RequestInit = { headers, credentials: 'omit', signal: signaal ?? null };
  if (op.soort === 'query') {
    adres.searchParams.set(als, document);
    adres.searchParams.set('operationName', op.naam);
    if (Object.keys(variabelen).length > 0) {
      adres.searchParams.set('variables', JSON.stringify(variabelen));
    }
  } else {
    opties.method = 'POST';
    opties.headers = { 'content-type': 'application/json', ...headers };
    opties.body = JSON.stringify({ [als]: document, operationName: op.naam, variables: variabelen });
    opties.cache = 'no-store';
  }

  let antwoord: Response;
  try {
    antwoord = await fetch(adres, opties);
  } catch (fout) {
    if (signaal?.aborted) {
      throw fout;
    }

    throw onbereikbaar(`${op.naam}: ${adres.origin} is not reachable (${String(fout)})`);
  }

  return { antwoord, body: (await antwoord.json().catch(() => undefined)) as Antwoord<T> | undefined };
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

/**
 * An error of `stuur()`: `code` is the API's `extensions.code` (`UITVRAAG_NOT_OPEN`, `RATE_LIMITED` …) and
 * `netwerk` says that the request may not have arrived (no connection, or a server error), so sending it again
 * with the same idempotency key is safe and may succeed.
 */
export class StuurFout extends ApiFout {
  constructor(
    bericht: string,
    readonly code: string | undefined,
    readonly netwerk: boolean,
  ) {
    super(bericht, code ? [code] : []);
  }
}

/**
 * Runs a mutation as a persisted document with POST (`application/json` with `documentId`; CORS preflight, no
 * cookies). Like `vraag()`, it sends the text once more when the API does not know the id. Rejects with
 * `StuurFout` on a network, HTTP or GraphQL error, and with an `AbortError` when aborted.
 */
export async function stuur<T>(api: string, op: Operatie<'mutation'>, variabelen: Record<string, unknown>, taal: Taal, signaal?: AbortSignal): Promise<T> {
  const { antwoord, body } = await verstuur<T>(api, op, variabelen, taal, signaal, (bericht) => new StuurFout(bericht, undefined, true));
  if (body?.errors?.length || !body?.data) {
    const bericht = body?.errors?.map((fout) => fout.message).join('; ') ?? `HTTP ${antwoord.status}`;
    throw new StuurFout(`${op.naam}: ${bericht}`, body?.errors?.[0]?.extensions?.code, !body || antwoord.status >= 500);
  }

  return body.data;
}
