import { definieer } from '../shared/definieer.js';
import { OrganisatiesElement } from './organisaties.component.js';

definieer('sn-organisaties', OrganisatiesElement);

declare global {
  interface HTMLElementTagNameMap {
    'sn-organisaties': OrganisatiesElement;
  }
}
