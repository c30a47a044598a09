import type { Woorden } from './woordenlijst.generated.js';

// The codes of the API's enums and their labels are generated from the one source (schema.graphql and
// src/Schema/Resources/Labels*.resx) by scripts/woordenlijst.mjs; never write them here again.
export {
  ACTIVITEIT_SOORTEN,
  DOELGROEPEN,
  KANALEN,
  ORGANISATIE_SOORTEN,
  THEMAS,
  UITVRAAG_DOELGROEPEN,
  type ActiviteitSoort,
  type ActiviteitStatus,
  type Doelgroep,
  type FactorSoort,
  type Kanaal,
  type OrganisatieSoort,
  type Thema,
  type UitvraagDoelgroep,
  type UitvraagStatus,
  type VoorkomenStatus,
  type VraagType,
  type Woorden,
} from './woordenlijst.generated.js';

/**
 * The enums whose labels a widget shows. The rest of the API's vocabulary (groepen, rollen, fasen …) is the portal's:
 * it stays out of the script and the language files.
 */
export type WidgetWoorden = Pick<Woorden, 'themas' | 'doelgroepen' | 'activiteitSoorten' | 'activiteitStatussen' | 'voorkomenStatussen' | 'organisatieSoorten' | 'uitvraagDoelgroepen' | 'kanalen'>;

/** The labels of one language that the widgets show (see `WidgetWoorden`). */
export const widgetWoorden = (w: Woorden): WidgetWoorden => ({
  themas: w.themas,
  doelgroepen: w.doelgroepen,
  activiteitSoorten: w.activiteitSoorten,
  activiteitStatussen: w.activiteitStatussen,
  voorkomenStatussen: w.voorkomenStatussen,
  organisatieSoorten: w.organisatieSoorten,
  uitvraagDoelgroepen: w.uitvraagDoelgroepen,
  kanalen: w.kanalen,
});

/**
 * A message that depends on a number. The keys are the CLDR plural categories of the language
 * (`Intl.PluralRules`): Dutch and English use one/other, Polish and Ukrainian one/few/many/other,
 * Arabic zero/one/two/few/many/other. `{n}` is replaced by the formatted number.
 */
export type Meervoud = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The texts a paged list needs for its status line, its empty state and its "meer" button (see shared/lijst.ts). */
export interface LijstTeksten {
  laden: string;
  leeg: string;
  leegHint: string;
  /** The hint when nothing was found and the visitor has no filter bar to choose with (the partner fixed the choice). */
  leegHintVast: string;
  gevonden: Meervoud;
  erbijGeladen: Meervoud;
  meerLaden: string;
  meerLadenBezig: string;
  fout: string;
  /** An attribute of the element is wrong (see shared/instelling.ts): no retry, the fallback link. */
  instelFout: string;
}

/**
 * Every text a widget shows. Each language file implements this type, so a missing text is a compile
 * error; a test checks that every plural message has exactly the categories of its language.
 * `{naam}` placeholders are filled with `vul()`.
 */
export interface Catalogus {
  /** The label of every enum code a widget shows (`woorden.themas.JEUGD`), generated from the API's labels: see woordenlijst.generated.ts. */
  woorden: WidgetWoorden;
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
    inMijnAgenda: string;
    meerInformatie: string;
    /** Hidden text after a repeated link, so every link is unique for screen readers: "{titel}, {datum}". */
    linkContext: string;
    /** For the web editor, in the console: `{attribuut}="{waarde}"` is no known code; `{keuzes}` are the codes it takes. */
    onbekendeWaarde: string;
    /** For the web editor, in the console: a required attribute is missing. */
    attribuutOntbreekt: string;
    /** For the web editor, in the console: `{attribuut}="{waarde}"` is no whole number from `{min}` to `{max}`. */
    buitenBereik: string;
    /** The status of a read that takes long (see TRAAG_NA); the fallback link shows under it. */
    traag: string;
  };
  agenda: LijstTeksten & {
    naam: string;
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
    instelFout: string;
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
  /** `<sn-uitvraag>`: answering a participatie-uitvraag. Placeholders: `{datum}`, `{n}`, `{max}`. */
  uitvraag: {
    laden: string;
    fout: string;
    nietGevonden: string;
    gesloten: string;
    nogNietOpen: string;
    /** `proef`: a preview whose answers are kept as a test and never count. */
    proef: string;
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
    /** The idempotency key was used for other answers (an earlier attempt did arrive); the draft has a new key now. */
    eerderOntvangen: string;
    teVaak: string;
    mislukt: string;
    foutTitel: string;
    /** Hidden before an inline error. */
    foutPrefix: string;
    fouten: {
      verplichtTekst: string;
      verplichtKeuze: string;
      teLang: string;
      /** At most `{n}` options (a several-choices question). */
      teVeel: Meervoud;
      /** At most `{n}` factors of each kind (helpend, remmend). */
      teVeelFactoren: Meervoud;
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
  organisaties: LijstTeksten & {
    /** The accessible name of the search form. */
    zoeken: string;
    zoekterm: string;
    zoekknop: string;
    wijken: string;
    /** Shown instead of the list when an organisation works in every wijk. */
    heelZoetermeer: string;
    adres: string;
    email: string;
    telefoon: string;
  };
  resultaten: {
    laden: string;
    fout: string;
    nietGevonden: string;
    nietGepubliceerd: string;
    /** "U kunt nog reageren tot en met {datum}.": the last day on which responding is possible. */
    nogOpen: string;
    reacties: Meervoud;
    /** The total when the API hides it: "Het aantal reacties is verborgen". */
    reactiesVerborgen: string;
    geenReacties: string;
    /**
     * A count the API hides (`onderDrempel`): "verborgen". Not "minder dan 5": to keep small counts from being worked
     * out, the API also hides some counts of 5 or more (complementary suppression).
     */
    verborgen: string;
    /** Why some counts are hidden, small ones and the ones that protect them; `{n}` is the threshold. */
    privacy: string;
    /** "Alleen reacties van: {keuze}." */
    segment: string;
    /**
     * The element has more than one of `wijk`, `doelgroep` and `kanaal`: the public results show one segment at a time
     * (the API's `SEGMENT_TOO_NARROW`). `{keuze}` lists the attributes.
     */
    segmentTeSmal: string;
    beantwoord: Meervoud;
    /** How many answered the question is hidden. */
    beantwoordVerborgen: string;
    meerdereKeuzes: string;
    /** The name of a chart: "Staafdiagram: {titel}. Dezelfde cijfers staan in de tabel." */
    grafiek: string;
    antwoord: string;
    aantal: string;
    percentage: string;
    /** The percentage of a hidden count. */
    nietGetoond: string;
    gemiddelde: string;
    mediaan: string;
    /** No average and median: a count they depend on is hidden. */
    geenGemiddelde: string;
    /** A scale value with its meaning: "{waarde} ({label})". */
    schaalWaarde: string;
    helpend: string;
    remmend: string;
    eigenWoorden: string;
    geenFactoren: string;
    openVraag: string;
    wieReageerden: string;
    perKanaal: string;
    perWijk: string;
    perDoelgroep: string;
    geenWijk: string;
    geenDoelgroep: string;
  };
}
