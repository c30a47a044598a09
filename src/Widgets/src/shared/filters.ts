import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { code, extraKeuze, waarden } from './attribuut.js';
import { THEMAS, type Thema } from './catalogus.js';
import { lijst } from './i18n.js';
import { SnLijstElement } from './lijst.js';
import type { WijkenAntwoord } from './wijken.js';

/**
 * What the lists with a filter bar share (`sn-agenda`, `sn-organisaties`): the attributes `wijk`, `thema`,
 * `netwerk`, `filters` and `kopniveau`, the wijken the bar offers, the bar's choice (the attributes' until the
 * visitor chooses), and the bar's lists of wijken and thema's. Subclasses handle a choice and build the filter.
 */
export abstract class SnFilterLijstElement<T> extends SnLijstElement<T> {
  static override properties: PropertyDeclarations = {
    wijk: { type: String },
    thema: { type: String },
    netwerk: { type: String },
    filters: { type: Boolean },
    kopniveau: { type: Number },
    wijken: { state: true, attribute: false },
    gekozenWijk: { state: true, attribute: false },
    gekozenThema: { state: true, attribute: false },
  };

  declare wijk: string | undefined;
  declare thema: string | undefined;
  declare netwerk: string | undefined;
  declare filters: boolean;
  declare kopniveau: number;

  declare protected wijken: WijkenAntwoord['wijken'];
  declare protected gekozenWijk: string;
  declare protected gekozenThema: string;

  constructor() {
    super();
    this.filters = false;
    this.kopniveau = 2;
    this.wijken = [];
    this.gekozenWijk = '';
    this.gekozenThema = '';
  }

  /** `kopniveau` of the headings of the items; `sn-agenda` has one level more under it (its day headings), see there. */
  protected override get getalAttributen(): readonly (readonly [string, number, number])[] {
    return [...super.getalAttributen, ['kopniveau', 1, 6]];
  }

  protected override get heeftKeuze(): boolean {
    return this.filters;
  }

  /** The bar's choice starts again from the attributes (when they change). */
  protected neemKeuzeOver(): void {
    this.gekozenWijk = this.wijk?.trim() ?? '';
    this.gekozenThema = this.thema?.trim() ?? '';
  }

  /** The bar's list of wijken; `kies` handles a change. */
  protected renderWijkKeuze(kies: (event: Event) => void): TemplateResult {
    const t = this.t.agenda;
    const wijken = new Map<string, string>(this.wijken.map((wijk) => [wijk.slug, wijk.naam]));
    const extra = extraKeuze(this.gekozenWijk, wijken.keys());
    return html`<div class="veld">
      <label for="wijk">${t.wijk}</label>
      <select id="wijk" name="wijk" @change=${kies}>
        <option value="" ?selected=${!this.gekozenWijk}>${t.alleWijken}</option>
        ${extra
          ? html`<option value=${extra} selected>${lijst(this.taal).format(waarden(extra).map((slug) => wijken.get(slug) ?? slug))}</option>`
          : nothing}
        ${[...wijken].map(([slug, naam]) => html`<option value=${slug} ?selected=${slug === this.gekozenWijk}>${naam}</option>`)}
      </select>
    </div>`;
  }

  /** The bar's list of thema's; `kies` handles a change. */
  protected renderThemaKeuze(kies: (event: Event) => void): TemplateResult {
    const t = this.t;
    const gekozen = waarden(this.gekozenThema).map(code).join(',');
    const extra = extraKeuze(gekozen, THEMAS);
    return html`<div class="veld">
      <label for="thema">${t.agenda.thema}</label>
      <select id="thema" name="thema" @change=${kies}>
        <option value="" ?selected=${!gekozen}>${t.agenda.alleThemas}</option>
        ${extra
          ? html`<option value=${extra} selected>${lijst(this.taal).format(extra.split(',').map((thema) => t.woorden.themas[thema as Thema] ?? thema))}</option>`
          : nothing}
        ${THEMAS.map((thema) => html`<option value=${thema} ?selected=${thema === gekozen}>${t.woorden.themas[thema]}</option>`)}
      </select>
    </div>`;
  }
}
