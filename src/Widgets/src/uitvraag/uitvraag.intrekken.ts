import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import { StuurFout, type Operatie } from '../shared/api.js';
import type { Catalogus } from '../shared/catalogus.js';
import { meld } from '../shared/element.js';
import { INTREKKEN, type IntrekAntwoord } from './uitvraag.queries.js';

/** What the withdraw form needs from the element it lives in. */
export interface IntrekOmgeving {
  /** The texts in the element's language. */
  teksten(): Catalogus['uitvraag'];
  /** Sends a mutation to the element's API in its language. */
  stuur<T>(op: Operatie<'mutation'>, variabelen: Record<string, unknown>): Promise<T>;
  /** The id of the uitvraag, for `sn-ingetrokken`. */
  uitvraag(): string | undefined;
}

/**
 * The part of `<sn-uitvraag>` that withdraws a reactie with its ontvangstcode (`reactieIntrekken`): its own state
 * (the code, its error, the status line, whether it is busy) and rendering, apart from the questionnaire. A Lit
 * reactive controller, so it renders in the element's shadow root with its styles and parts
 * (`withdraw`, `withdraw-button`), and fires `sn-ingetrokken` on the element.
 */
export class Intrekken implements ReactiveController {
  private code = '';
  private fout = '';
  private melding = '';
  private bezig = false;
  private focusOpCode = false;

  constructor(
    private readonly host: LitElement,
    private readonly omgeving: IntrekOmgeving,
  ) {
    host.addController(this);
  }

  /** After sending: the form holds the new ontvangstcode, without an old error or status. */
  vulIn(code: string): void {
    this.code = code;
    this.fout = '';
    this.melding = '';
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.focusOpCode) {
      this.focusOpCode = false;
      (this.host.renderRoot as ShadowRoot).getElementById('code')?.focus();
    }
  }

  private readonly trekIn = async (event: Event): Promise<void> => {
    event.preventDefault();
    const t = this.omgeving.teksten();
    if (this.bezig) {
      return;
    }

    this.melding = '';
    this.fout = this.code.trim() ? '' : t.codeLeeg;
    if (this.fout) {
      this.focusOpCode = true;
      this.host.requestUpdate();
      return;
    }

    this.bezig = true;
    this.host.requestUpdate();
    try {
      const { reactieIntrekken } = await this.omgeving.stuur<IntrekAntwoord>(INTREKKEN, { code: this.code.trim() });
      if (reactieIntrekken.ingetrokken) {
        this.code = '';
        this.melding = t.ingetrokken;
        meld(this.host, 'ingetrokken', { uitvraag: this.omgeving.uitvraag() });
      } else {
        this.melding = '';
        this.fout = t.codeOnbekend;
        this.focusOpCode = true;
      }
    } catch (fout) {
      console.warn(`<${this.host.localName}>:`, fout);
      this.melding = fout instanceof StuurFout && fout.code === 'RATE_LIMITED' ? t.teVaak : t.mislukt;
    } finally {
      this.bezig = false;
      this.host.requestUpdate();
    }
  };

  private readonly typ = (event: Event): void => {
    this.code = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    const t = this.omgeving.teksten();
    const fout = this.fout;
    return html`<details part="withdraw" class="intrekken" ?open=${this.bezig || !!fout || !!this.melding}>
      <summary>${t.intrekken}</summary>
      <p>${t.intrekkenUitleg}</p>
      <form novalidate aria-busy=${this.bezig ? 'true' : 'false'} @submit=${this.trekIn}>
        <div class=${fout ? 'veld met-fout' : 'veld'}>
          <label for="code">${t.code}</label>
          <p id="code-hint" class="hint">${t.codeHint}</p>
          ${fout ? html`<p id="code-fout" class="foutmelding"><span class="vh">${t.foutPrefix}</span> ${fout}</p>` : nothing}
          <input
            id="code"
            name="code"
            type="text"
            dir="ltr"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${fout ? 'code-hint code-fout' : 'code-hint'}
            aria-invalid=${fout ? 'true' : nothing}
            .value=${this.code}
            @input=${this.typ}
          />
        </div>
        <button part="button withdraw-button" type="submit" class="gevaar" aria-disabled=${this.bezig ? 'true' : 'false'}>${t.intrekken}</button>
      </form>
      <p role="status">${this.melding}</p>
    </details>`;
  }
}
