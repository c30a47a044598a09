import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { webcal } from '../shared/api.js';
import { SnFilterLijstElement } from '../shared/filters.js';
import { type LijstTeksten, type Pagina } from '../shared/lijst.js';
import { DOELGROEPEN, THEMAS } from '../shared/catalogus.js';
import { nederlands, vul } from '../shared/i18n.js';
import { onbekendeCode } from '../shared/instelling.js';
import { agendaNl } from '../shared/locales/nl/agenda.js';
import { kenmerken, kop, kostenTekst, namen, statusTekst } from '../shared/opmaak.js';
import { dagSleutel, datumLang, tijdvak, verschuif } from '../shared/tijd.js';
import { WIJKEN, type WijkenAntwoord } from '../shared/wijken.js';
import { agendaFilter, feedParameters, type AgendaKeuze } from './agenda.filter.js';
import { AGENDA, type AgendaAntwoord, type AgendaItem } from './agenda.queries.js';
import { agendaStijl } from './agenda.styles.js';

nederlands({ agenda: agendaNl });

const FILTERATTRIBUTEN = ['wijk', 'thema', 'doelgroep', 'organisatie', 'netwerk', 'periode', 'aantal'] as const;

/**
 * The shared agenda of Zoetermeer's social network: activities grouped by day, with place, organiser, cost
 * and accessibility, a link to each activity's page and its calendar file, "show more" paging and a
 * calendar subscription for the same choice.
 *
 * @tagname sn-agenda
 * @summary The shared agenda, filtered by wijk, thema, doelgroep, organisatie or netwerk.
 *
 * @attr {string} api - Base URL of the Sociaal Netwerk API. Default: where the script was loaded from.
 * @attr {string} wijk - Slugs of wijken, separated by commas or spaces, e.g. `oosterheem,seghwaert`.
 * @attr {string} thema - Thema codes, e.g. `eenzaamheid-en-ontmoeting` (or `EENZAAMHEID_EN_ONTMOETING`).
 * @attr {string} doelgroep - Doelgroep codes, e.g. `ouderen`.
 * @attr {string} organisatie - Ids of organisaties: activities they (co-)organise.
 * @attr {string} netwerk - Ids of netwerken.
 * @attr {number} aantal - Activities per page, 1 to 100. Default 10.
 * @attr {string} periode - `vandaag`, `week`, `maand` or a number of days (1–366), counted from today in Zoetermeer by the API. Default: everything from now. An invalid value shows the error state.
 * @attr {boolean} filters - Shows a filter bar (wijk and thema) above the agenda.
 * @attr {number} kopniveau - Heading level of the day headings (1–5); activity titles are one level lower. Default 2.
 * @attr {string} lang - Language: nl, en, ar, tr, uk or pl. Default: the nearest `lang` on the page, else Dutch.
 *
 * @fires sn-geladen - A page of activities arrived. `detail: { aantal, totaal }`.
 * @fires sn-fout - The agenda could not be loaded. `detail: { fout }`.
 *
 * @slot - Fallback content, normally a link to the agenda: shown before the script runs, without JavaScript, and when loading fails.
 *
 * @csspart root - The wrapper of everything inside the element (carries `lang` and `dir`).
 * @csspart filters - The filter bar (a form).
 * @csspart status - The live region with the loading state and the number of results.
 * @csspart empty - The hint shown when nothing was found.
 * @csspart error - The error box with the retry button and the fallback slot.
 * @csspart days - The list of days.
 * @csspart day - One day: its heading and its activities.
 * @csspart day-heading - The heading of a day.
 * @csspart list - The list of activities of one day.
 * @csspart item - One activity.
 * @csspart title - The heading of an activity.
 * @csspart title-link - The link to the activity's page.
 * @csspart time - The start and end time.
 * @csspart details - The place, organiser, cost and accessibility.
 * @csspart badge - An accessibility feature or a status such as "Gaat niet door".
 * @csspart calendar-link - The "add to my calendar" link.
 * @csspart button - Every button.
 * @csspart more-button - The "show more" button.
 * @csspart subscribe-link - The calendar subscription link.
 */
