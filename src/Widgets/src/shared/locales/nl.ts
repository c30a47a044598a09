// The whole Dutch catalogue, for the type check (a missing text is a compile error) and the tests. The script never
// imports it: the shared texts are in shared/i18n.ts and each element brings its own (locales/nl/*.ts, `nederlands`).
import type { Catalogus } from '../catalogus.js';
import { activiteitNl } from './nl/activiteit.js';
import { agendaNl } from './nl/agenda.js';
import { gedeeldNl } from './nl/gedeeld.js';
import { organisatiesNl } from './nl/organisaties.js';
import { resultatenNl } from './nl/resultaten.js';
import { uitvraagNl } from './nl/uitvraag.js';

const nl: Catalogus = {
  ...gedeeldNl,
  agenda: agendaNl,
  activiteit: activiteitNl,
  uitvraag: uitvraagNl,
  organisaties: organisatiesNl,
  resultaten: resultatenNl,
};

export default nl;
