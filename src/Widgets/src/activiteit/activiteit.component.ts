import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { belLink, mailLink, webLink } from '../shared/api.js';
import { meld } from '../shared/element.js';
import { meervoud, nederlands } from '../shared/i18n.js';
import { SnItemElement } from '../shared/item.js';
import { activiteitNl } from '../shared/locales/nl/activiteit.js';
import { kenmerken, kop, kostenTekst, namen, statusTekst } from '../shared/opmaak.js';
import { datumMetTijdvak } from '../shared/tijd.js';
import { ACTIVITEIT, type Activiteit, type ActiviteitAntwoord } from './activiteit.queries.js';
import { activiteitStijl } from './activiteit.styles.js';

nederlands({ activiteit: activiteitNl });

/**
 * One activity with everything a visitor needs: what, when (the next dates), where, who organises it, what it
 * costs, for whom, accessibility, how to sign up and whom to ask, with links to its page and calendar file.
 *
 * @tagname sn-activiteit
 * @summary One activity of the shared agenda.
 *
 * @attr {string} api - Base URL of the Sociaal Netwerk API. Default: where the script was loaded from.
 * @attr {string} activiteit - The id of the activity (`Activiteit.id` in the API). Not the element's own `id`,
 *   so one page can show the same activity twice.
 * @attr {number} kopniveau - Heading level of the title (1–6). Default 2.
 * @attr {string} lang - Language: nl, en, ar, tr, uk or pl. Default: the nearest `lang` on the page, else Dutch.
 *
 * @fires sn-geladen - The activity arrived. `detail: { activiteit }` (its id).
 * @fires sn-fout - The activity could not be loaded. `detail: { fout }`.
 *
 * @slot - Fallback content, normally a link to the activity's page: shown before the script runs, without JavaScript, when loading fails or is slow, and under "does not exist (any more)".
 *
 * @csspart root - The wrapper of everything inside the element (carries `lang` and `dir`).
 * @csspart status - The live region with the loading state.
 * @csspart error - The error box with the retry button and the fallback slot.
 * @csspart article - The activity.
 * @csspart title - The title.
 * @csspart kind - The kind of activity ("Inloopspreekuur").
 * @csspart description - The description.
 * @csspart details - When, where, who, cost, for whom, accessibility, sign-up and contact.
 * @csspart badge - An accessibility feature or a status such as "Gaat niet door".
 * @csspart calendar-link - The "add to my calendar" link.
 * @csspart page-link - The link to the activity's page.
 * @csspart button - Every button.
 */
export class ActiviteitElement extends SnItemElement<Activiteit> {
  static override properties: PropertyDeclarations = {
    activiteit: { type: String },
  };

  static override styles = [...SnItemElement.styles, activiteitStijl];

  declare activiteit: string | undefined;

  protected override willUpdate(veranderd: PropertyValues<this>): void {
    // Also the first time: without an `activiteit` attribute nothing else would start the read.
    if (!this.hasUpdated || veranderd.has('activiteit') || veranderd.has('api')) {
      void this.laad();
    }
  }

  /** Without `activiteit` there is nothing to show: the web editor forgot the id. */
  protected override async zonderId(): Promise<void> {
    const fout = await this.maakInstelFout('attribuutOntbreekt', { attribuut: 'activiteit' });
    if (this.activiteit?.trim()) {
      return; // the id came meanwhile, and its read is under way
    }

    console.error(`<${this.localName}>: ${fout.message}`);
    this.instelFout = true;
    this.toestand = 'fout';
    meld(this, 'fout', { fout: String(fout) });
  }

  protected override get getalAttributen(): readonly (readonly [string, number, number])[] {
    return [['kopniveau', 1, 6]];
  }

  protected override get itemId(): string | undefined {
    return this.activiteit;
  }

  protected override async haal(id: string, signaal: AbortSignal): Promise<void> {
    const { activiteit } = await this.vraag<ActiviteitAntwoord>(ACTIVITEIT, { id }, signaal);
    this.gegevens = activiteit;
    this.toestand = activiteit ? 'klaar' : 'onbekend';
    meld(this, 'geladen', { activiteit: id });
  }

