import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { stuur, StuurFout, type Operatie } from '../shared/api.js';
import { meld, SnElement } from '../shared/element.js';
import { getal, meervoud, nederlands, vul } from '../shared/i18n.js';
import { uitvraagNl } from '../shared/locales/nl/uitvraag.js';
import { kop } from '../shared/opmaak.js';
import { datumLang } from '../shared/tijd.js';
import { WIJKEN, type WijkenAntwoord } from '../shared/wijken.js';
import {
  bewaarConcept,
  controleer,
  leegConcept,
  leesConcept,
  nieuweSleutel,
  reactieInvoer,
  vraagVeld,
  wisConcept,
  type Concept,
  type Probleem,
  type Waarde,
} from './uitvraag.concept.js';
import {
  INDIENEN,
  UITVRAAG,
  type FactorSoort,
  type IndienAntwoord,
  type Uitvraag,
  type UitvraagAntwoord,
  type Veldfout,
  type Vraag,
} from './uitvraag.queries.js';
import { Intrekken } from './uitvraag.intrekken.js';
import { uitvraagStijl } from './uitvraag.styles.js';

nederlands({ uitvraag: uitvraagNl });

type Toestand = 'laden' | 'klaar' | 'onbekend' | 'fout' | 'verzonden';
type VerzendFout = '' | 'mislukt' | 'teVaak' | 'gesloten' | 'eerderOntvangen';
type Fout = Probleem & { bericht?: string };

/** Attempts to send a reactie before the form says it did not work: the first and three retries after 1, 2 and 4 s. */
const POGINGEN = 4;

/** The API's field error for a key already used for other answers (see docs/participatie.md). */
const SLEUTEL_HERGEBRUIKT = 'IDEMPOTENCY_KEY_REUSED';
const SOORTEN: FactorSoort[] = ['HELPEND', 'REMMEND'];
// Server fields that are not questions, and the form field they belong to.
const VELDEN: Record<string, string> = {
  wijk: 'wijk',
  doelgroep: 'doelgroep',
  contact: 'contact',
  'contact.toestemming': 'toestemming',
  'contact.naam': 'naam',
  'contact.email': 'email',
  'contact.telefoon': 'telefoon',
};

/**
 * A participatie-uitvraag to fill in: every question type, profile and contact questions when the uitvraag asks
 * them, validation with an error summary that takes focus, a draft kept on the device, sending with an
 * idempotency key and automatic retries, a confirmation with the ontvangstcode, and a form to withdraw a reactie.
 *
 * @tagname sn-uitvraag
 * @summary The form to answer a participatie-uitvraag.
 *
 * @attr {string} api - Base URL of the Sociaal Netwerk API. Default: where the script was loaded from.
 * @attr {string} uitvraag - The id of the uitvraag (`Uitvraag.id` in the API).
 * @attr {number} kopniveau - Heading level of the title (1–5); the other headings are one level lower. Default 2.
 * @attr {string} lang - Language: nl, en, ar, tr, uk or pl. Default: the nearest `lang` on the page, else Dutch.
 * @attr {string} proef - The token of a preview link (`proeflinkMaken`): the uitvraag is shown and can be answered even as a concept, and what is sent is a test reactie that never counts.
 *
 * @fires sn-geladen - The uitvraag arrived. `detail: { uitvraag, open }`.
 * @fires sn-fout - The uitvraag could not be loaded. `detail: { fout }`.
 * @fires sn-verzonden - The reactie was stored. `detail: { uitvraag }` (never the ontvangstcode).
 * @fires sn-ingetrokken - A reactie was withdrawn with its ontvangstcode. `detail: { uitvraag }`.
 *
 * @slot - Fallback content, normally a link to another way to respond: shown before the script runs, without JavaScript, and when loading fails.
 *
 * @csspart root - The wrapper of everything inside the element (carries `lang` and `dir`).
 * @csspart status - The live region with the loading and sending state.
 * @csspart error - The error box with the retry button and the fallback slot.
 * @csspart title - The title of the uitvraag.
 * @csspart heading - The other headings: privacy, errors, about you, the confirmation.
 * @csspart intro - The introduction.
 * @csspart closed - The message that the uitvraag is closed or not open yet.
 * @csspart preview - The notice that this is a preview whose answers do not count.
 * @csspart privacy - What happens with the answers.
 * @csspart form - The form.
 * @csspart error-summary - The list of errors above the form.
 * @csspart question - One question.
 * @csspart send-error - The message that sending did not work, with a retry button.
 * @csspart confirmation - The confirmation with the ontvangstcode.
 * @csspart code - The ontvangstcode.
 * @csspart withdraw - The form to withdraw a reactie.
 * @csspart button - Every button.
 * @csspart retry-button - The buttons that try again.
 * @csspart submit-button - The button that sends the answers.
 * @csspart copy-button - The button that copies the ontvangstcode.
 * @csspart withdraw-button - The button that withdraws a reactie.
 */
