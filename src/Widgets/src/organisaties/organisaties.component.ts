import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { belLink, mailLink, webLink } from '../shared/api.js';
import { code, waarden } from '../shared/attribuut.js';
import { ORGANISATIE_SOORTEN, THEMAS } from '../shared/catalogus.js';
import { SnFilterLijstElement } from '../shared/filters.js';
import { nederlands } from '../shared/i18n.js';
import { onbekendeCode } from '../shared/instelling.js';
import { type LijstTeksten, type Pagina } from '../shared/lijst.js';
import { activiteitNl } from '../shared/locales/nl/activiteit.js';
import { agendaNl } from '../shared/locales/nl/agenda.js';
import { organisatiesNl } from '../shared/locales/nl/organisaties.js';
import { kop, namen } from '../shared/opmaak.js';
import { ORGANISATIES, type Organisatie, type OrganisatiesAntwoord } from './organisaties.queries.js';
import { organisatiesStijl } from './organisaties.styles.js';

// The filter bar's labels are the agenda's; a theme and a website are labelled as on an activity.
nederlands({ organisaties: organisatiesNl, agenda: agendaNl, activiteit: activiteitNl });

const FILTERATTRIBUTEN = ['wijk', 'thema', 'soort', 'netwerk', 'zoekterm', 'aantal'] as const;
const KORT = 240;

/** The first sentences of a long description, cut at a word: the card stays short, the website has the rest. */
function kort(tekst: string): string {
  if (tekst.length <= KORT) {
    return tekst;
  }

  const stuk = tekst.slice(0, KORT);
  return `${stuk.slice(0, Math.max(stuk.lastIndexOf(' '), KORT / 2)).trimEnd()}…`;
}

/**
 * The sociale kaart: organisations of Zoetermeer's social network by wijk and thema, with a search form. Each
 * card shows the name, kind, a short description, the wijken and thema's, the address and how to get in touch.
 *
 * @tagname sn-organisaties
 * @summary The sociale kaart: organisations by wijk, thema, soort or netwerk, with search.
 *
 * @attr {string} api - Base URL of the Sociaal Netwerk API. Default: where the script was loaded from.
 * @attr {string} wijk - Slugs of wijken, separated by commas or spaces, e.g. `oosterheem,seghwaert`: organisations active there.
 * @attr {string} thema - Thema codes, e.g. `mantelzorg` (or `MANTELZORG`).
 * @attr {string} soort - Kinds of organisation, e.g. `welzijn,vrijwilligersorganisatie`.
 * @attr {string} netwerk - Ids of netwerken: their members.
 * @attr {string} zoekterm - A search word to start with; searches names and descriptions, ignoring case and accents.
 * @attr {number} aantal - Organisations per page, 1 to 100. Default 10.
 * @attr {boolean} filters - Shows a search form (search word, wijk and thema) above the list.
 * @attr {number} kopniveau - Heading level of the organisation names (1–6). Default 2.
 * @attr {string} lang - Language: nl, en, ar, tr, uk or pl. Default: the nearest `lang` on the page, else Dutch.
 *
 * @fires sn-geladen - A page of organisations arrived. `detail: { aantal, totaal }`.
 * @fires sn-fout - The organisations could not be loaded. `detail: { fout }`.
 *
 * @slot - Fallback content, normally a link to the sociale kaart: shown before the script runs, without JavaScript, and when loading fails.
 *
 * @csspart root - The wrapper of everything inside the element (carries `lang` and `dir`).
 * @csspart filters - The search form.
 * @csspart status - The live region with the loading state and the number of results.
 * @csspart empty - The hint shown when nothing was found.
 * @csspart error - The error box with the retry button and the fallback slot.
 * @csspart list - The list of organisations.
 * @csspart item - One organisation.
 * @csspart title - The name of an organisation.
 * @csspart kind - The kind of organisation ("Welzijn").
 * @csspart description - The short description.
 * @csspart details - Wijken, thema's, address and contact.
 * @csspart badge - A thema.
 * @csspart website-link - The link to the organisation's website.
 * @csspart button - Every button.
 * @csspart search-button - The search button.
 * @csspart more-button - The "show more" button.
 * @csspart retry-button - The "try again" button.
 */
export class OrganisatiesElement extends SnFilterLijstElement<Organisatie> {
  static override properties: PropertyDeclarations = {
    soort: { type: String },
    zoekterm: { type: String },
    gekozenZoekterm: { state: true, attribute: false },
  };

  static override styles = [...SnFilterLijstElement.styles, organisatiesStijl];

  declare soort: string | undefined;
  declare zoekterm: string | undefined;

  declare private gekozenZoekterm: string;

  constructor() {
    super();
    this.gekozenZoekterm = '';
  }

  protected override get lijstTeksten(): LijstTeksten {
    return this.t.organisaties;
  }

  protected override get focusDoel(): string {
    return '[part="item"]';
  }

  // The first page also brings the wijken (for the filter bar and "Heel Zoetermeer").
  protected override async haalPagina(na: string | null, signaal: AbortSignal): Promise<Pagina<Organisatie>> {
    // An unknown thema or soort is the web editor's typo: said in the element's language, with the values it takes.
    const onbekend = onbekendeCode('thema', this.filters ? this.gekozenThema : this.thema, THEMAS) ?? onbekendeCode('soort', this.soort, ORGANISATIE_SOORTEN);
    if (onbekend) {
      throw await this.maakInstelFout('onbekendeWaarde', onbekend);
    }

    const variabelen = { filter: this.filter, first: this.paginagrootte, metWijken: this.wijken.length === 0, ...(na ? { after: na } : {}) };
    const antwoord = await this.vraag<OrganisatiesAntwoord>(ORGANISATIES, variabelen, signaal);
    this.wijken = antwoord.wijken ?? this.wijken;
    return antwoord.organisaties;
  }

