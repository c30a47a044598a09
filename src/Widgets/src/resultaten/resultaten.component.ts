import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ApiFout } from '../shared/api.js';
import { code } from '../shared/attribuut.js';
import type { Kanaal, UitvraagDoelgroep } from '../shared/catalogus.js';
import { meld } from '../shared/element.js';
import { getal, lijst, meervoud, nederlands, vul } from '../shared/i18n.js';
import { SnItemElement, type ItemToestand } from '../shared/item.js';
import { resultatenNl } from '../shared/locales/nl/resultaten.js';
import { kop } from '../shared/opmaak.js';
import { datumLang } from '../shared/tijd.js';
import { grafiek, type GrafiekContext, type Rij } from './resultaten.grafiek.js';
import { RESULTATEN, type Factor, type Resultaten, type ResultatenAntwoord, type Uitvraag, type VraagResultaat } from './resultaten.queries.js';
import { resultatenStijl } from './resultaten.styles.js';

nederlands({ resultaten: resultatenNl });

type Toestand = ItemToestand | 'nietGepubliceerd' | 'teSmal';

/** The attributes that choose a segment; the public results allow one at a time. */
const SEGMENT_ATTRIBUTEN = ['wijk', 'doelgroep', 'kanaal'] as const;

const decimaal = (taal: string, n: number): string => new Intl.NumberFormat(taal, { maximumFractionDigits: 2 }).format(n);

/**
 * The published results of a participatie-uitvraag: per question a bar chart with its data table (choices, the
 * distribution of a scale with its average and median, the factors that help and that hold people back), and
 * who responded (per channel, wijk and doelgroep). Counts of 1 to 4 stay hidden, and so do the counts that would give
 * them away (complementary suppression by the API): they read "verborgen", without a bar. One segment at a time:
 * `wijk`, `doelgroep` and `kanaal` together show a clear message instead of results (`SEGMENT_TOO_NARROW`).
 *
 * @tagname sn-resultaten
 * @summary The published results of an uitvraag, as accessible bar charts with data tables.
 *
 * @attr {string} api - Base URL of the Sociaal Netwerk API. Default: where the script was loaded from.
 * @attr {string} uitvraag - The id of the uitvraag (`Uitvraag.id` in the API).
 * @attr {string} wijk - Only responses from this wijk (its slug, e.g. `seghwaert`). At most one of `wijk`, `doelgroep` and `kanaal`.
 * @attr {string} doelgroep - Only responses of this doelgroep: `inwoners`, `vrijwilligers`, `informele-netwerken`, `organisaties` or `professionals`.
 * @attr {string} kanaal - Only responses that came in this way: `online`, `papier` or `gesprek`.
 * @attr {number} kopniveau - Heading level of the title (1–4); questions are one level lower. Default 2.
 * @attr {string} lang - Language: nl, en, ar, tr, uk or pl. Default: the nearest `lang` on the page, else Dutch.
 *
 * @fires sn-geladen - The uitvraag arrived. `detail: { uitvraag, gepubliceerd }` (its id, and whether the results are public).
 * @fires sn-fout - The results could not be loaded, or more than one segment attribute is set. `detail: { fout }`.
 *
 * @slot - Fallback content, normally a link to the results: shown before the script runs, without JavaScript, and when loading fails.
 *
 * @csspart root - The wrapper of everything inside the element (carries `lang` and `dir`).
 * @csspart status - The live region with the loading state, or why there are no results.
 * @csspart error - The error box with the retry button and the fallback slot.
 * @csspart article - The results.
 * @csspart title - The title of the uitvraag.
 * @csspart total - The number of responses.
 * @csspart note - The notes under the total: which responses count, and why some numbers are hidden.
 * @csspart empty - The hint shown when there are no responses.
 * @csspart question - The results of one question.
 * @csspart question-heading - The heading of a question or of a group of charts.
 * @csspart chart - A bar chart.
 * @csspart table - The data table of a chart.
 * @csspart summary - The average and median of a scale.
 * @csspart button - Every button.
 * @csspart retry-button - The "try again" button.
 */