export class UitvraagElement extends SnElement {
  static override properties: PropertyDeclarations = {
    uitvraag: { type: String },
    kopniveau: { type: Number },
    proef: { type: String },
    toestand: { state: true, attribute: false },
    gegevens: { state: true, attribute: false },
    concept: { state: true, attribute: false },
    fouten: { state: true, attribute: false },
    bezig: { state: true, attribute: false },
    verzendFout: { state: true, attribute: false },
    ontvangstcode: { state: true, attribute: false },
    gekopieerd: { state: true, attribute: false },
  };

  static override styles = [...SnElement.styles, uitvraagStijl];

  declare uitvraag: string | undefined;
  declare kopniveau: number;
  declare proef: string | undefined;

  declare private toestand: Toestand;
  declare private gegevens: Uitvraag | null;
  declare private concept: Concept;
  declare private fouten: Fout[];
  declare private bezig: boolean;
  declare private verzendFout: VerzendFout;
  declare private ontvangstcode: string;
  declare private gekopieerd: boolean;

  private wijken: WijkenAntwoord['wijken'] = [];
  private conceptVan = '';
  private lokveld = '';
  private focusNa = '';
  // Withdrawing a reactie with its ontvangstcode: its own state and form, below the questionnaire.
  private readonly intrekken = new Intrekken(this, {
    teksten: () => this.t.uitvraag,
    stuur: (op, variabelen) => this.stuur(op, variabelen),
    uitvraag: () => this.gegevens?.id,
  });

  constructor() {
    super();
    this.kopniveau = 2;
    this.toestand = 'laden';
    this.gegevens = null;
    this.concept = leegConcept();
    this.fouten = [];
    this.bezig = false;
    this.verzendFout = '';
    this.ontvangstcode = '';
    this.gekopieerd = false;
  }

  protected override get laadt(): boolean {
    return this.toestand === 'laden';
  }

  protected override hervat(): void {
    void this.laad();
  }

  protected override willUpdate(veranderd: PropertyValues<this>): void {
    if (veranderd.has('uitvraag') || veranderd.has('api') || veranderd.has('proef') || (veranderd as PropertyValues).has('taal')) {
      void this.laad();
    }
  }

  protected override updated(): void {
    if (this.focusNa) {
      (this.renderRoot as ShadowRoot).getElementById(this.focusNa)?.focus();
      this.focusNa = '';
    }
  }

  /** The preview token, if any: the form is then open on a concept too, and its reacties never count. */
  private get proefToken(): string {
    return this.proef?.trim() ?? '';
  }

  private get n(): number {
    return Math.min(Math.max(Math.trunc(this.kopniveau) || 2, 1), 5);
  }

  private stuur<T>(op: Operatie<'mutation'>, variabelen: Record<string, unknown>): Promise<T> {
    return stuur<T>(this.apiBasis, op, variabelen, this.taal);
  }

