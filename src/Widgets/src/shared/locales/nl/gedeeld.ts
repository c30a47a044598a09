// The Dutch texts every element shares: the labels of the enums the widgets show and the general texts. In the
// script's shared module (shared/i18n.ts); each element adds its own texts (locales/nl/<element>.ts).
import type { Catalogus } from '../../catalogus.js';
import {
  activiteitSoortenNl,
  activiteitStatussenNl,
  doelgroepenNl,
  kanalenNl,
  organisatieSoortenNl,
  themasNl,
  uitvraagDoelgroepenNl,
  voorkomenStatussenNl,
} from '../../woordenlijst.generated.js';

export const gedeeldNl: Pick<Catalogus, 'woorden' | 'algemeen'> = {
  woorden: {
    themas: themasNl,
    doelgroepen: doelgroepenNl,
    activiteitSoorten: activiteitSoortenNl,
    activiteitStatussen: activiteitStatussenNl,
    voorkomenStatussen: voorkomenStatussenNl,
    organisatieSoorten: organisatieSoortenNl,
    uitvraagDoelgroepen: uitvraagDoelgroepenNl,
    kanalen: kanalenNl,
  },
  algemeen: {
    vandaag: 'Vandaag',
    morgen: 'Morgen',
    dagMetDatum: '{dag}, {datum}',
    opnieuw: 'Opnieuw proberen',
    online: 'Online',
    gratis: 'Gratis',
    waar: 'Waar',
    door: 'Door',
    kosten: 'Kosten',
    toegankelijkheid: 'Toegankelijkheid',
    rolstoeltoegankelijk: 'Toegankelijk met rolstoel',
    ringleiding: 'Ringleiding',
    eenvoudigeTaal: 'Eenvoudige taal',
    inMijnAgenda: 'Zet in mijn agenda',
    meerInformatie: 'Meer informatie',
    linkContext: '{titel}, {datum}',
    onbekendeWaarde: '{attribuut}="{waarde}" kennen we niet. Kies uit: {keuzes}.',
    attribuutOntbreekt: 'Het attribuut {attribuut} ontbreekt.',
    buitenBereik: '{attribuut}="{waarde}" kan niet: kies een heel getal van {min} tot en met {max}.',
    traag: 'Het laden duurt langer dan normaal. Een ogenblik geduld alstublieft.',
  },
};