export class ResultatenElement extends SnItemElement<Uitvraag, Toestand> {
  static override properties: PropertyDeclarations = {
    uitvraag: { type: String },
    wijk: { type: String },
    doelgroep: { type: String },
    kanaal: { type: String },
  };

  static override styles = [...SnItemElement.styles, resultatenStijl];

  declare uitvraag: string | undefined;
  declare wijk: string | undefined;
  declare doelgroep: string | undefined;
  declare kanaal: string | undefined;

  protected override willUpdate(veranderd: PropertyValues<this>): void {
    // The texts of the uitvraag come in the reader's language, so a language switch loads them again.
    if (['uitvraag', 'wijk', 'doelgroep', 'kanaal', 'api', 'taal'].some((naam) => veranderd.has(naam as keyof ResultatenElement))) {
      void this.laad();
    }
  }

  private get segment(): Record<string, string> | undefined {
    const segment: Record<string, string> = {};
    if (this.wijk?.trim()) {
      segment.wijk = this.wijk.trim().toLowerCase();
    }

    if (this.doelgroep?.trim()) {
      segment.doelgroep = code(this.doelgroep);
    }

    if (this.kanaal?.trim()) {
      segment.kanaal = code(this.kanaal);
    }

    return Object.keys(segment).length > 0 ? segment : undefined;
  }

  protected override get itemId(): string | undefined {
    return this.uitvraag;
  }

  /** The segment attributes that are set; more than one is refused (the API's `SEGMENT_TOO_NARROW`). */
  private get segmentAttributen(): string[] {
    return SEGMENT_ATTRIBUTEN.filter((naam) => Boolean(this[naam]?.trim()));
  }

  protected override async haal(id: string, signaal: AbortSignal): Promise<void> {
    if (this.segmentAttributen.length > 1) {
      // Not asked: the API would refuse it. The partner's page is wrong, so say which attributes clash.
      this.teSmal(`only one of wijk, doelgroep and kanaal at a time, not ${this.segmentAttributen.join(' and ')}`);
      return;
    }

    const segment = this.segment;
    const { uitvraag } = await this.vraag<ResultatenAntwoord>(RESULTATEN, { id, taal: this.taal.toUpperCase(), ...(segment ? { segment } : {}) }, signaal);
    this.gegevens = uitvraag;
    this.toestand = !uitvraag ? 'onbekend' : uitvraag.resultaten ? 'klaar' : 'nietGepubliceerd';
    meld(this, 'geladen', { uitvraag: id, gepubliceerd: this.toestand === 'klaar' });
  }

  private teSmal(waarom: string): void {
    this.gegevens = null;
    this.toestand = 'teSmal';
    console.warn(`<${this.localName}>: SEGMENT_TOO_NARROW: ${waarom}`);
    meld(this, 'fout', { fout: `SEGMENT_TOO_NARROW: ${waarom}` });
  }

  // Not published yet (the rest of the uitvraag still comes back) and a malformed id are answers, not failures.
  protected override isAntwoord(fout: unknown, id: string): boolean {
    const codes = fout instanceof ApiFout ? fout.codes : [];
    if (codes.includes('SEGMENT_TOO_NARROW')) {
      this.teSmal(String(fout));
      return true;
    }

    if (!codes.includes('RESULTS_NOT_PUBLISHED') && !codes.includes('INVALID_ID')) {
      return false;
    }

    this.gegevens = ((fout as ApiFout).gegevens as ResultatenAntwoord | null)?.uitvraag ?? null;
    this.toestand = codes.includes('INVALID_ID') ? 'onbekend' : 'nietGepubliceerd';
    meld(this, 'geladen', { uitvraag: id, gepubliceerd: false });
    return true;
  }