  private async laad(): Promise<void> {
    const signaal = this.nieuwVerzoek();
    const id = this.uitvraag?.trim();
    // A language switch after sending reloads the texts but keeps the confirmation.
    if (this.toestand !== 'verzonden' || this.gegevens?.id !== id) {
      this.toestand = 'laden';
    }

    if (!id) {
      this.toestand = 'onbekend';
      return;
    }

    try {
      const [{ uitvraag }, wijken] = await Promise.all([
        this.vraag<UitvraagAntwoord>(UITVRAAG, { id, taal: this.taal.toUpperCase(), ...(this.proefToken ? { proefToken: this.proefToken } : {}) }, signaal),
        this.vraag<WijkenAntwoord>(WIJKEN, {}, signaal).catch((fout: unknown) => {
          // Without the list the wijk question is left out; the rest of the form works.
          if (!signaal.aborted) {
            console.warn('<sn-uitvraag>:', fout);
          }

          return { wijken: [] };
        }),
      ]);
      this.gegevens = uitvraag;
      this.wijken = wijken.wijken;
      if (uitvraag && this.conceptVan !== uitvraag.id) {
        this.conceptVan = uitvraag.id;
        this.concept = leesConcept(uitvraag.id);
        this.fouten = [];
      }

      if (this.toestand !== 'verzonden' || !uitvraag) {
        this.toestand = uitvraag ? 'klaar' : 'onbekend';
      }

      meld(this, 'geladen', { uitvraag: id, open: uitvraag?.open ?? false });
    } catch (fout) {
      if (signaal.aborted) {
        return;
      }

      console.warn('<sn-uitvraag>:', fout);
      this.toestand = 'fout';
      meld(this, 'fout', { fout: String(fout) });
    } finally {
      this.verzoekKlaar(signaal);
    }
  }

  /** Every input of the form ends up here (one listener on the form): the draft follows, and is saved. */
  private wijzig(event: Event): void {
    const el = event.target as HTMLInputElement;
    const u = this.gegevens;
    const c = this.concept;
    if (!u) {
      return;
    }

    const [, index, deel] = /^v(\d+)(?:-(\w+))?$/.exec(el.name) ?? [];
    const vraag = index === undefined ? undefined : u.vragen[Number(index)];
    if (vraag) {
      const w: Waarde = (c.antwoorden[vraag.id] ??= {});
      const zet = (lijst: string[] = []): string[] => (el.checked ? [...new Set([...lijst, el.value])] : lijst.filter((id) => id !== el.value));
      if (deel === 'HELPEND' || deel === 'REMMEND') {
        w[deel] = zet(w[deel]);
      } else if (deel === 'eigenHELPEND' || deel === 'eigenREMMEND') {
        w[deel] = el.value;
      } else if (vraag.type === 'OPEN_TEKST') {
        w.tekst = el.value;
      } else if (vraag.type === 'SCHAAL') {
        w.getal = Number(el.value);
      } else {
        w.keuzes = vraag.type === 'EEN_KEUZE' ? [el.value] : zet(w.keuzes);
      }
    } else if (el.name === 'toestemming') {
      c.toestemming = el.checked;
    } else if (el.name === 'website') {
      this.lokveld = el.value;
      return;
    } else if (el.name === 'wijk' || el.name === 'doelgroep' || el.name === 'naam' || el.name === 'email' || el.name === 'telefoon') {
      c[el.name] = el.value;
    }

    this.requestUpdate();
    bewaarConcept(u.id, c);
  }

