import { definieer } from '../shared/definieer.js';
import { UitvraagElement } from './uitvraag.component.js';

definieer('sn-uitvraag', UitvraagElement);

declare global {
  interface HTMLElementTagNameMap {
    'sn-uitvraag': UitvraagElement;
  }
}