  protected override renderInhoud(): unknown {
    const t = this.t;
    const fout = this.instelFout ? t.activiteit.instelFout : t.activiteit.fout;
    const laden = this.traag ? t.algemeen.traag : t.activiteit.laden;
    const status = { laden, klaar: '', onbekend: t.activiteit.nietGevonden, fout }[this.toestand];
    return html`
      <p part="status" class=${this.toestand === 'klaar' ? 'vh' : 'status'} role="status">${status}</p>
      ${this.renderTraag()}
      ${this.toestand === 'onbekend' ? html`<div><slot></slot></div>` : nothing}
      ${this.toestand === 'fout' ? this.renderFout(this.instelFout ? undefined : () => void this.laad()) : nothing}
      ${this.toestand === 'klaar' && this.gegevens ? this.renderActiviteit(this.gegevens) : nothing}
    `;
  }

  private renderActiviteit(a: Activiteit): TemplateResult {
    const t = this.t;
    const { algemeen } = t;
    const pagina = this.apiAdres(`activiteiten/${encodeURIComponent(a.id)}`);
    const kalender = this.apiAdres(`activiteiten/${encodeURIComponent(a.id)}.ics`);
    const status = statusTekst(t.woorden.activiteitStatussen, a.status);
    const kosten = kostenTekst(algemeen, this.taal, a.kosten);
    const toegankelijk = kenmerken(algemeen, a.toegankelijkheid);
    const rij = (label: string, inhoud: unknown): TemplateResult => html`<div><dt>${label}</dt><dd>${inhoud}</dd></div>`;
    const labels = (teksten: string[]): TemplateResult =>
      html`<ul class="kenmerken" role="list">${teksten.map((tekst) => html`<li class="kenmerk">${tekst}</li>`)}</ul>`;

    return html`<article part="article">
      ${kop(this.kopniveau, html`<bdi>${a.titel}</bdi>`, 'title')}
      <p part="kind" class="soort">
        ${t.woorden.activiteitSoorten[a.soort]} ${status ? html` <span part="badge" class="waarschuwing">${status}</span>` : nothing}
      </p>
      <p part="description" class="omschrijving" dir="auto">${a.omschrijving}</p>
      <dl part="details" class="details">
        ${a.volgendeVoorkomens.length > 0
          ? rij(
              t.activiteit.volgendeKeren,
              html`<ul role="list">
                ${a.volgendeVoorkomens.map((keer) => {
                  const start = new Date(keer.start);
                  const keerStatus = statusTekst(t.woorden.voorkomenStatussen, keer.status);
                  return html`<li>
                    <time class="tijd" datetime=${keer.start}>${datumMetTijdvak(this.taal, start, new Date(keer.eind))}</time>
                    ${keerStatus ? html` <span part="badge" class="waarschuwing">${keerStatus}</span>` : nothing}
                  </li>`;
                })}
              </ul>`,
            )
          : nothing}
        ${a.locatie || a.online ? rij(algemeen.waar, this.renderPlaats(a)) : nothing}
        ${a.organisatoren.length > 0 ? rij(algemeen.door, this.renderOrganisatoren(a)) : nothing}
        ${kosten ? rij(algemeen.kosten, html`${kosten}${a.kosten.toelichting ? html`. <bdi>${a.kosten.toelichting}</bdi>` : nothing}`) : nothing}
        ${a.doelgroepen.length > 0 ? rij(t.activiteit.voorWie, labels(a.doelgroepen.map((d) => t.woorden.doelgroepen[d]))) : nothing}
        ${a.themas.length > 0 ? rij(t.activiteit.themas, labels(a.themas.map((thema) => t.woorden.themas[thema]))) : nothing}
        ${toegankelijk.length > 0 || a.locatie?.toegankelijkheidToelichting
          ? rij(
              algemeen.toegankelijkheid,
              html`<ul class="kenmerken" role="list">
                  ${toegankelijk.map((kenmerk) => html`<li part="badge" class="kenmerk">${kenmerk}</li>`)}
                </ul>
                ${a.locatie?.toegankelijkheidToelichting ? html`<p><bdi>${a.locatie.toegankelijkheidToelichting}</bdi></p>` : nothing}`,
            )
          : nothing}
        ${rij(t.activiteit.aanmelden, this.renderAanmelding(a))}
        ${a.contact && (a.contact.naam || a.contact.email || a.contact.telefoon) ? rij(t.activiteit.contact, this.renderContact(a.contact)) : nothing}
      </dl>
      <p class="links">
        <a part="calendar-link" href=${kalender.href}>${algemeen.inMijnAgenda}</a>
        <a part="page-link" href=${pagina.href}>${algemeen.meerInformatie}</a>
      </p>
    </article>`;
  }