  private async verstuur(event: Event): Promise<void> {
    event.preventDefault();
    const u = this.gegevens;
    if (!u || this.bezig) {
      return;
    }

    this.verzendFout = '';
    this.fouten = controleer(u, this.concept);
    if (this.fouten.length > 0) {
      this.focusNa = 'foutsamenvatting';
      return;
    }

    this.bezig = true;
    const concept = this.concept;
    bewaarConcept(u.id, concept);
    const invoer = { ...reactieInvoer(u, concept, this.taal, this.lokveld), ...(this.proefToken ? { proefToken: this.proefToken } : {}) };
    for (let poging = 1; ; poging++) {
      try {
        const { reactieIndienen: r } = await this.stuur<IndienAntwoord>(INDIENEN, { invoer });
        if (r.gelukt) {
          wisConcept(u.id);
          this.concept = leegConcept();
          this.ontvangstcode = r.ontvangstcode ?? '';
          this.intrekken.vulIn(this.ontvangstcode);
          this.toestand = 'verzonden';
          this.focusNa = 'bedankt';
          meld(this, 'verzonden', { uitvraag: u.id });
        } else if (r.fouten.some((fout) => fout.code === SLEUTEL_HERGEBRUIKT)) {
          // An earlier attempt with other answers did arrive (its answer was lost). This version gets a key of its
          // own, so the person can choose to send it too instead of being stuck on the old key.
          this.concept = { ...concept, sleutel: nieuweSleutel() };
          bewaarConcept(u.id, this.concept);
          this.verzendFout = 'eerderOntvangen';
        } else {
          this.fouten = r.fouten.map((fout) => this.alsProbleem(u, fout));
          this.focusNa = 'foutsamenvatting';
        }

        break;
      } catch (fout) {
        const netwerk = !(fout instanceof StuurFout) || fout.netwerk;
        if (netwerk && poging < POGINGEN) {
          // The same invoer, so the same idempotency key: a reactie that did arrive is not stored twice.
          await new Promise((klaar) => setTimeout(klaar, 500 * 2 ** poging));
          continue;
        }

        console.warn('<sn-uitvraag>:', fout);
        const code = fout instanceof StuurFout ? fout.code : undefined;
        this.verzendFout = code === 'UITVRAAG_NOT_OPEN' ? 'gesloten' : code === 'RATE_LIMITED' ? 'teVaak' : 'mislukt';
        break;
      }
    }

    this.bezig = false;
  }

  /** A `Veldfout` of the API as a problem at its field: by question id, else by input field. */
  private alsProbleem(u: Uitvraag, fout: Veldfout): Fout {
    const index = u.vragen.findIndex((vraag) => vraag.id === fout.vraagId);
    const vraag = u.vragen[index];
    const veld = vraag ? vraagVeld(index) : (VELDEN[fout.veld] ?? '');
    const max = vraag?.type === 'FACTOREN' ? (fout.code === 'TOO_LONG' ? 200 : (vraag.maxKeuzes ?? undefined)) : vraag ? (vraag.maxLengte ?? vraag.maxKeuzes ?? 2000) : 200;
    return { veld, code: vraag?.type === 'FACTOREN' && fout.code === 'TOO_MANY_CHOICES' ? 'TOO_MANY_FACTORS' : fout.code, max, bericht: fout.bericht };
  }

  private foutTekst(fout: Fout): string {
    const f = this.t.uitvraag.fouten;
    const vraag = this.vraagVan(fout.veld);
    const max = { max: getal(this.taal).format(fout.max ?? 0) };
    switch (fout.code) {
      case 'REQUIRED':
        return vraag?.type === 'OPEN_TEKST' ? f.verplichtTekst : f.verplichtKeuze;
      case 'TOO_LONG':
        return vul(f.teLang, max);
      case 'TOO_MANY_CHOICES':
        return meervoud(this.taal, f.teVeel, fout.max ?? 0);
      case 'TOO_MANY_FACTORS':
        return meervoud(this.taal, f.teVeelFactoren, fout.max ?? 0);
      case 'CONTACT_EMPTY':
        return f.contactLeeg;
      case 'INVALID_EMAIL':
        return f.email;
      default:
        // A field we know gets our own words; an error without a field (it should not happen) the API's.
        return fout.veld ? f.ongeldig : (fout.bericht ?? f.ongeldig);
    }
  }

  private vraagVan(veld: string): Vraag | undefined {
    const [, index] = /^v(\d+)$/.exec(veld) ?? [];
    return index === undefined ? undefined : this.gegevens?.vragen[Number(index)];
  }

