// The bundle partners load: registers every element (once, however often the script is included).
import './agenda/sn-agenda.js';
import './activiteit/sn-activiteit.js';
import './uitvraag/sn-uitvraag.js';
import './organisaties/sn-organisaties.js';
import './resultaten/sn-resultaten.js';

export { ActiviteitElement } from './activiteit/activiteit.component.js';
export { AgendaElement } from './agenda/agenda.component.js';
export { OrganisatiesElement } from './organisaties/organisaties.component.js';
export { ResultatenElement } from './resultaten/resultaten.component.js';
export { SnElement } from './shared/element.js';
export { UitvraagElement } from './uitvraag/uitvraag.component.js';
