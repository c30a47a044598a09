import { type PropertyDeclarations } from 'lit';
import { meld, SnElement } from './element.js';
import { instelBericht, isInstelFout } from './instelling.js';

/** Where an element that shows one item of the API stands: reading, shown, not found, or failed. */
export type ItemToestand = 'laden' | 'klaar' | 'onbekend' | 'fout';

/**
 * What the elements that show one item by its id share (`sn-activiteit`, `sn-resultaten`): `kopniveau`, the state
 * and the item, and the read itself: started again when the element comes back to the page, "not found" without an
 * id, and on failure the error state with `sn-fout` (a read that was broken off is no failure). Subclasses fetch
 * the item in `haal()` and set `gegevens`, `toestand` and fire `sn-geladen`.
 */
export abstract class SnItemElement<T, Toestand extends string = ItemToestand> extends SnElement {
  static override properties: PropertyDeclarations = {
    kopniveau: { type: Number },
    toestand: { state: true, attribute: false },
    gegevens: { state: true, attribute: false },
  };

  /** Heading level of the title. Default 2. */
  declare kopniveau: number;

  declare protected toestand: Toestand | ItemToestand;
  declare protected gegevens: T | null;

  /** Whether the error state comes from a wrong or missing attribute (see shared/instelling.ts): no retry then. */
  protected instelFout = false;

  constructor() {
    super();
    this.kopniveau = 2;
    this.toestand = 'laden';
    this.gegevens = null;
  }

  /** The id of the item (the element's attribute), untrimmed. */
  protected abstract get itemId(): string | undefined;

  /** Fetches the item with this id: sets `gegevens` and `toestand` and fires `sn-geladen`. */
  protected abstract haal(id: string, signaal: AbortSignal): Promise<void>;

  /** Without an id: "not found". A subclass whose id attribute is required says that instead. */
  protected zonderId(): Promise<void> | void {
    this.toestand = 'onbekend';
  }

  /** Whether a failed read is an answer after all (handled by the subclass, such as "not published yet"). */
  protected isAntwoord(_fout: unknown, _id: string): boolean {
    return false;
  }

  protected override get laadt(): boolean {
    return this.toestand === 'laden';
  }

  protected override hervat(): void {
    void this.laad();
  }

  protected async laad(): Promise<void> {
    const signaal = this.nieuwVerzoek();
    this.toestand = 'laden';
    this.instelFout = false;
    const id = this.itemId?.trim();
    if (!id) {
      await this.zonderId();
      return;
    }

    try {
      await this.haal(id, signaal);
    } catch (fout) {
      if (signaal.aborted || this.isAntwoord(fout, id)) {
        return;
      }

      this.instelFout = isInstelFout(fout);
      if (this.instelFout) {
        console.error(`<${this.localName}>: ${instelBericht(fout)}`);
      } else {
        console.warn(`<${this.localName}>:`, fout);
      }

      this.toestand = 'fout';
      meld(this, 'fout', { fout: String(fout) });
    } finally {
      this.verzoekKlaar(signaal);
    }
  }
}