  /** The id of the first input of a field group: where an error link moves focus. */
  private eersteId(veld: string): string {
    const vraag = this.vraagVan(veld);
    if (!vraag) {
      return { contact: 'naam', doelgroep: 'doelgroep-0' }[veld] ?? veld;
    }

    if (vraag.type === 'OPEN_TEKST') {
      return veld;
    }

    return vraag.type === 'FACTOREN' ? (vraag.opties.length > 0 ? `${veld}-HELPEND-0` : `${veld}-eigenHELPEND`) : `${veld}-0`;
  }

  /** Fragment links do not cross shadow roots: the error links move focus themselves (click, or Enter). */
  private naarVeld(event: Event, veld: string): void {
    event.preventDefault();
    const wortel = this.renderRoot as ShadowRoot;
    const doel = wortel.getElementById(this.eersteId(veld));
    doel?.focus({ preventScroll: true });
    // Show the question (its legend or label) above the field, as the GOV.UK error summary does.
    (wortel.querySelector(`[data-veld="${veld}"]`) ?? doel)?.scrollIntoView({ block: 'start' });
  }

  private kopieer(): void {
    navigator.clipboard.writeText(this.ontvangstcode).then(
      () => (this.gekopieerd = true),
      (fout: unknown) => console.warn('<sn-uitvraag>:', fout),
    );
  }

  protected override renderInhoud(): unknown {
    const t = this.t.uitvraag;
    const u = this.gegevens;
    const status = { laden: t.laden, fout: t.fout, onbekend: t.nietGevonden, klaar: this.bezig ? t.bezig : '', verzonden: '' }[this.toestand];
    return html`
      <p part="status" class=${this.toestand === 'klaar' || this.toestand === 'verzonden' ? 'vh' : 'status'} role="status">${status}</p>
      ${this.toestand === 'fout' || this.toestand === 'onbekend' ? this.renderFout(this.toestand === 'fout' ? () => void this.laad() : undefined) : nothing}
      ${u && (this.toestand === 'klaar' || this.toestand === 'verzonden') ? this.renderUitvraag(u) : nothing}
    `;
  }

  /** A text from the API: in the uitvraag's language (Dutch when it has no translation), its direction from its content. */
  private apiTekst(tekst: string): TemplateResult {
    return html`<span lang=${this.gegevens?.taal.toLowerCase() ?? 'nl'} dir="auto">${tekst}</span>`;
  }

  private datum(moment: string | number): string {
    return datumLang(this.taal, new Date(moment));
  }

  private renderUitvraag(u: Uitvraag): TemplateResult {
    const t = this.t.uitvraag;
    const nogNiet = u.gepland;
    return html`
      ${kop(this.n, this.apiTekst(u.titel), 'title')}
      <p part="intro" class="tekst" lang=${u.taal.toLowerCase()} dir="auto">${u.inleiding}</p>
      ${u.taal.toLowerCase() !== this.taal ? html`<p class="notitie">${t.nietInUwTaal}</p>` : nothing}
      ${this.proefToken ? html`<p part="preview" class="notitie">${t.proef}</p>` : nothing}
      ${this.toestand === 'verzonden'
        ? this.renderBevestiging()
        : u.open || this.proefToken
          ? html`<p>${vul(t.openTot, { datum: this.datum(u.openTot) })}</p>
              ${this.renderPrivacy(u)} ${this.renderFormulier(u)}`
          : html`<p part="closed" class="notitie">${nogNiet ? vul(t.nogNietOpen, { datum: this.datum(u.openVanaf) }) : t.gesloten}</p>`}
      ${this.intrekken.render()}
    `;
  }

  private renderPrivacy(u: Uitvraag): TemplateResult {
    const t = this.t.uitvraag;
    const verwijderd = Date.parse(u.openTot) + u.bewaartermijnDagen * 86_400_000;
    return html`<section part="privacy" class="privacy">
      ${kop(this.n + 1, t.privacy, 'heading')}
      <p class="tekst" lang=${u.taal.toLowerCase()} dir="auto">${u.privacyverklaring}</p>
      <p>${vul(t.bewaren, { datum: this.datum(verwijderd) })}</p>
      <p>${t.concept}</p>
    </section>`;
  }

