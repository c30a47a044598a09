// The Dutch texts of <sn-activiteit> (and two labels of <sn-organisaties>), registered by the element (shared/i18n.ts,
// `nederlands`): a page downloads only the Dutch of the elements it has. locales/nl.ts puts the catalogue together.
import type { Catalogus } from '../../catalogus.js';

export const activiteitNl: Catalogus['activiteit'] = {
  laden: 'De activiteit wordt geladen…',
  fout: 'De activiteit kan nu niet worden geladen.',
  instelFout: 'De activiteit kan niet worden getoond, omdat een instelling op deze pagina niet klopt.',
  nietGevonden: 'Deze activiteit bestaat niet (meer).',
  wanneer: 'Wanneer',
  volgendeKeren: 'Volgende keren',
  voorWie: 'Voor wie',
  themas: 'Thema’s',
  aanmelden: 'Aanmelden',
  aanmeldenNietNodig: 'Aanmelden is niet nodig. U kunt gewoon komen.',
  aanmeldenViaLink: 'Meld u aan op de website',
  aanmeldenViaEmailOfTelefoon: 'Meld u aan per e-mail of telefoon',
  plaatsen: { one: 'Er is plaats voor {n} persoon.', other: 'Er is plaats voor {n} personen.' },
  contact: 'Vragen?',
  onlineMeedoen: 'Online meedoen',
  website: 'Website',
};