export class AgendaElement extends SnFilterLijstElement<AgendaItem> {
  static override properties: PropertyDeclarations = {
    doelgroep: { type: String },
    organisatie: { type: String },
    periode: { type: String },
  };

  static override styles = [...SnFilterLijstElement.styles, agendaStijl];

  declare doelgroep: string | undefined;
  declare organisatie: string | undefined;
  declare periode: string | undefined;

  // The day headings at `kopniveau`, the activities one level lower: at most 5.
  protected override get getalAttributen(): readonly (readonly [string, number, number])[] {
    return [['aantal', 1, 100], ['kopniveau', 1, 5]];
  }

  protected override get lijstTeksten(): LijstTeksten {
    return this.t.agenda;
  }

  protected override get focusDoel(): string {
    return '[part="title-link"]';
  }

  protected override async haalPagina(na: string | null, signaal: AbortSignal): Promise<Pagina<AgendaItem>> {
    // An unknown thema or doelgroep is the web editor's typo: said here, in the element's language, with the values
    // it takes, instead of the API's message about a GraphQL variable.
    const onbekend = onbekendeCode('thema', this.keuze.thema, THEMAS) ?? onbekendeCode('doelgroep', this.keuze.doelgroep, DOELGROEPEN);
    if (onbekend) {
      throw await this.maakInstelFout('onbekendeWaarde', onbekend);
    }

    const variabelen = { filter: agendaFilter(this.keuze), first: this.paginagrootte, ...(na ? { after: na } : {}) };
    return (await this.vraag<AgendaAntwoord>(AGENDA, variabelen, signaal)).agenda;
  }

  protected override renderBoven(): unknown {
    return this.filters ? this.renderFilters() : nothing;
  }

  protected override renderItems(): TemplateResult {
    return this.renderDagen();
  }

  protected override renderOnder(): unknown {
    return this.toestand === 'klaar' ? this.renderAbonneren() : nothing;
  }

  protected override willUpdate(veranderd: PropertyValues<this>): void {
    if (veranderd.has('wijk') || veranderd.has('thema')) {
      this.neemKeuzeOver();
    }

    if (FILTERATTRIBUTEN.some((naam) => veranderd.has(naam)) || veranderd.has('api')) {
      void this.laad();
    }

    if (veranderd.has('filters') && this.filters && this.wijken.length === 0) {
      void this.laadWijken();
    }
  }

  /** What the agenda shows: the filter bar's choice where it has one, else the attributes. */
  private get keuze(): AgendaKeuze {
    return {
      wijk: this.filters ? this.gekozenWijk : this.wijk,
      thema: this.filters ? this.gekozenThema : this.thema,
      doelgroep: this.doelgroep,
      organisatie: this.organisatie,
      netwerk: this.netwerk,
      periode: this.periode,
    };
  }

  private async laadWijken(): Promise<void> {
    try {
      this.wijken = (await this.vraag<WijkenAntwoord>(WIJKEN, {})).wijken;
    } catch (fout) {
      // The agenda itself reports the error; without the list the wijk choice shows only "Alle wijken".
      console.warn('<sn-agenda>:', fout);
    }
  }

  private kiesWijk(event: Event): void {
    this.gekozenWijk = (event.target as HTMLSelectElement).value;
    void this.laad();
  }

  private kiesThema(event: Event): void {
    this.gekozenThema = (event.target as HTMLSelectElement).value;
    void this.laad();
  }

  private renderFilters(): TemplateResult {
    return html`
      <form part="filters" class="filters" @submit=${(event: Event) => event.preventDefault()}>
        <fieldset>
          <legend>${this.t.agenda.filters}</legend>
          ${this.renderWijkKeuze(this.kiesWijk)} ${this.renderThemaKeuze(this.kiesThema)}
        </fieldset>
      </form>
    `;
  }

