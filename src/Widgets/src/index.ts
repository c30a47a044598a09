// The bundle partners load: registers every element (once, however often the script is included).
import './agenda/sn-agenda.js';

export { AgendaElement } from './agenda/agenda.component.js';
export { SnElement } from './shared/element.js';
