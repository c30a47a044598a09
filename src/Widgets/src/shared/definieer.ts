/**
 * Registers an element once. A page may load the script twice (two partners' snippets, the versioned URL and
 * the alias): the second registration is skipped instead of throwing.
 */
export function definieer(naam: string, klasse: CustomElementConstructor): void {
  if (!customElements.get(naam)) {
    customElements.define(naam, klasse);
  }
}
