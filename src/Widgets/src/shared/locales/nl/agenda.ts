// The Dutch texts of <sn-agenda> (and the filter bar of <sn-organisaties>), registered by the element (shared/i18n.ts,
// `nederlands`): a page downloads only the Dutch of the elements it has. locales/nl.ts puts the catalogue together.
import type { Catalogus } from '../../catalogus.js';

export const agendaNl: Catalogus['agenda'] = {
  naam: 'Agenda',
  laden: 'De agenda wordt geladen…',
  gevonden: { one: '{n} activiteit gevonden', other: '{n} activiteiten gevonden' },
  leeg: 'Er zijn geen activiteiten gevonden.',
  leegHint: 'Kies een andere wijk of een ander thema, of kijk later nog eens.',
  leegHintVast: 'Kijk later nog eens: er komen steeds nieuwe activiteiten bij.',
  fout: 'De agenda kan nu niet worden geladen.',
  instelFout: 'De agenda kan niet worden getoond, omdat een instelling op deze pagina niet klopt.',
  meerLaden: 'Meer activiteiten tonen',
  meerLadenBezig: 'Meer activiteiten worden geladen…',
  erbijGeladen: { one: '{n} activiteit erbij geladen', other: '{n} activiteiten erbij geladen' },
  abonneren: 'Abonneer u op deze agenda in uw agenda-app',
  filters: 'Kies wat u wilt zien',
  wijk: 'Wijk',
  alleWijken: 'Alle wijken',
  thema: 'Thema',
  alleThemas: 'Alle thema’s',
};
