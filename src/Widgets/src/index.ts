// The bundle partners load: registers every element (once, however often the script is included).
import './agenda/sn-agenda.js';
import './activiteit/sn-activiteit.js';
import './uitvraag/sn-uitvraag.js';

export { ActiviteitElement } from './activiteit/activiteit.component.js';
export { AgendaElement } from './agenda/agenda.component.js';
export { SnElement } from './shared/element.js';
export { UitvraagElement } from './uitvraag/uitvraag.component.js';