  private renderFormulier(u: Uitvraag): TemplateResult {
    const t = this.t.uitvraag;
    return html`<form part="form" novalidate aria-busy=${this.bezig ? 'true' : 'false'} @submit=${this.verstuur} @input=${this.wijzig}>
      ${this.fouten.length > 0 ? this.renderSamenvatting() : nothing}
      ${u.vragen.map((vraag, index) => this.renderVraag(vraag, index))}
      ${this.renderProfiel(u)} ${u.contactgegevensVragen ? this.renderContact() : nothing}
      <div class="lokveld" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${this.lokveld} />
      </div>
      ${this.verzendFout
        ? html`<div part="send-error" class="fout" role="alert">
            <p>${{ mislukt: t.nietVerstuurd, teVaak: t.teVaak, gesloten: t.gesloten, eerderOntvangen: t.eerderOntvangen }[this.verzendFout]}</p>
            ${this.verzendFout !== 'gesloten' ? html`<button part="button retry-button" type="submit">${this.t.algemeen.opnieuw}</button>` : nothing}
          </div>`
        : nothing}
      <button part="button submit-button" type="submit" aria-disabled=${this.bezig ? 'true' : 'false'}>${t.versturen}</button>
    </form>`;
  }

  private renderSamenvatting(): TemplateResult {
    const t = this.t.uitvraag;
    return html`<div part="error-summary" class="samenvatting" id="foutsamenvatting" tabindex="-1">
      <div role="alert">
        ${kop(this.n + 1, t.foutTitel, 'heading')}
        <ul>
          ${this.fouten.map((fout) => {
            const vraag = this.vraagVan(fout.veld);
            const tekst = (vraag ? `${vul(t.vraag, { n: getal(this.taal).format(vraag.nummer) })}: ` : '') + this.foutTekst(fout);
            return html`<li>
              ${fout.veld ? html`<a href="#${this.eersteId(fout.veld)}" @click=${(event: Event) => this.naarVeld(event, fout.veld)}>${tekst}</a>` : tekst}
            </li>`;
          })}
        </ul>
      </div>
    </div>`;
  }

  /** The inline error of a field group, and the attributes that tie it to the inputs. */
  private fout(veld: string, ...beschrijving: string[]): { html: unknown; beschreven: string | typeof nothing; ongeldig: 'true' | typeof nothing } {
    const fout = this.fouten.find((f) => f.veld === veld);
    const ids = [...beschrijving, fout ? `${veld}-fout` : ''].filter(Boolean);
    return {
      html: fout
        ? html`<p id="${veld}-fout" class="foutmelding"><span class="vh">${this.t.uitvraag.foutPrefix}</span> ${this.foutTekst(fout)}</p>`
        : nothing,
      beschreven: ids.length > 0 ? ids.join(' ') : nothing,
      ongeldig: fout ? 'true' : nothing,
    };
  }

