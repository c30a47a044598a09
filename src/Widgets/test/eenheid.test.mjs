// Unit tests of the pure helpers (links from partner data, list attributes, the agenda filter, the uitvraag draft), on the tsc
// output that `npm run build` writes to build/js. Fast: no browser, no server.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { belLink, mailLink, webcal, webLink } from '../build/js/shared/api.js';
import { agendaFilter, feedParameters } from '../build/js/agenda/agenda.filter.js';
import { code, extraKeuze, waarden } from '../build/js/shared/attribuut.js';
import { cssProperties, tokenTabel, TOKENS } from '../build/js/shared/tokens.js';
import { controleer, eigenFactoren, leegConcept, reactieInvoer, vraagVeld } from '../build/js/uitvraag/uitvraag.concept.js';

describe('links from partner data', () => {
  test('only http(s) addresses become web links', () => {
    assert.equal(webLink('https://example.org/pad?q=1'), 'https://example.org/pad?q=1');
    assert.equal(webLink('http://example.org'), 'http://example.org/');
    for (const adres of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org', 'example.org', '', null, undefined]) {
      assert.equal(webLink(adres), undefined, String(adres));
    }
  });

  test('a mail link needs one @ and nothing that could break out of the href', () => {
    assert.equal(mailLink(' info@example.org '), 'mailto:info@example.org');
    for (const adres of ['info', 'a@b@c', 'a b@example.org', 'a@example.org"><x', 'javascript:a@b', '', null, undefined]) {
      assert.equal(mailLink(adres), undefined, String(adres));
    }
  });

  test('a phone link keeps digits and one leading plus', () => {
    assert.equal(belLink('079 - 123 45 67'), 'tel:0791234567');
    assert.equal(belLink('+31 (0)79 123+4567'), 'tel:+310791234567');
    assert.equal(belLink('112'), 'tel:112');
    for (const nummer of ['12', '+1', 'bel ons', '', null, undefined]) {
      assert.equal(belLink(nummer), undefined, String(nummer));
    }
  });

  test('webcal: keeps everything after the scheme', () => {
    assert.equal(webcal(new URL('https://api.example.org/agenda.ics?wijk=oosterheem')), 'webcal://api.example.org/agenda.ics?wijk=oosterheem');
  });
});

describe('list attributes', () => {
  test('values are split on commas and white space', () => {
    assert.deepEqual(waarden('oosterheem, seghwaert  palenstein,,'), ['oosterheem', 'seghwaert', 'palenstein']);
    assert.deepEqual(waarden(' '), []);
    assert.deepEqual(waarden(null), []);
  });

  test('a filter choice the list cannot show as one option gets its own', () => {
    const wijken = ['oosterheem', 'seghwaert'];
    assert.equal(extraKeuze('oosterheem', wijken), '');
    assert.equal(extraKeuze('', wijken), '');
    assert.equal(extraKeuze('oosterheem,seghwaert', wijken), 'oosterheem,seghwaert');
    assert.equal(extraKeuze('onbekend', new Set(wijken).keys()), 'onbekend');
  });

  test('a slug or a code becomes the enum code', () => {
    assert.equal(code('eenzaamheid-en-ontmoeting'), 'EENZAAMHEID_EN_ONTMOETING');
    assert.equal(code(' EENZAAMHEID_EN_ONTMOETING '), 'EENZAAMHEID_EN_ONTMOETING');
    assert.equal(code('sport en  bewegen'), 'SPORT_EN_BEWEGEN');
  });
});

describe('agenda filter', () => {
  test('attributes become the AgendaFilter of the API, and the same choice becomes the feed\'s query string', () => {
    const keuze = {
      wijk: 'Oosterheem, seghwaert',
      thema: 'eenzaamheid-en-ontmoeting',
      doelgroep: 'ouderen MANTELZORGERS',
      organisatie: '',
      netwerk: undefined,
      periode: ' Week ',
    };
    assert.deepEqual(agendaFilter(keuze), {
      wijken: ['oosterheem', 'seghwaert'],
      themas: ['EENZAAMHEID_EN_ONTMOETING'],
      doelgroepen: ['OUDEREN', 'MANTELZORGERS'],
      periode: 'Week',
    });
    assert.deepEqual(agendaFilter({}), {});
    assert.equal(feedParameters(keuze).toString(), 'wijk=Oosterheem%2Cseghwaert&thema=eenzaamheid-en-ontmoeting&doelgroep=ouderen%2CMANTELZORGERS');
  });

  test('periode goes to the API as given, never as a date the browser computed: the API resolves it on its own clock', () => {
    for (const periode of ['vandaag', 'maand', '14', 'jaar', '400']) {
      const filter = agendaFilter({ periode });
      assert.deepEqual(filter, { periode }, periode);
      assert.equal('tot' in filter || 'vanaf' in filter, false, periode);
    }

    for (const leeg of ['', '  ', undefined]) {
      assert.deepEqual(agendaFilter({ periode: leeg }), {}, String(leeg));
    }
  });
});