  protected override renderBoven(): unknown {
    return this.filters ? this.renderFilters() : nothing;
  }

  protected override renderItems(): TemplateResult {
    return html`<ul part="list" class="lijst" role="list">
      ${this.getoond.map((organisatie) => this.renderOrganisatie(organisatie))}
    </ul>`;
  }

  protected override willUpdate(veranderd: PropertyValues<this>): void {
    if (veranderd.has('wijk') || veranderd.has('thema') || veranderd.has('zoekterm')) {
      this.neemKeuzeOver();
      this.gekozenZoekterm = this.zoekterm?.trim() ?? '';
    }

    if (FILTERATTRIBUTEN.some((naam) => veranderd.has(naam)) || veranderd.has('api')) {
      void this.laad();
    }
  }

  /** The `OrganisatieFilter` of the API: the search form's choice where it has one, else the attributes. */
  private get filter(): Record<string, unknown> {
    const filter: Record<string, unknown> = {};
    const zet = (veld: string, lijst: string[]): void => {
      if (lijst.length > 0) {
        filter[veld] = lijst;
      }
    };

    zet('wijken', waarden(this.filters ? this.gekozenWijk : this.wijk).map((slug) => slug.toLowerCase()));
    zet('themas', waarden(this.filters ? this.gekozenThema : this.thema).map(code));
    zet('soorten', waarden(this.soort).map(code));
    zet('netwerken', waarden(this.netwerk));
    const zoekterm = (this.filters ? this.gekozenZoekterm : this.zoekterm)?.trim();
    if (zoekterm) {
      filter.zoekterm = zoekterm;
    }

    return filter;
  }

  /** Takes the whole form: a changed list also applies a search word that was typed but not yet submitted. */
  private kies(event: Event): void {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const veld = (naam: string): string => (form.elements.namedItem(naam) as HTMLInputElement | HTMLSelectElement).value;
    this.gekozenZoekterm = veld('zoekterm').trim();
    this.gekozenWijk = veld('wijk');
    this.gekozenThema = veld('thema');
    void this.laad();
  }

  private renderFilters(): TemplateResult {
    const t = this.t;
    const o = t.organisaties;
    return html`
      <form part="filters" class="filters" role="search" aria-label=${o.zoeken} @submit=${this.kies}>
        <div class="veld zoekveld">
          <label for="zoekterm">${o.zoekterm}</label>
          <input id="zoekterm" name="zoekterm" type="search" autocomplete="off" .value=${this.gekozenZoekterm} />
        </div>
        ${this.renderWijkKeuze(this.kies)} ${this.renderThemaKeuze(this.kies)}
        <div class="knop">
          <button part="button search-button" type="submit">${o.zoekknop}</button>
        </div>
      </form>
    `;
  }

  private renderOrganisatie(org: Organisatie): TemplateResult {
    const t = this.t;
    const o = t.organisaties;
    const site = webLink(org.website);
    const mail = mailLink(org.email);
    const bel = belLink(org.telefoon);
    const overal = this.wijken.length > 0 && org.wijken.length >= this.wijken.length;
    const rij = (label: string, inhoud: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${inhoud}</dd></div>`;
    const plaats = [org.adres?.postcode, org.adres?.plaats].filter(Boolean).join(' ');

    // tabindex="-1": "show more" moves focus to the first new organisation.
    return html`<li part="item" class="item" tabindex="-1">
      ${kop(this.kopniveau, html`<bdi>${org.naam}</bdi>`, 'title')}
      <p part="kind" class="soort">${t.woorden.organisatieSoorten[org.soort] ?? org.soort}</p>
      ${org.omschrijving ? html`<p part="description" class="omschrijving" dir="auto">${kort(org.omschrijving)}</p>` : nothing}
      <dl part="details" class="details">
        ${org.wijken.length > 0 ? rij(o.wijken, overal ? o.heelZoetermeer : namen(this.taal, org.wijken.map((wijk) => wijk.naam))) : nothing}
        ${org.themas.length > 0
          ? rij(
              t.activiteit.themas,
              html`<ul class="kenmerken" role="list">
                ${org.themas.map((thema) => html`<li part="badge" class="kenmerk">${t.woorden.themas[thema] ?? thema}</li>`)}
              </ul>`,
            )
          : nothing}
        ${org.adres ? rij(o.adres, html`<bdi>${org.adres.straat}</bdi>${plaats ? html`, <bdi>${plaats}</bdi>` : nothing}`) : nothing}
        ${site ? rij(t.activiteit.website, html`<a part="website-link" href=${site}><bdi>${new URL(site).host}</bdi></a>`) : nothing}
        ${mail ? rij(o.email, html`<a href=${mail}><bdi>${org.email}</bdi></a>`) : nothing}
        ${bel ? rij(o.telefoon, html`<a href=${bel}><bdi>${org.telefoon}</bdi></a>`) : nothing}
      </dl>
    </li>`;
  }
}