  private renderDagen(): TemplateResult {
    const perDag = new Map<string, AgendaItem[]>();
    for (const item of this.getoond) {
      const sleutel = dagSleutel(new Date(item.start));
      const dag = perDag.get(sleutel);
      if (dag) {
        dag.push(item);
      } else {
        perDag.set(sleutel, [item]);
      }
    }

    return html`<div part="days" class="dagen">
      ${[...perDag].map(
        ([sleutel, items]) => html`<div part="day" class="dag">
          ${kop(this.kopniveau, this.dagTitel(sleutel, new Date(items[0]!.start)), 'day-heading')}
          <ul part="list" class="lijst" role="list">
            ${items.map((item) => this.renderItem(item))}
          </ul>
        </div>`,
      )}
    </div>`;
  }

  private dagTitel(sleutel: string, moment: Date): string {
    const t = this.t.algemeen;
    const vandaag = dagSleutel(new Date());
    const datum = datumLang(this.taal, moment);
    const relatief = sleutel === vandaag ? t.vandaag : sleutel === verschuif(vandaag, 1) ? t.morgen : undefined;
    return relatief ? vul(t.dagMetDatum, { dag: relatief, datum }) : datum.charAt(0).toLocaleUpperCase(this.taal) + datum.slice(1);
  }

  private renderItem(item: AgendaItem): TemplateResult {
    const t = this.t.algemeen;
    const { activiteit } = item;
    const start = new Date(item.start);
    const eind = new Date(item.eind);
    const context = vul(t.linkContext, { titel: activiteit.titel, datum: datumLang(this.taal, start) });
    const pagina = this.apiAdres(`activiteiten/${encodeURIComponent(activiteit.id)}`);
    const kalender = this.apiAdres(`activiteiten/${encodeURIComponent(activiteit.id)}.ics`);
    const plaats = [
      activiteit.locatie && [activiteit.locatie.naam, activiteit.locatie.adres, activiteit.locatie.wijk?.naam].filter(Boolean).join(', '),
      activiteit.online ? t.online : '',
    ].filter(Boolean);
    const kosten = kostenTekst(t, this.taal, activiteit.kosten);
    const toegankelijk = kenmerken(t, activiteit.toegankelijkheid);
    const status = statusTekst(this.t.woorden.voorkomenStatussen, item.status);

    return html`<li part="item" class="item">
      ${kop(this.kopniveau + 1, html`<a part="title-link" href=${pagina.href}><bdi>${activiteit.titel}</bdi></a>`, 'title')}
      <p part="time" class="tijd">
        <time datetime=${item.start}>${tijdvak(this.taal, start, eind)}</time>
        ${status ? html` <span part="badge" class="waarschuwing">${status}</span>` : nothing}
      </p>
      <dl part="details" class="details">
        ${plaats.length > 0 ? html`<div><dt>${t.waar}</dt><dd>${plaats.map((deel, i) => html`${i > 0 ? ' · ' : ''}<bdi>${deel}</bdi>`)}</dd></div>` : nothing}
        ${activiteit.organisatoren.length > 0
          ? html`<div><dt>${t.door}</dt><dd>${namen(this.taal, activiteit.organisatoren.map((o) => o.naam))}</dd></div>`
          : nothing}
        ${kosten ? html`<div><dt>${t.kosten}</dt><dd>${kosten}</dd></div>` : nothing}
        ${toegankelijk.length > 0
          ? html`<div>
              <dt>${t.toegankelijkheid}</dt>
              <dd>
                <ul class="kenmerken" role="list">
                  ${toegankelijk.map((kenmerk) => html`<li part="badge" class="kenmerk">${kenmerk}</li>`)}
                </ul>
              </dd>
            </div>`
          : nothing}
      </dl>
      <a part="calendar-link" class="kalender" href=${kalender.href}>${t.inMijnAgenda}<span class="vh">: ${context}</span></a>
    </li>`;
  }

  private renderAbonneren(): TemplateResult {
    const feed = this.apiAdres('agenda.ics');
    const taal = feed.searchParams.get('taal');
    feed.search = feedParameters(this.keuze).toString();
    if (taal) {
      feed.searchParams.set('taal', taal);
    }

    return html`<p class="abonneren"><a part="subscribe-link" href=${webcal(feed)}>${this.t.agenda.abonneren}</a></p>`;
  }
}