describe('uitvraag draft', () => {
  const vraag = (id, type, extra = {}) => ({
    id,
    nummer: 1,
    type,
    tekst: id,
    toelichting: null,
    verplicht: false,
    maxLengte: null,
    maxKeuzes: null,
    schaalMin: null,
    schaalMax: null,
    schaalLabelMin: null,
    schaalLabelMax: null,
    eigenFactorenToegestaan: false,
    opties: [],
    ...extra,
  });
  const opties = (...ids) => ids.map((id) => ({ id, tekst: id }));
  const uitvraag = (vragen, extra = {}) => ({
    id: 'U1',
    doelgroepen: ['INWONERS'],
    contactgegevensVragen: false,
    profielvraagWijk: false,
    profielvraagDoelgroep: false,
    vragen,
    ...extra,
  });
  const concept = (extra = {}) => ({ ...leegConcept(), sleutel: 'sleutel-1', ...extra });

  test('own factors: one per line, trimmed, without empty lines', () => {
    assert.deepEqual(eigenFactoren(' buren \n\n  vervoer\n'), ['buren', 'vervoer']);
    assert.deepEqual(eigenFactoren(undefined), []);
  });

  test('a new draft has its own idempotency key and nothing filled in', () => {
    const [a, b] = [leegConcept(), leegConcept()];
    assert.notEqual(a.sleutel, b.sleutel);
    assert.ok(a.sleutel.length >= 16);
    assert.deepEqual({ ...a, sleutel: '' }, { sleutel: '', antwoorden: {}, wijk: '', doelgroep: '', toestemming: false, naam: '', email: '', telefoon: '' });
  });

  test('the ReactieInvoer holds only answered questions, choices still offered, and profile and contact only when asked', () => {
    const u = uitvraag(
      [
        vraag('open', 'OPEN_TEKST'),
        vraag('leeg', 'OPEN_TEKST'),
        vraag('keus', 'MEERDERE_KEUZES', { opties: opties('a', 'b') }),
        vraag('schaal', 'SCHAAL'),
        vraag('factoren', 'FACTOREN', { opties: opties('f1'), eigenFactorenToegestaan: true }),
      ],
      { profielvraagWijk: true, profielvraagDoelgroep: true, contactgegevensVragen: true },
    );
    const c = concept({
      antwoorden: {
        open: { tekst: '  ja  ' },
        leeg: { tekst: '   ' },
        keus: { keuzes: ['a', 'verdwenen'] },
        schaal: { getal: 0 },
        factoren: { HELPEND: ['f1'], eigenREMMEND: 'geen bus\n' },
      },
      wijk: 'oosterheem',
      doelgroep: 'ORGANISATIES',
      toestemming: true,
      naam: ' Ans ',
    });
    assert.deepEqual(reactieInvoer(u, c, 'nl', ''), {
      uitvraagId: 'U1',
      idempotentieSleutel: 'sleutel-1',
      taal: 'NL',
      antwoorden: [
        { vraagId: 'open', tekst: 'ja' },
        { vraagId: 'keus', optieIds: ['a'] },
        { vraagId: 'schaal', getal: 0 },
        { vraagId: 'factoren', factoren: [{ soort: 'HELPEND', optieId: 'f1' }, { soort: 'REMMEND', tekst: 'geen bus' }] },
      ],
      wijk: 'oosterheem',
      contact: { toestemming: true, naam: 'Ans', email: null, telefoon: null },
    });
    assert.equal(reactieInvoer(uitvraag([]), concept({ toestemming: true, naam: 'Ans', wijk: 'x' }), 'en', 'spam').website, 'spam');
    assert.deepEqual(Object.keys(reactieInvoer(uitvraag([]), concept({ toestemming: true, naam: 'Ans', wijk: 'x' }), 'en', '')), ['uitvraagId', 'idempotentieSleutel', 'taal', 'antwoorden']);
  });

  test('the checks match the API: required, too long, too many choices and factors, contact', () => {
    const u = uitvraag(
      [
        vraag('verplicht', 'OPEN_TEKST', { verplicht: true }),
        vraag('kort', 'OPEN_TEKST', { maxLengte: 3 }),
        vraag('keus', 'MEERDERE_KEUZES', { opties: opties('a', 'b', 'c'), maxKeuzes: 2 }),
        vraag('factoren', 'FACTOREN', { opties: opties('f1'), eigenFactorenToegestaan: true, maxKeuzes: 2 }),
      ],
      { contactgegevensVragen: true },
    );
    const c = concept({
      antwoorden: {
        kort: { tekst: 'vier' },
        keus: { keuzes: ['a', 'b', 'c'] },
        factoren: { HELPEND: ['f1'], eigenHELPEND: 'Bus\nbus\ntrein' },
      },
      toestemming: true,
      email: 'geen-adres',
    });
    assert.deepEqual(controleer(u, c), [
      { veld: vraagVeld(0), code: 'REQUIRED' },
      { veld: 'v1', code: 'TOO_LONG', max: 3 },
      { veld: 'v2', code: 'TOO_MANY_CHOICES', max: 2 },
      { veld: 'v3', code: 'TOO_MANY_FACTORS', max: 2 },
      { veld: 'email', code: 'INVALID_EMAIL' },
    ]);
    assert.deepEqual(controleer(u, concept({ toestemming: true })), [
      { veld: 'v0', code: 'REQUIRED' },
      { veld: 'contact', code: 'CONTACT_EMPTY' },
    ]);
    assert.deepEqual(controleer(u, concept({ antwoorden: { verplicht: { tekst: 'x' } }, toestemming: false, email: 'geen-adres' })), []);
  });
});

