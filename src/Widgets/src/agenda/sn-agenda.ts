import { definieer } from '../shared/definieer.js';
import { AgendaElement } from './agenda.component.js';

definieer('sn-agenda', AgendaElement);

declare global {
  interface HTMLElementTagNameMap {
    'sn-agenda': AgendaElement;
  }
}
