import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { apiBasis, vraag, type Operatie } from './api.js';
import type { Catalogus } from './catalogus.js';
import { opmaakVoorbereid } from './opmaak.js';
import { catalogus, heeftCatalogus, laadCatalogus, richting, STANDAARDTAAL, taalVan, vul, type Taal } from './i18n.js';
import { InstelFout } from './instelling.js';
import { basisStijl } from './stijl.js';

const verbonden = new Set<SnElement>();
let taalWacht: MutationObserver | undefined;

// One observer for the whole page: a language switch on <html> or any ancestor re-resolves every element.
function volgTaal(element: SnElement, aan: boolean): void {
  if (aan) {
    verbonden.add(element);
  } else {
    verbonden.delete(element);
  }

  if (aan && !taalWacht) {
    taalWacht = new MutationObserver(() => verbonden.forEach((el) => el.werkTaalBij()));
    taalWacht.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (verbonden.size === 0 && taalWacht) {
    taalWacht.disconnect();
    taalWacht = undefined;
  }
}

/**
 * Fires `sn-<naam>` on an element: it bubbles and crosses shadow roots, so a partner's page can listen on `document`.
 * The event waits until the element shows what it announces (the texts of its language fetched, the new state
 * rendered, focus moved): a listener that reads the element sees the state the event is about.
 */
export function meld(element: HTMLElement, naam: string, detail: unknown): void {
  const stuur = () => element.dispatchEvent(new CustomEvent(`sn-${naam}`, { detail, bubbles: true, composed: true }));
  if (element instanceof SnElement) {
    void Promise.resolve(element.taalWacht)
      .then(() => element.updateComplete)
      .then(stuur);
  } else {
    stuur();
  }
}

/**
 * After this long a read counts as slow: the element says so and shows its fallback content (the partner's link) under
 * the status, while it keeps waiting for the answer.
 */
export const TRAAG_NA = 6000;

/**
 * What every Sociaal Netwerk element shares: where the API is (`api`), the language (`lang` on the element,
 * an ancestor or the document), the shadow root wrapper with `lang` and `dir`, the base styles and tokens,
 * and namespaced events. Subclasses render their content in `renderInhoud()`.
 */
export abstract class SnElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: { type: String },
    taal: { state: true, attribute: false },
    traag: { state: true, attribute: false },
  };

  static override styles = [basisStijl];

  /** Base URL of the API; defaults to the origin the script was loaded from. */
  declare api: string | undefined;

  /** The resolved language of this element. */
  declare protected taal: Taal;

  /** Whether the current read has taken longer than TRAAG_NA (see `renderTraag`). */
  declare protected traag: boolean;

  private traagWekker: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.taal = STANDAARDTAAL;
    this.traag = false;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(naam: string, oud: string | null, nieuw: string | null): void {
    super.attributeChangedCallback(naam, oud, nieuw);
    if (naam === 'lang') {
      this.werkTaalBij();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.werkTaalBij();
    volgTaal(this, true);
    if (this.onderbroken) {
      this.onderbroken = false;
      this.hervat();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    volgTaal(this, false);
    clearTimeout(this.traagWekker);
    if (this.lopend) {
      this.lopend.abort();
      this.lopend = undefined;
      this.onderbroken = true;
    }
  }

  // The element's current read (see nieuwVerzoek) and whether leaving the page broke one off.
  private lopend: AbortController | undefined;
  private onderbroken = false;

  /**
   * Starts a read of this element and gives its signal: the read before it is aborted, and so is this one when the
   * element leaves the page (moved by a CMS, a tab panel); when it comes back, `hervat()` runs. Call `verzoekKlaar`
   * when the read is over.
   */
  protected nieuwVerzoek(): AbortSignal {
    this.lopend?.abort();
    const verzoek = new AbortController();
    this.lopend = verzoek;
    clearTimeout(this.traagWekker);
    this.traag = false;
    this.traagWekker = setTimeout(() => {
      if (this.lopend === verzoek) {
        this.traag = true;
      }
    }, TRAAG_NA);
    return verzoek.signal;
  }

  protected verzoekKlaar(signaal: AbortSignal): void {
    if (this.lopend?.signal === signaal) {
      this.lopend = undefined;
      clearTimeout(this.traagWekker);
      this.traag = false;
    }
  }

  /**
   * While a slow read of what the element shows goes on (the API is busy or the connection is poor): the fallback
   * content, so the visitor has the partner's link instead of only a loading text.
   */
  protected renderTraag(): unknown {
    return this.traag && this.laadt ? html`<div class="traag"><slot></slot></div>` : nothing;
  }

  /** Runs when the element is back on the page after leaving it during a read: read again. */
  protected hervat(): void {}

  /**
   * Set while the texts of the element's language are being fetched (every language but Dutch is a separate
   * file); until then the element shows its light DOM, the fallback link.
   * @internal
   */
  taalWacht: Promise<void> | undefined;

  /** @internal */
  werkTaalBij(): void {
    const taal = taalVan(this);
    this.taal = taal;
    if (heeftCatalogus(taal)) {
      this.taalWacht = undefined;
      return;
    }

    const wacht: Promise<void> = laadCatalogus(taal).then((gelukt) => {
      if (this.taalWacht === wacht) {
        this.taalWacht = undefined;
        this.taal = gelukt ? taal : STANDAARDTAAL;
        this.requestUpdate();
      }
    });
    this.taalWacht = wacht;
    this.requestUpdate();
  }

  protected get t(): Catalogus {
    return catalogus(this.taal);
  }

  protected get apiBasis(): string {
    return apiBasis(this.api);
  }

  /**
   * A URL on the API's origin, such as an event page or a calendar feed, in the element's language: `?taal=` for any
   * language but Dutch, so the page and the calendar a visitor opens from an Arabic widget are Arabic too.
   */
  protected apiAdres(pad: string): URL {
    const adres = new URL(pad, this.apiBasis);
    if (this.taal !== STANDAARDTAAL) {
      adres.searchParams.set('taal', this.taal);
    }

    return adres;
  }

  /** A read of the API; it resolves once the formatters of the language are ready too (see `opmaakVoorbereid`). */
  protected async vraag<T>(op: Operatie<'query'>, variabelen: Record<string, unknown>, signaal?: AbortSignal): Promise<T> {
    const [antwoord] = await Promise.all([vraag<T>(this.apiBasis, op, variabelen, this.taal, signaal), opmaakVoorbereid(this.taal)]);
    return antwoord;
  }

  /**
   * The whole-number attributes of the element with the values they take (`['aantal', 1, 100]`): a value outside them,
   * or no whole number, is corrected or ignored by the element, and the web editor reads that in the console.
   */
  protected get getalAttributen(): readonly (readonly [naam: string, min: number, max: number])[] {
    return [];
  }

  protected override firstUpdated(veranderd: PropertyValues<this>): void {
    super.firstUpdated(veranderd);
    void this.controleerGetallen();
  }

  private async controleerGetallen(): Promise<void> {
    await this.taalWacht;
    for (const [attribuut, min, max] of this.getalAttributen) {
      const waarde = this.getAttribute(attribuut);
      const getal = Number(waarde);
      if (waarde !== null && !(Number.isInteger(getal) && waarde.trim() !== '' && getal >= min && getal <= max)) {
        console.warn(`<${this.localName}>: ${vul(this.t.algemeen.buitenBereik, { attribuut, waarde, min: String(min), max: String(max) })}`);
      }
    }
  }

  /**
   * The error for a wrong or missing attribute, with the message `sleutel` of `algemeen` in the element's language:
   * it waits for the texts of that language, so the web editor reads the console message in it.
   */
  protected async maakInstelFout(sleutel: 'onbekendeWaarde' | 'attribuutOntbreekt', waarden: Record<string, string>): Promise<InstelFout> {
    await this.taalWacht;
    return new InstelFout(vul(this.t.algemeen[sleutel], waarden));
  }

  protected abstract renderInhoud(): unknown;

  /**
   * Whether the element is reading what it shows (not a "meer" after it). While it is, and while the texts of its
   * language are fetched, the root has the class `laden`: each element's styles reserve its expected block size
   * there (`--sn-<element>-min-block-size`), so the page does not jump when the answer arrives (issue 15: CLS).
   */
  protected get laadt(): boolean {
    return false;
  }

  /**
   * The error state: a button that tries again (`opnieuw`; none where trying again cannot help) and the slot with
   * the element's fallback content.
   */
  protected renderFout(opnieuw?: () => void): TemplateResult {
    return html`<div part="error" class="fout">
      ${opnieuw ? html`<button part="button retry-button" type="button" @click=${opnieuw}>${this.t.algemeen.opnieuw}</button>` : nothing}
      <slot></slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    const klasse = this.taalWacht || this.laadt ? 'wortel laden' : 'wortel';
    return html`<div part="root" class=${klasse} lang=${this.taal} dir=${richting(this.taal)}>${this.taalWacht ? html`<slot></slot>` : this.renderInhoud()}</div>`;
  }
}