  private renderVraag(vraag: Vraag, index: number): TemplateResult {
    const t = this.t.uitvraag;
    const veld = vraagVeld(index);
    const w = this.concept.antwoorden[vraag.id] ?? {};
    const hintId = vraag.toelichting ? `${veld}-hint` : '';
    const tekst = html`<span class="nummer">${getal(this.taal).format(vraag.nummer)}.</span> ${this.apiTekst(vraag.tekst)}${vraag.verplicht
        ? html` <span class="verplicht">${t.verplicht}</span>`
        : nothing}`;
    const hint = vraag.toelichting ? html`<p id=${hintId} class="hint">${this.apiTekst(vraag.toelichting)}</p>` : nothing;
    const klasse = this.fouten.some((f) => f.veld === veld) ? 'veld met-fout' : 'veld';

    if (vraag.type === 'OPEN_TEKST') {
      const f = this.fout(veld, hintId);
      return html`<div part="question" class=${klasse} data-veld=${veld}>
        <label class="vraagtekst" for=${veld}>${tekst}</label>
        ${hint} ${f.html}
        <textarea id=${veld} name=${veld} rows="5" ?required=${vraag.verplicht} aria-describedby=${f.beschreven} aria-invalid=${f.ongeldig} .value=${w.tekst ?? ''}></textarea>
      </div>`;
    }

    const f = this.fout(veld, hintId);
    return html`<fieldset part="question" class=${klasse} data-veld=${veld} aria-describedby=${f.beschreven}>
      <legend class="vraagtekst">${tekst}</legend>
      ${hint} ${f.html}
      ${vraag.type === 'FACTOREN'
        ? SOORTEN.map((soort) => this.renderFactoren(vraag, veld, soort, w, f.ongeldig))
        : vraag.type === 'SCHAAL'
          ? this.renderSchaal(vraag, veld, w, f.ongeldig)
          : html`<div class="keuzes">
              ${vraag.opties.map((optie, j) =>
                this.keuze(
                  vraag.type === 'EEN_KEUZE' ? 'radio' : 'checkbox',
                  `${veld}-${j}`,
                  veld,
                  optie.id,
                  (w.keuzes ?? []).includes(optie.id),
                  this.apiTekst(optie.tekst),
                  f.ongeldig,
                  vraag.verplicht && vraag.type === 'EEN_KEUZE',
                ),
              )}
            </div>`}
    </fieldset>`;
  }