  protected override renderInhoud(): unknown {
    const t = this.t;
    const r = t.resultaten;
    const status = {
      laden: r.laden,
      klaar: '',
      nietGepubliceerd: r.nietGepubliceerd,
      onbekend: r.nietGevonden,
      fout: r.fout,
      teSmal: vul(r.segmentTeSmal, { keuze: lijst(this.taal).format(this.segmentAttributen) }),
    }[this.toestand];
    const uitvraag = this.gegevens;
    return html`
      ${this.toestand === 'nietGepubliceerd' && uitvraag ? kop(this.kopniveau, html`<bdi>${uitvraag.titel}</bdi>`, 'title') : nothing}
      <p part="status" class=${this.toestand === 'klaar' ? 'vh' : 'status'} role="status">${status}</p>
      ${this.toestand === 'nietGepubliceerd' && uitvraag?.open
        ? // openTot is the moment it closes, often midnight: the last day is the one before that moment.
          html`<p part="note">${vul(r.nogOpen, { datum: datumLang(this.taal, new Date(Date.parse(uitvraag.openTot) - 1)) })}</p>`
        : nothing}
      ${this.toestand === 'fout' ? this.renderFout(() => void this.laad()) : nothing}
      ${this.toestand === 'klaar' && uitvraag?.resultaten ? this.renderResultaten(uitvraag, uitvraag.resultaten) : nothing}
    `;
  }

  private renderResultaten(uitvraag: Uitvraag, res: Resultaten): TemplateResult {
    const r = this.t.resultaten;
    const c: GrafiekContext = { t: r, taal: this.taal, drempel: res.drempel };
    const n = getal(this.taal).format(res.drempel);
    const totaal = res.totaal.onderDrempel || res.totaal.aantal == null ? r.reactiesVerborgen : meervoud(this.taal, r.reacties, res.totaal.aantal);
    const segment = this.segmentTekst(res);
    return html`<article part="article">
      ${kop(this.kopniveau, html`<bdi>${uitvraag.titel}</bdi>`, 'title')}
      <p part="total" class="totaal">${totaal}</p>
      ${segment ? html`<p part="note">${segment}</p>` : nothing}
      ${res.totaal.aantal === 0
        ? html`<p part="empty" class="leeg">${r.geenReacties}</p>`
        : html`<p part="note">${vul(r.privacy, { n })}</p>
            ${res.vragen.map((vraag) => this.renderVraag(c, vraag))} ${this.renderWie(c, res)}`}
    </article>`;
  }

  private segmentTekst(res: Resultaten): string {
    const r = this.t.resultaten;
    const segment = this.segment;
    if (!segment) {
      return '';
    }

    const keuze = [
      segment.wijk && (res.perWijk.find((rij) => rij.wijk?.slug === segment.wijk)?.wijk?.naam ?? segment.wijk),
      segment.doelgroep && (this.t.woorden.uitvraagDoelgroepen[segment.doelgroep as UitvraagDoelgroep] ?? segment.doelgroep),
      segment.kanaal && (this.t.woorden.kanalen[segment.kanaal as Kanaal] ?? segment.kanaal),
    ].filter((deel): deel is string => Boolean(deel));
    return vul(r.segment, { keuze: lijst(this.taal).format(keuze) });
  }

  private renderVraag(c: GrafiekContext, v: VraagResultaat): TemplateResult {
    const r = c.t;
    const tekst = v.vraag.tekst;
    const beantwoord =
      v.aantalReacties.onderDrempel || v.aantalReacties.aantal == null ? r.beantwoordVerborgen : meervoud(this.taal, r.beantwoord, v.aantalReacties.aantal);
    return html`<section part="question" class="vraag">
      ${kop(this.kopniveau + 1, html`<bdi>${tekst}</bdi>`, 'question-heading')}
      <p class="beantwoord">${beantwoord}</p>
      ${this.renderAntwoorden(c, v)}
    </section>`;
  }