describe('the --sn-* tokens, documented from one list (src/shared/tokens.ts)', () => {
  const bron = path.resolve(import.meta.dirname, '../src');
  const stijlen = readdirSync(bron, { recursive: true })
    .map(String)
    .filter((naam) => naam.endsWith('.ts'))
    .map((naam) => readFileSync(path.join(bron, naam), 'utf8'));

  /** Every `var(--sn-…, fallback)` in the sources, with its fallback (which may hold a var() itself). */
  function gebruik(tekst) {
    const gevonden = [];
    for (const m of tekst.matchAll(/var\((--sn-[a-z-]+)\s*(,)?/g)) {
      let diepte = 1;
      let i = m.index + m[0].length;
      const begin = i;
      for (; i < tekst.length && diepte > 0; i++) {
        diepte += tekst[i] === '(' ? 1 : tekst[i] === ')' ? -1 : 0;
      }

      gevonden.push({ naam: m[1], standaard: m[2] ? tekst.slice(begin, i - 1).trim() : undefined });
    }

    return gevonden;
  }

  test('every var() in the styles falls back to the documented default, and every token is used', () => {
    const perNaam = new Map(TOKENS.map((token) => [token.naam, token]));
    const gebruikt = new Set();
    for (const { naam, standaard } of stijlen.flatMap(gebruik)) {
      assert.ok(perNaam.has(naam), `${naam} is used but not in TOKENS`);
      assert.equal(standaard, perNaam.get(naam).standaard, `the fallback of ${naam}`);
      gebruikt.add(naam);
    }

    assert.deepEqual([...perNaam.keys()].filter((naam) => !gebruikt.has(naam)), [], 'tokens that no style uses');
  });

  test('each element gets every token it uses, with its own description where it has one', () => {
    const agenda = cssProperties('sn-agenda');
    assert.deepEqual(agenda.map((p) => p.name), TOKENS.filter((token) => !token.elementen || token.elementen.includes('sn-agenda')).map((token) => token.naam));
    assert.ok(agenda.some((p) => p.name === '--sn-agenda-min-block-size') && !agenda.some((p) => p.name === '--sn-uitvraag-min-block-size'));
    assert.deepEqual(agenda.find((p) => p.name === '--sn-color-border'), { name: '--sn-color-border', description: 'Lines between days and activities.', default: '#d0d7de' });
    assert.equal(cssProperties('sn-uitvraag').find((p) => p.name === '--sn-color-border').description, 'Lines.');
    assert.ok(cssProperties('sn-resultaten').every((p) => p.description.length > 0 && p.default.length > 0));
  });

  test('the table in docs/partners.md is the one written from the list (`npm run docs` writes it)', async () => {
    const { metTabel, partners } = await import('../scripts/tokens.mjs');
    const document = readFileSync(partners, 'utf8');
    assert.equal(document, metTabel(document, tokenTabel()));
    assert.match(tokenTabel(), /^\| `--sn-radius` \| `0\.25rem` \| ronde hoeken \|$/m);
  });
});