  private keuze(type: 'radio' | 'checkbox', id: string, naam: string, waarde: string, aan: boolean, label: unknown, ongeldig: 'true' | typeof nothing, verplicht = false): TemplateResult {
    return html`<div class="keuze">
      <input type=${type} id=${id} name=${naam} .value=${waarde} .checked=${aan} ?required=${verplicht} aria-invalid=${ongeldig} />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private renderSchaal(vraag: Vraag, veld: string, w: Waarde, ongeldig: 'true' | typeof nothing): TemplateResult {
    const min = vraag.schaalMin ?? 1;
    const max = Math.max(vraag.schaalMax ?? 5, min);
    const waarden = Array.from({ length: max - min + 1 }, (_, i) => min + i);
    return html`<div class="keuzes schaal">
      ${waarden.map((waarde, j) => {
        const uiteinde = waarde === min ? vraag.schaalLabelMin : waarde === max ? vraag.schaalLabelMax : null;
        const label = html`<span class="getal">${getal(this.taal).format(waarde)}</span>${uiteinde ? html` <span class="uiteinde">${this.apiTekst(uiteinde)}</span>` : nothing}`;
        return this.keuze('radio', `${veld}-${j}`, veld, String(waarde), w.getal === waarde, label, ongeldig, vraag.verplicht);
      })}
    </div>`;
  }

  private renderFactoren(vraag: Vraag, veld: string, soort: FactorSoort, w: Waarde, ongeldig: 'true' | typeof nothing): TemplateResult {
    const t = this.t.uitvraag;
    const eigen = `${veld}-eigen${soort}`;
    return html`<fieldset class="factoren">
      <legend>${soort === 'HELPEND' ? t.helpend : t.remmend}</legend>
      <div class="keuzes">
        ${vraag.opties.map((optie, j) =>
          this.keuze('checkbox', `${veld}-${soort}-${j}`, `${veld}-${soort}`, optie.id, (w[soort] ?? []).includes(optie.id), this.apiTekst(optie.tekst), ongeldig),
        )}
      </div>
      ${vraag.eigenFactorenToegestaan
        ? html`<div class="veld">
            <label for=${eigen}>${t.eigen}</label>
            <p id="${eigen}-hint" class="hint">${t.eigenHint}</p>
            <textarea id=${eigen} name=${eigen} rows="2" aria-describedby="${eigen}-hint" aria-invalid=${ongeldig} .value=${w[`eigen${soort}`] ?? ''}></textarea>
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderProfiel(u: Uitvraag): unknown {
    const t = this.t.uitvraag;
    const c = this.concept;
    const wijk = u.profielvraagWijk && this.wijken.length > 0;
    if (!wijk && !u.profielvraagDoelgroep) {
      return nothing;
    }

    const fw = this.fout('wijk');
    const fd = this.fout('doelgroep');
    const doelgroepen = [...u.doelgroepen.map((code) => [code, this.t.woorden.uitvraagDoelgroepen[code]] as const), ['GEEN', t.lieverNiet] as const];
    return html`<section class="profiel">
      ${kop(this.n + 1, t.overU, 'heading')}
      ${wijk
        ? html`<div class=${fw.ongeldig === 'true' ? 'veld met-fout' : 'veld'} data-veld="wijk">
            <label class="vraagtekst" for="wijk">${t.wijk}</label>
            ${fw.html}
            <select id="wijk" name="wijk" autocomplete="off" aria-describedby=${fw.beschreven} aria-invalid=${fw.ongeldig}>
              <option value="" ?selected=${!c.wijk}>${t.kiesWijk}</option>
              ${this.wijken.map((w) => html`<option value=${w.slug} ?selected=${w.slug === c.wijk}>${w.naam}</option>`)}
            </select>
          </div>`
        : nothing}
      ${u.profielvraagDoelgroep
        ? html`<fieldset class=${fd.ongeldig === 'true' ? 'veld met-fout' : 'veld'} data-veld="doelgroep" aria-describedby=${fd.beschreven}>
            <legend class="vraagtekst">${t.doelgroep}</legend>
            ${fd.html}
            <div class="keuzes">
              ${doelgroepen.map(([code, label], j) => this.keuze('radio', `doelgroep-${j}`, 'doelgroep', code, c.doelgroep === code, label, fd.ongeldig))}
            </div>
          </fieldset>`
        : nothing}
    </section>`;
  }

  private renderContact(): TemplateResult {
    const t = this.t.uitvraag;
    const c = this.concept;
    const ft = this.fout('toestemming', 'contact-hint');
    const fc = this.fout('contact');
    const invoer = (veld: 'naam' | 'email' | 'telefoon', type: string, autocomplete: string): TemplateResult => {
      const f = this.fout(veld);
      return html`<div class=${f.ongeldig === 'true' ? 'veld met-fout' : 'veld'} data-veld=${veld}>
        <label for=${veld}>${t[veld]}</label>
        ${f.html}
        <input id=${veld} name=${veld} type=${type} autocomplete=${autocomplete} spellcheck="false" dir="auto" aria-describedby=${f.beschreven} aria-invalid=${f.ongeldig} .value=${c[veld]} />
      </div>`;
    };

    return html`<fieldset part="question" class=${ft.ongeldig === 'true' ? 'veld met-fout' : 'veld'} data-veld="toestemming" aria-describedby=${ft.beschreven}>
      <legend class="vraagtekst">${t.contact}</legend>
      <p id="contact-hint" class="hint">${t.contactHint}</p>
      ${ft.html} ${this.keuze('checkbox', 'toestemming', 'toestemming', 'ja', c.toestemming, t.toestemming, ft.ongeldig)}
      ${c.toestemming
        ? html`<div class=${fc.ongeldig === 'true' ? 'onthuld met-fout' : 'onthuld'} data-veld="contact">
            ${fc.html} ${invoer('naam', 'text', 'name')} ${invoer('email', 'email', 'email')} ${invoer('telefoon', 'tel', 'tel')}
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderBevestiging(): TemplateResult {
    const t = this.t.uitvraag;
    return html`<div part="confirmation" class="bevestiging">
        ${kop(this.n + 1, t.bedankt, 'heading', 'bedankt')}
        <p>${t.uwCode} <strong part="code" class="code" dir="ltr">${this.ontvangstcode}</strong></p>
      </div>
      ${navigator.clipboard
        ? html`<p class="kopieer">
            <button part="button copy-button" type="button" class="secundair" @click=${this.kopieer}>${t.kopieer}</button>
            <span role="status">${this.gekopieerd ? t.gekopieerd : ''}</span>
          </p>`
        : nothing}
      <p>${t.codeUitleg}</p>`;
  }
}
