import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LijstTeksten } from './catalogus.js';
import { meld, SnElement } from './element.js';
import { meervoud } from './i18n.js';
import { instelBericht, isInstelFout } from './instelling.js';
import { volgendeTaak } from './opmaak.js';
import { lijstStijl } from './stijl.js';

type Toestand = 'laden' | 'klaar' | 'fout';

/**
 * How many items of a page the first render shows: about a phone's screenful. The rest follows in later tasks, in
 * steps that double (5, 10, 20 …), so no single task renders a whole page of up to 100 items (issue 15: main-thread
 * blocking on a phone). `sn-geladen` and `updateComplete` wait until every item is shown.
 */
export const EERSTE_DEEL = 5;
export type { LijstTeksten };

type Melding = { soort: 'laden' | 'gevonden' | 'fout' | 'instelFout' | 'meerBezig' | 'meerFout' } | { soort: 'erbij'; aantal: number };

/** One page of a GraphQL connection. */
export interface Pagina<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}


/**
 * What the paged lists (`sn-agenda`, `sn-organisaties`) share: `aantal` per page, a status line that is read out,
 * the error state with retry and the fallback link, the empty state, "meer" that loads the next page after the
 * cursor and moves focus to the first new item, and `sn-geladen` `{ aantal, totaal }` / `sn-fout`. Subclasses
 * fetch a page, render the items and what goes above (filters) and below them.
 */
export abstract class SnLijstElement<T> extends SnElement {
  static override properties: PropertyDeclarations = {
    aantal: { type: Number },
    toestand: { state: true, attribute: false },
    items: { state: true, attribute: false },
    totaal: { state: true, attribute: false },
    volgende: { state: true, attribute: false },
    melding: { state: true, attribute: false },
    zichtbaar: { state: true, attribute: false },
  };

  static override styles = [...SnElement.styles, lijstStijl];

  /** How many items per page (1 to 100, default 10). */
  declare aantal: number;

  declare protected toestand: Toestand;
  declare protected items: T[];
  declare protected totaal: number;
  declare private volgende: string | null;
  declare private melding: Melding;
  /** How many of `items` are rendered so far (see EERSTE_DEEL). */
  declare private zichtbaar: number;

  private focusNaMeer = -1;
  // Shows the rest of the items in later tasks; set while it runs.
  private rest: Promise<void> | undefined;

  constructor() {
    super();
    this.aantal = 10;
    this.toestand = 'laden';
    this.items = [];
    this.totaal = 0;
    this.volgende = null;
    this.melding = { soort: 'laden' };
    this.zichtbaar = 0;
  }

  /** The items to render: the first ones of `items`, all of them once the rest has followed (see EERSTE_DEEL). */
  protected get getoond(): T[] {
    return this.zichtbaar < this.items.length ? this.items.slice(0, this.zichtbaar) : this.items;
  }

  /** Also waits until every item is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let klaar = await super.getUpdateComplete();
    while (this.rest) {
      await this.rest;
      klaar = await super.getUpdateComplete();
    }

    return klaar;
  }

  /** Shows up to EERSTE_DEEL items from `begin` now, and the rest in later tasks. */
  private toonVanaf(begin: number): void {
    this.zichtbaar = Math.min(this.items.length, begin + EERSTE_DEEL);
    if (this.rest || this.zichtbaar >= this.items.length) {
      return;
    }

    this.rest = (async () => {
      let stap = EERSTE_DEEL;
      while (this.zichtbaar < this.items.length) {
        await volgendeTaak();
        this.zichtbaar = Math.min(this.items.length, this.zichtbaar + stap);
        stap *= 2;
      }

      this.rest = undefined;
    })();
  }

  /** One page of items, after the cursor `na` when loading more. */
  protected abstract haalPagina(na: string | null, signaal: AbortSignal): Promise<Pagina<T>>;

  protected abstract get lijstTeksten(): LijstTeksten;

  /** The element that takes focus for each item after "meer" (the first new one gets it). */
  protected abstract get focusDoel(): string;

  protected abstract renderItems(): unknown;

  /** Whether the visitor can choose what the list shows (a filter bar): the empty state then suggests another choice. */
  protected get heeftKeuze(): boolean {
    return false;
  }

  /** Above the status line, such as a filter bar. */
  protected renderBoven(): unknown {
    return nothing;
  }

  /** Below the list and the "meer" button. */
  protected renderOnder(): unknown {
    return nothing;
  }

