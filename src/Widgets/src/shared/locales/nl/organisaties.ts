// The Dutch texts of <sn-organisaties>, registered by the element (shared/i18n.ts,
// `nederlands`): a page downloads only the Dutch of the elements it has. locales/nl.ts puts the catalogue together.
import type { Catalogus } from '../../catalogus.js';

export const organisatiesNl: Catalogus['organisaties'] = {
  laden: 'De organisaties worden geladen…',
  gevonden: { one: '{n} organisatie gevonden', other: '{n} organisaties gevonden' },
  leeg: 'Er zijn geen organisaties gevonden.',
  leegHint: 'Probeer een ander zoekwoord, of kies een andere wijk of een ander thema.',
  leegHintVast: 'Kijk later nog eens.',
  fout: 'De organisaties kunnen nu niet worden geladen.',
  instelFout: 'De organisaties kunnen niet worden getoond, omdat een instelling op deze pagina niet klopt.',
  meerLaden: 'Meer organisaties tonen',
  meerLadenBezig: 'Meer organisaties worden geladen…',
  erbijGeladen: { one: '{n} organisatie erbij geladen', other: '{n} organisaties erbij geladen' },
  zoeken: 'Zoek een organisatie',
  zoekterm: 'Zoekwoord',
  zoekknop: 'Zoeken',
  wijken: 'Wijken',
  heelZoetermeer: 'Heel Zoetermeer',
  adres: 'Adres',
  email: 'E-mail',
  telefoon: 'Telefoon',
};
