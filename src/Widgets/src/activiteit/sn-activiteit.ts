import { definieer } from '../shared/definieer.js';
import { ActiviteitElement } from './activiteit.component.js';

definieer('sn-activiteit', ActiviteitElement);

declare global {
  interface HTMLElementTagNameMap {
    'sn-activiteit': ActiviteitElement;
  }
}