  protected override get laadt(): boolean {
    return this.toestand === 'laden';
  }

  protected override get getalAttributen(): readonly (readonly [string, number, number])[] {
    return [['aantal', 1, 100]];
  }

  protected get paginagrootte(): number {
    return Math.min(Math.max(Math.trunc(this.aantal) || 10, 1), 100);
  }

  protected override hervat(): void {
    void this.laad();
  }

  protected override updated(veranderd: PropertyValues<this>): void {
    super.updated(veranderd);
    if (this.focusNaMeer >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>(this.focusDoel)[this.focusNaMeer]?.focus();
      this.focusNaMeer = -1;
    }
  }

  /** Loads the first page (the list starts again) or, with `meer`, the next one. */
  protected async laad(meer = false): Promise<void> {
    const signaal = this.nieuwVerzoek();
    if (meer) {
      this.melding = { soort: 'meerBezig' };
    } else {
      this.toestand = 'laden';
      this.items = [];
      this.volgende = null;
      this.melding = { soort: 'laden' };
    }

    try {
      const pagina = await this.haalPagina(meer ? this.volgende : null, signaal);
      const eerderGeladen = meer ? this.items.length : 0;
      const focusHad = meer && this.renderRoot.querySelector('[part~="more-button"]') === (this.renderRoot as ShadowRoot).activeElement;
      this.items = meer ? [...this.items, ...pagina.nodes] : pagina.nodes;
      this.toonVanaf(eerderGeladen);
      this.totaal = pagina.totalCount;
      this.volgende = pagina.pageInfo.hasNextPage ? pagina.pageInfo.endCursor : null;
      this.toestand = 'klaar';
      this.melding = meer ? { soort: 'erbij', aantal: pagina.nodes.length } : { soort: 'gevonden' };
      if (focusHad && pagina.nodes.length > 0) {
        this.focusNaMeer = eerderGeladen;
      }

      meld(this, 'geladen', { aantal: this.items.length, totaal: this.totaal });
    } catch (fout) {
      if (signaal.aborted) {
        return;
      }

      // A wrong attribute is the web editor's to fix: an error in the console with what is wrong, and no retry.
      const instelling = !meer && isInstelFout(fout);
      if (instelling) {
        console.error(`<${this.localName}>: ${instelBericht(fout)}`);
      } else {
        console.warn(`<${this.localName}>:`, fout);
      }

      if (meer) {
        this.melding = { soort: 'meerFout' };
      } else {
        this.toestand = 'fout';
        this.melding = { soort: instelling ? 'instelFout' : 'fout' };
      }

      meld(this, 'fout', { fout: String(fout) });
    } finally {
      this.verzoekKlaar(signaal);
    }
  }

  protected override renderInhoud(): TemplateResult {
    const t = this.lijstTeksten;
    return html`
      ${this.renderBoven()}
      <p part="status" class="status" role="status">${this.meldingTekst(t)}</p>
      ${this.renderTraag()}
      ${this.toestand === 'fout' ? this.renderFout(this.melding.soort === 'instelFout' ? undefined : () => void this.laad()) : nothing}
      ${this.toestand === 'klaar' && this.items.length === 0 ? html`<p part="empty" class="leeg">${this.heeftKeuze ? t.leegHint : t.leegHintVast}</p>` : nothing}
      ${this.items.length > 0 ? this.renderItems() : nothing}
      ${this.volgende
        ? html`<p class="meer">
            <button
              part="button more-button"
              type="button"
              aria-disabled=${this.melding.soort === 'meerBezig' ? 'true' : 'false'}
              @click=${() => this.melding.soort !== 'meerBezig' && void this.laad(true)}
            >
              ${t.meerLaden}
            </button>
          </p>`
        : nothing}
      ${this.renderOnder()}
    `;
  }

  private meldingTekst(t: LijstTeksten): string {
    switch (this.melding.soort) {
      case 'laden':
        return this.traag ? this.t.algemeen.traag : t.laden;
      case 'gevonden':
        return this.totaal === 0 ? t.leeg : meervoud(this.taal, t.gevonden, this.totaal);
      case 'erbij':
        return meervoud(this.taal, t.erbijGeladen, this.melding.aantal);
      case 'meerBezig':
        return t.meerLadenBezig;
      case 'fout':
      case 'meerFout':
        return t.fout;
      case 'instelFout':
        return t.instelFout;
    }
  }
}
