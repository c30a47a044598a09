import { definieer } from '../shared/definieer.js';
import { ResultatenElement } from './resultaten.component.js';

definieer('sn-resultaten', ResultatenElement);

declare global {
  interface HTMLElementTagNameMap {
    'sn-resultaten': ResultatenElement;
  }
}
