// Unit tests of the language, plural and date helpers (compiled by `npm run build` into build/js).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { getal, meervoud, meervoudsvorm, normaliseerTaal, richting, taalVan, TALEN, vul } from '../build/js/shared/i18n.js';
import nl from '../build/js/shared/locales/nl.js';
import { dagSleutel, tijdvak, verschuif } from '../build/js/shared/tijd.js';

// Dutch is in the script; the other languages are the files the script fetches (dist/taal-<taal>.json).
const catalogus = (taal) => (taal === 'nl' ? nl : JSON.parse(readFileSync(new URL(`../dist/taal-${taal}.json`, import.meta.url), 'utf8')));

describe('plurals', () => {
  test('Arabic has six forms: zero, one, two, few (3–10), many (11–99) and other', () => {
    const vormen = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map((n) => meervoudsvorm('ar', n));
    assert.deepEqual(vormen, ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many']);
    const gevonden = catalogus('ar').agenda.gevonden;
    assert.equal(meervoud('ar', gevonden, 1), 'تم العثور على نشاط واحد');
    assert.equal(meervoud('ar', gevonden, 2), 'تم العثور على نشاطين');
    assert.equal(meervoud('ar', gevonden, 5), `تم العثور على ${getal('ar').format(5)} أنشطة`);
    assert.equal(meervoud('ar', gevonden, 25), `تم العثور على ${getal('ar').format(25)} نشاطًا`);
    assert.equal(meervoud('ar', gevonden, 100), `تم العثور على ${getal('ar').format(100)} نشاط`);
  });

  test('Polish uses one, few (2–4, 22–24 …), many (5–21, 25 …) and other for fractions', () => {
    const vormen = [1, 2, 4, 5, 12, 21, 22, 25, 112, 1.5].map((n) => meervoudsvorm('pl', n));
    assert.deepEqual(vormen, ['one', 'few', 'few', 'many', 'many', 'many', 'few', 'many', 'many', 'other']);
    const gevonden = catalogus('pl').agenda.gevonden;
    assert.equal(meervoud('pl', gevonden, 1), 'Znaleziono 1 wydarzenie');
    assert.equal(meervoud('pl', gevonden, 22), 'Znaleziono 22 wydarzenia');
    assert.equal(meervoud('pl', gevonden, 25), 'Znaleziono 25 wydarzeń');
  });

  test('"choose at most N" counts the options and factors in the form of each language', () => {
    const f = (taal) => catalogus(taal).uitvraag.fouten;
    assert.equal(meervoud('nl', f('nl').teVeel, 1), 'Kies hoogstens 1 optie.');
    assert.equal(meervoud('nl', f('nl').teVeel, 2), 'Kies hoogstens 2 opties.');
    assert.equal(meervoud('nl', f('nl').teVeelFactoren, 1), 'Kies hoogstens 1 factor van elke soort.');
    assert.equal(meervoud('en', f('en').teVeel, 1), 'Choose at most 1 option.');
    assert.equal(meervoud('en', f('en').teVeelFactoren, 3), 'Choose at most 3 factors of each kind.');
    assert.equal(meervoud('pl', f('pl').teVeel, 1), 'Wybierz najwyżej 1 opcję.');
    assert.equal(meervoud('pl', f('pl').teVeel, 3), 'Wybierz najwyżej 3 opcje.');
    assert.equal(meervoud('pl', f('pl').teVeel, 5), 'Wybierz najwyżej 5 opcji.');
    assert.equal(meervoud('uk', f('uk').teVeelFactoren, 21), 'Виберіть щонайбільше 21 чинник кожного виду.');
    assert.equal(meervoud('uk', f('uk').teVeelFactoren, 5), 'Виберіть щонайбільше 5 чинників кожного виду.');
    assert.equal(meervoud('ar', f('ar').teVeel, 1), 'اختر خيارًا واحدًا على الأكثر.');
    assert.equal(meervoud('ar', f('ar').teVeel, 2), 'اختر خيارين على الأكثر.');
    assert.equal(meervoud('ar', f('ar').teVeel, 3), `اختر ${getal('ar').format(3)} خيارات على الأكثر.`);
    assert.equal(meervoud('ar', f('ar').teVeelFactoren, 11), `اختر ${getal('ar').format(11)} عاملًا على الأكثر من كل نوع.`);
  });

  test('every plural message has exactly the plural categories of its language', () => {
    for (const taal of TALEN) {
      const verwacht = [...new Intl.PluralRules(taal).resolvedOptions().pluralCategories].sort();
      const meervouden = [];
      const zoek = (waarde, pad) => {
        if (typeof waarde === 'object' && 'other' in waarde) {
          meervouden.push([pad, Object.keys(waarde).sort()]);
        } else if (typeof waarde === 'object') {
          Object.entries(waarde).forEach(([sleutel, kind]) => zoek(kind, `${pad}.${sleutel}`));
        }
      };
      zoek(catalogus(taal), taal);
      assert.ok(meervouden.length >= 3);
      for (const [pad, vormen] of meervouden) {
        assert.deepEqual(vormen, verwacht, pad);
      }
    }
  });
});

describe('catalogues', () => {
  test('every language has every text of the Dutch catalogue, none empty', () => {
    const sleutels = (object, pad = '') =>
      Object.entries(object).flatMap(([sleutel, waarde]) =>
        typeof waarde === 'object' && !('other' in waarde) ? sleutels(waarde, `${pad}${sleutel}.`) : [`${pad}${sleutel}`],
      );
    const nl = sleutels(catalogus('nl')).sort();
    for (const taal of TALEN) {
      assert.deepEqual(sleutels(catalogus(taal)).sort(), nl, taal);
      const teksten = JSON.stringify(catalogus(taal)).match(/"[^"]*"/g);
      assert.ok(!teksten.includes('""'), `${taal} has an empty text`);
    }
  });

  test('placeholders are filled, unknown ones stay visible', () => {
    assert.equal(vul('{dag}, {datum}', { dag: 'Vandaag', datum: 'maandag 23 november' }), 'Vandaag, maandag 23 november');
    assert.equal(vul('{titel} {onbekend}', { titel: 'Taalcafé' }), 'Taalcafé {onbekend}');
  });
});

describe('language resolution', () => {
  test('a language tag becomes one of the six languages, or nothing', () => {
    assert.deepEqual(
      ['en-GB', 'AR', 'nl_BE', 'uk-UA', 'pl', 'tr', 'de', '', ' ', null, undefined].map(normaliseerTaal),
      ['en', 'ar', 'nl', 'uk', 'pl', 'tr', undefined, undefined, undefined, undefined, undefined],
    );
    assert.deepEqual(TALEN.map(richting), ['ltr', 'ltr', 'rtl', 'ltr', 'ltr', 'ltr']);
  });

  // A minimal DOM: elements with a lang, a parent and a root (the document or a shadow root with a host).
  const document = { documentElement: { lang: 'en' } };
  const element = (lang, ouder, wortel = document) => ({
    lang,
    ouder,
    ownerDocument: document,
    getAttribute: () => lang,
    getRootNode: () => wortel,
    closest() {
      for (let knoop = this; knoop; knoop = knoop.ouder) {
        if (knoop.lang) {
          return knoop;
        }
      }
      return null;
    },
  });

  test('the element\'s own lang wins, then the nearest ancestor, then the document, then Dutch', () => {
    const sectie = element('ar', element('', null));
    assert.equal(taalVan(element('pl', sectie)), 'pl');
    assert.equal(taalVan(element('', sectie)), 'ar');
    assert.equal(taalVan(element('', element('', null))), 'en', 'from <html lang>');
    assert.equal(taalVan(element('de', sectie)), 'nl', 'the nearest language is not available: Dutch');
    document.documentElement.lang = '';
    assert.equal(taalVan(element('', null)), 'nl');
    document.documentElement.lang = 'en';
  });

  test('inside another component\'s shadow root the language comes from around its host', () => {
    const host = element('', element('tr', null));
    const binnen = element('', null, { host });
    assert.equal(taalVan(binnen), 'tr');
  });
});

describe('dates in Europe/Amsterdam', () => {
  test('the day of a moment is the day in Zoetermeer, also around daylight saving time', () => {
    assert.equal(dagSleutel(new Date('2026-11-23T23:30:00Z')), '2026-11-24');
    assert.equal(dagSleutel(new Date('2026-03-29T21:59:00Z')), '2026-03-29');
    assert.equal(dagSleutel(new Date('2026-10-24T22:30:00Z')), '2026-10-25');
  });

  // Issue 15: formatToParts with a time zone was the most expensive call while the agenda rendered (five per item).
  // dagSleutel now asks Intl once per UTC day (per hour on the two days the clock changes): the same answers, counted calls.
  test('the day in Zoetermeer is the same as Intl says, for every half hour of three years, with one Intl call per day', () => {
    const referentie = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    const echt = Intl.DateTimeFormat.prototype.formatToParts;
    let aanroepen = 0;
    Intl.DateTimeFormat.prototype.formatToParts = function (...args) {
      aanroepen++;
      return echt.apply(this, args);
    };
    try {
      const begin = Date.UTC(2025, 0, 1);
      const dagen = 3 * 365;
      for (let tijd = begin; tijd < begin + dagen * 86_400_000; tijd += 1_800_000) {
        for (const moment of [new Date(tijd), new Date(tijd + 1_799_999)]) {
          const delen = Object.fromEntries(referentie.formatToParts(moment).map((d) => [d.type, d.value]));
          aanroepen--;
          assert.equal(dagSleutel(moment), `${delen.year}-${delen.month}-${delen.day}`, moment.toISOString());
        }
      }

      // Once per UTC day, plus 24 on each of the six days with a clock change.
      assert.ok(aanroepen <= dagen + 2 + 6 * 24, `${aanroepen} formatToParts calls for ${dagen} days`);
    } finally {
      Intl.DateTimeFormat.prototype.formatToParts = echt;
    }
  });

  test('a time span is shown in Dutch time, whatever the computer\'s zone', () => {
    assert.match(tijdvak('nl', new Date('2026-03-30T10:00:00+02:00'), new Date('2026-03-30T11:30:00+02:00')), /^10:00\s*–\s*11:30$/);
    assert.match(tijdvak('nl', new Date('2026-12-01T09:00:00Z'), new Date('2026-12-01T10:00:00Z')), /^10:00\s*–\s*11:00$/);
  });

  test('calendar arithmetic: days and months, the end of a month', () => {
    assert.equal(verschuif('2026-11-23', 7), '2026-11-30');
    assert.equal(verschuif('2026-12-29', 7), '2027-01-05');
    assert.equal(verschuif('2026-01-31', 0, 1), '2026-02-28');
    assert.equal(verschuif('2028-01-31', 0, 1), '2028-02-29');
  });
});