  private renderAntwoorden(c: GrafiekContext, v: VraagResultaat): unknown {
    const r = c.t;
    const tekst = v.vraag.tekst;
    switch (v.vraag.type) {
      case 'EEN_KEUZE':
      case 'MEERDERE_KEUZES':
        return html`${grafiek(
          c,
          tekst,
          r.antwoord,
          v.opties.map(({ optie, telling }) => ({ label: html`<bdi>${optie.tekst}</bdi>`, telling })),
        )}
        ${v.vraag.type === 'MEERDERE_KEUZES' ? html`<p class="uitleg">${r.meerdereKeuzes}</p>` : nothing}`;
      case 'SCHAAL':
        return v.schaal ? this.renderSchaal(c, v, v.schaal) : nothing;
      case 'FACTOREN':
        return html`${this.renderFactoren(c, r.helpend, v.helpendeFactoren)} ${this.renderFactoren(c, r.remmend, v.remmendeFactoren)}`;
      default:
        return html`<p class="uitleg">${r.openVraag}</p>`;
    }
  }

  private renderSchaal(c: GrafiekContext, v: VraagResultaat, schaal: NonNullable<VraagResultaat['schaal']>): TemplateResult {
    const r = c.t;
    const waarden = schaal.verdeling.map((rij) => rij.waarde);
    const laagste = Math.min(...waarden);
    const hoogste = Math.max(...waarden);
    const label = (waarde: number): unknown => {
      const betekenis = waarde === laagste ? v.vraag.schaalLabelMin : waarde === hoogste ? v.vraag.schaalLabelMax : null;
      const getalTekst = getal(this.taal).format(waarde);
      return betekenis ? html`<bdi>${vul(r.schaalWaarde, { waarde: getalTekst, label: betekenis })}</bdi>` : getalTekst;
    };
    return html`${grafiek(
        c,
        v.vraag.tekst,
        r.antwoord,
        schaal.verdeling.map((rij) => ({ label: label(rij.waarde), telling: rij.telling })),
      )}
      ${schaal.gemiddelde != null && schaal.mediaan != null
        ? html`<dl part="summary" class="samenvatting">
            <div><dt>${r.gemiddelde}</dt><dd>${decimaal(this.taal, schaal.gemiddelde)}</dd></div>
            <div><dt>${r.mediaan}</dt><dd>${decimaal(this.taal, schaal.mediaan)}</dd></div>
          </dl>`
        : html`<p class="uitleg">${r.geenGemiddelde}</p>`}`;
  }

  private renderFactoren(c: GrafiekContext, titel: string, factoren: Factor[]): TemplateResult {
    const r = c.t;
    const rijen: Rij[] = factoren.map((factor) => ({
      label: html`<bdi>${factor.tekst}</bdi>${factor.eigen ? html` <span class="eigen">(${r.eigenWoorden})</span>` : nothing}`,
      telling: factor.telling,
    }));
    return html`${kop(this.kopniveau + 2, titel, 'question-heading')}
    ${rijen.length > 0 ? grafiek(c, titel, titel, rijen) : html`<p class="uitleg">${r.geenFactoren}</p>`}`;
  }

  private renderWie(c: GrafiekContext, res: Resultaten): TemplateResult {
    const r = c.t;
    const blok = (titel: string, rijen: Rij[]): unknown =>
      rijen.length > 0 ? html`${kop(this.kopniveau + 2, titel, 'question-heading')} ${grafiek(c, titel, titel, rijen)}` : nothing;
    return html`<section part="question" class="vraag">
      ${kop(this.kopniveau + 1, r.wieReageerden, 'question-heading')}
      ${blok(
        r.perKanaal,
        res.perKanaal.map((rij) => ({ label: this.t.woorden.kanalen[rij.kanaal] ?? rij.kanaal, telling: rij.telling })),
      )}
      ${blok(
        r.perWijk,
        res.perWijk.map((rij) => ({ label: rij.wijk ? html`<bdi>${rij.wijk.naam}</bdi>` : r.geenWijk, telling: rij.telling })),
      )}
      ${blok(
        r.perDoelgroep,
        res.perDoelgroep.map((rij) => ({ label: rij.doelgroep ? (this.t.woorden.uitvraagDoelgroepen[rij.doelgroep] ?? rij.doelgroep) : r.geenDoelgroep, telling: rij.telling })),
      )}
    </section>`;
  }
}