  private renderPlaats(a: Activiteit): TemplateResult {
    const l = a.locatie;
    const online = webLink(a.onlineLink);
    return html`${l
      ? html`<bdi>${l.naam}</bdi><br /><bdi>${l.adres}</bdi><br /><bdi>${[l.postcode, l.plaats].filter(Boolean).join(' ')}</bdi>${l.wijk
            ? html` (<bdi>${l.wijk.naam}</bdi>)`
            : nothing}`
      : nothing}
    ${a.online
      ? html`${l ? html`<br />` : nothing}${online ? html`<a href=${online}>${this.t.activiteit.onlineMeedoen}</a>` : this.t.algemeen.online}`
      : nothing}`;
  }

  private renderOrganisatoren(a: Activiteit): unknown {
    const metSite = a.organisatoren.filter((o) => webLink(o.website));
    if (metSite.length === 0) {
      return namen(this.taal, a.organisatoren.map((o) => o.naam));
    }

    return html`<ul role="list">
      ${a.organisatoren.map((o) => {
        const site = webLink(o.website);
        return html`<li>${site ? html`<a href=${site}><bdi>${o.naam}</bdi></a>` : html`<bdi>${o.naam}</bdi>`}</li>`;
      })}
    </ul>`;
  }

  private renderAanmelding(a: Activiteit): TemplateResult {
    const t = this.t.activiteit;
    const { aanmelding } = a;
    const link = webLink(aanmelding.link);
    const mail = mailLink(aanmelding.email);
    const bel = belLink(aanmelding.telefoon);
    const capaciteit = aanmelding.capaciteit ? html`<p>${meervoud(this.taal, t.plaatsen, aanmelding.capaciteit)}</p>` : nothing;
    switch (aanmelding.wijze) {
      case 'NIET_NODIG':
        return html`<p>${t.aanmeldenNietNodig}</p>${capaciteit}`;
      case 'VIA_LINK':
        return html`<p>${link ? html`<a href=${link}>${t.aanmeldenViaLink}</a>` : t.aanmeldenViaLink}</p>${capaciteit}`;
      default:
        return html`<p>${t.aanmeldenViaEmailOfTelefoon}</p>
          <ul role="list">
            ${mail ? html`<li><a href=${mail}><bdi>${aanmelding.email}</bdi></a></li>` : nothing}
            ${bel ? html`<li><a href=${bel}><bdi>${aanmelding.telefoon}</bdi></a></li>` : nothing}
          </ul>
          ${capaciteit}`;
    }
  }

  private renderContact(contact: NonNullable<Activiteit['contact']>): TemplateResult {
    const mail = mailLink(contact.email);
    const bel = belLink(contact.telefoon);
    return html`<ul role="list">
      ${contact.naam ? html`<li><bdi>${contact.naam}</bdi></li>` : nothing}
      ${mail ? html`<li><a href=${mail}><bdi>${contact.email}</bdi></a></li>` : nothing}
      ${bel ? html`<li><a href=${bel}><bdi>${contact.telefoon}</bdi></a></li>` : nothing}
    </ul>`;
  }
}
