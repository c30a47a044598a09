/** The codes of the API's enums that the widgets show or filter on (see schema.graphql). */
export const THEMAS = [
  'EENZAAMHEID_EN_ONTMOETING',
  'GEZONDHEID_EN_BEWEGEN',
  'GELDZAKEN_EN_SCHULDEN',
  'TAAL_EN_DIGITALE_VAARDIGHEDEN',
  'JEUGD',
  'VRIJWILLIGERSWERK',
  'MANTELZORG',
  'WONEN_EN_BUURT',
  'WERK_EN_DAGBESTEDING',
  'INCLUSIE',
] as const;

export const DOELGROEPEN = [
  'IEDEREEN',
  'OUDEREN',
  'JONGEREN',
  'KINDEREN',
  'OUDERS',
  'MANTELZORGERS',
  'VRIJWILLIGERS',
  'NIEUWKOMERS',
  'LAAGGELETTERDEN',
  'MENSEN_MET_BEPERKING',
  'WERKENDE_MINIMA',
  'PROFESSIONALS',
] as const;

export const SOORTEN = [
  'BIJEENKOMST',
  'INLOOPSPREEKUUR',
  'CURSUS_TRAINING',
  'MAALTIJD',
  'BUURTACTIVITEIT',
  'FEEST',
  'INFORMATIEMARKT',
  'SPORT_EN_BEWEGEN',
  'NETWERKBIJEENKOMST',
  'OVERIG',
] as const;

export type Thema = (typeof THEMAS)[number];
export type Doelgroep = (typeof DOELGROEPEN)[number];
export type Soort = (typeof SOORTEN)[number];

/**
 * A message that depends on a number. The keys are the CLDR plural categories of the language
 * (`Intl.PluralRules`): Dutch and English use one/other, Polish and Ukrainian one/few/many/other,
 * Arabic zero/one/two/few/many/other. `{n}` is replaced by the formatted number.
 */
export type Meervoud = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/**
 * Every text a widget shows. Each language file implements this type, so a missing text is a compile
 * error; a test checks that every plural message has exactly the categories of its language.
 * `{naam}` placeholders are filled with `vul()`.
 */
export interface Catalogus {
  algemeen: {
    vandaag: string;
    morgen: string;
    /** "{dag}, {datum}": "Vandaag, maandag 23 november". */
    dagMetDatum: string;
    opnieuw: string;
    online: string;
    gratis: string;
    waar: string;
    door: string;
    kosten: string;
    toegankelijkheid: string;
    rolstoeltoegankelijk: string;
    ringleiding: string;
    eenvoudigeTaal: string;
    geannuleerd: string;
    vol: string;
    inMijnAgenda: string;
    meerInformatie: string;
    /** Hidden text after a repeated link, so every link is unique for screen readers: "{titel}, {datum}". */
    linkContext: string;
  };
  agenda: {
    naam: string;
    laden: string;
    gevonden: Meervoud;
    leeg: string;
    leegHint: string;
    fout: string;
    meerLaden: string;
    meerLadenBezig: string;
    erbijGeladen: Meervoud;
    abonneren: string;
    filters: string;
    wijk: string;
    alleWijken: string;
    thema: string;
    alleThemas: string;
  };
  activiteit: {
    laden: string;
    fout: string;
    nietGevonden: string;
    wanneer: string;
    volgendeKeren: string;
    voorWie: string;
    themas: string;
    aanmelden: string;
    aanmeldenNietNodig: string;
    aanmeldenViaLink: string;
    aanmeldenViaEmailOfTelefoon: string;
    plaatsen: Meervoud;
    contact: string;
    onlineMeedoen: string;
    website: string;
  };
  themas: Record<Thema, string>;
  doelgroepen: Record<Doelgroep, string>;
  soorten: Record<Soort, string>;
  /** `<sn-uitvraag>`: answering a participatie-uitvraag. Placeholders: `{datum}`, `{n}`, `{max}`. */
  uitvraag: {
    laden: string;
    fout: string;
    nietGevonden: string;
    gesloten: string;
    nogNietOpen: string;
    openTot: string;
    nietInUwTaal: string;
    privacy: string;
    bewaren: string;
    concept: string;
    verplicht: string;
    vraag: string;
    overU: string;
    wijk: string;
    kiesWijk: string;
    doelgroep: string;
    lieverNiet: string;
    doelgroepen: Record<'INWONERS' | 'VRIJWILLIGERS' | 'INFORMELE_NETWERKEN' | 'ORGANISATIES' | 'PROFESSIONALS', string>;
    helpend: string;
    remmend: string;
    eigen: string;
    eigenHint: string;
    contact: string;
    contactHint: string;
    toestemming: string;
    naam: string;
    email: string;
    telefoon: string;
    versturen: string;
    bezig: string;
    nietVerstuurd: string;
    teVaak: string;
    mislukt: string;
    foutTitel: string;
    /** Hidden before an inline error. */
    foutPrefix: string;
    fouten: {
      verplichtTekst: string;
      verplichtKeuze: string;
      teLang: string;
      teVeel: string;
      teVeelFactoren: string;
      ongeldig: string;
      contactLeeg: string;
      email: string;
    };
    bedankt: string;
    uwCode: string;
    codeUitleg: string;
    kopieer: string;
    gekopieerd: string;
    intrekken: string;
    intrekkenUitleg: string;
    code: string;
    codeHint: string;
    ingetrokken: string;
    codeOnbekend: string;
    codeLeeg: string;
  };
}
