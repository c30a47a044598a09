// <sn-agenda> in Debian's Chromium, on a partner page with a strict CSP, against the real GraphApi with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  beeldVan,
  geenProblemen,
  graphql,
  inShadow,
  klikMeer,
  nieuwePagina,
  open,
  partnerPagina,
  testAxe,
  testOmgeving,
  testReserve,
  volgGebeurtenissen,
  wachtOpGebeurtenis,
  wachtOpKlaar,
  widgetScript,
} from './omgeving.mjs';

// GraphApi, Chromium and the partner site of this file (see testOmgeving); `dodeApi`: nothing listens there.
let api, site, browser, dodeApi;
// Only reads: under test/alles.mjs on the GraphApi it shares with the other files that only read.
const omgeving = testOmgeving({ api: { gedeeld: true }, daarna: (o) => ({ api, site, browser, dodeApi } = o) });

const versioned = () => widgetScript(api);
const alias = () => ({ src: `${api.adres}/widgets/${api.manifest.files['sociaal-netwerk.js'].alias}` });
const FALLBACK = '<a href="https://www.example.org/agenda">Bekijk de agenda</a>';
const WEIGERING = [/ERR_CONNECTION_REFUSED/, /<sn-agenda>: ApiFout: .* is not reachable/];
const getal = (n) => new Intl.NumberFormat('nl').format(n);
const dagVan = (moment) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(moment));

async function totaal(filter) {
  const data = await graphql(api.adres, 'query($f: AgendaFilter) { agenda(filter: $f, first: 0) { totalCount } }', { f: filter });
  return data.agenda.totalCount;
}

/** What an agenda shows, read from its shadow root. */
function beeld(page, selector) {
  return beeldVan(page, selector, (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    return {
      dagen: [...wortel.querySelectorAll('[part="day"]')].map((dag) => ({
        kop: `${dag.querySelector('[part="day-heading"]').tagName} ${tekst(dag.querySelector('[part="day-heading"]'))}`,
        items: [...dag.querySelectorAll('[part="item"]')].map((item) => ({
          kop: item.querySelector('[part="title"]').tagName,
          titel: tekst(item.querySelector('[part="title-link"]')),
          link: item.querySelector('[part="title-link"]').href,
          start: item.querySelector('time').dateTime,
          tijd: tekst(item.querySelector('time')),
          details: tekst(item.querySelector('[part="details"]')),
          kalender: item.querySelector('[part="calendar-link"]').href,
        })),
      })),
      meer: wortel.querySelector('[part~="more-button"]')?.tagName ?? null,
      leeg: tekst(wortel.querySelector('[part="empty"]')),
      fout: tekst(wortel.querySelector('[part="error"]')),
      abonneren: wortel.querySelector('[part="subscribe-link"]')?.href ?? null,
    };
  });
}

const items = (b) => b.dagen.flatMap((dag) => dag.items);

describe('<sn-agenda>', () => {
  test('shows the demo agenda grouped by day, with links to the activity, its calendar file and a subscription', async () => {
    const url = site.pagina('/agenda.html', partnerPagina({ scripts: [versioned()], body: `<sn-agenda id="a" aantal="12">${FALLBACK}</sn-agenda>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('a');
    const b = await beeld(venster.page, '#a');
    const verwacht = await totaal({});

    assert.equal(gebeurtenis.naam, 'sn-geladen');
    assert.deepEqual(gebeurtenis.detail, { aantal: 12, totaal: verwacht });
    assert.equal(b.status, `${getal(verwacht)} activiteiten gevonden`);
    assert.equal(b.lang, 'nl');
    assert.equal(b.dir, 'ltr');
    assert.equal(items(b).length, 12);
    assert.ok(b.dagen.length >= 1);
    const dagen = b.dagen.map((dag) => dagVan(dag.items[0].start));
    assert.deepEqual(dagen, [...new Set(dagen)].sort(), 'every day once, in order');
    for (const dag of b.dagen) {
      assert.match(dag.kop, /^H2 \S/);
      assert.ok(dag.items.every((item) => dagVan(item.start) === dagVan(dag.items[0].start)), `items of ${dag.kop} are on that day`);
    }

    for (const item of items(b)) {
      assert.equal(item.kop, 'H3');
      assert.match(item.link, new RegExp(`^${api.adres}/activiteiten/[A-Za-z0-9_%-]+$`));
      assert.equal(item.kalender, `${item.link}.ics`);
      assert.match(item.tijd, /^\d\d:\d\d\s*–\s*\d\d:\d\d$/);
      assert.match(item.details, /^Waar\s?\S/);
      assert.match(item.details, /Kosten\s?(Gratis|€\s?\d)/);
    }

    assert.equal(b.abonneren, `webcal://127.0.0.1:${new URL(api.adres).port}/agenda.ics`);
    assert.equal(b.meer, 'BUTTON');
    assert.equal(await venster.page.$eval('#a > a', (a) => a.getClientRects().length), 0, 'the fallback link is hidden once the element runs');
    await geenProblemen(venster);
  });

  test('"meer activiteiten tonen" loads the next page after the cursor and moves focus to the first new activity', async () => {
    const url = site.pagina('/meer.html', partnerPagina({ scripts: [alias()], body: `<sn-agenda id="a" aantal="5"></sn-agenda>` }));
    const venster = await open(browser, url);
    await venster.wachtOp('a');
    const eerste = items(await beeld(venster.page, '#a'));

    const gebeurtenis = await wachtOpGebeurtenis(venster.page, '#a', () => klikMeer(venster.page, '#a'));
    const b = await beeld(venster.page, '#a');

    assert.deepEqual(gebeurtenis, { naam: 'sn-geladen', detail: { aantal: 10, totaal: await totaal({}) } });
    assert.equal(items(b).length, 10);
    assert.deepEqual(items(b).slice(0, 5), eerste, 'the first page stays as it was');
    assert.equal(new Set(items(b).map((item) => item.link + item.start)).size, 10, 'no activity twice');
    assert.equal(b.status, '5 activiteiten erbij geladen');
    const focus = await inShadow(venster.page, '#a', (wortel) => wortel.activeElement?.textContent.trim());
    assert.equal(focus, items(b)[5].titel);
    await geenProblemen(venster);
  });

  test('sn-geladen and sn-fout come once the element shows what they announce, also after "meer"', async () => {
    const venster = await open(browser, 'about:blank', { toegestaan: WEIGERING });
    // A partner's listener that reads the element the moment the event arrives.
    await venster.page.evaluateOnNewDocument(() => {
      window.__bijGebeurtenis = [];
      for (const naam of ['sn-geladen', 'sn-fout']) {
        document.addEventListener(naam, (e) => {
          const wortel = e.target.shadowRoot;
          window.__bijGebeurtenis.push({
            id: e.target.id,
            naam,
            status: wortel.querySelector('[part="status"]')?.textContent.trim() ?? null,
            items: wortel.querySelectorAll('[part="item"]').length,
            focus: wortel.activeElement?.textContent.trim() ?? null,
          });
        });
      }
    });
    await venster.page.goto(site.pagina('/gebeurtenis.html', partnerPagina({ scripts: [versioned()], body: `<sn-agenda id="a" aantal="3"></sn-agenda><sn-agenda id="f" api="${dodeApi}"></sn-agenda>` })));
    await venster.wachtOp('a');
    await venster.wachtOp('f');
    const verwacht = await totaal({});
    const gezien = () => venster.page.evaluate(() => window.__bijGebeurtenis);
    assert.deepEqual(
      (await gezien()).sort((x, y) => x.id.localeCompare(y.id)),
      [
        { id: 'a', naam: 'sn-geladen', status: `${getal(verwacht)} activiteiten gevonden`, items: 3, focus: null },
        { id: 'f', naam: 'sn-fout', status: 'De agenda kan nu niet worden geladen.', items: 0, focus: null },
      ],
    );

    await wachtOpGebeurtenis(venster.page, '#a', () => klikMeer(venster.page, '#a'));
    const titels = await inShadow(venster.page, '#a', (wortel) => [...wortel.querySelectorAll('[part="title-link"]')].map((a) => a.textContent.trim()));
    assert.deepEqual((await gezien()).at(-1), { id: 'a', naam: 'sn-geladen', status: '3 activiteiten erbij geladen', items: 6, focus: titels[3] });
    await geenProblemen(venster);
  });

  test('filters by wijk, and the filter bar changes the wijk', async () => {
    const url = site.pagina(
      '/wijk.html',
      partnerPagina({ scripts: [versioned()], body: '<sn-agenda id="a" wijk="oosterheem" aantal="20"></sn-agenda><sn-agenda id="f" filters aantal="20"></sn-agenda>' }),
    );
    const venster = await open(browser, url);
    await venster.wachtOp('a');
    await venster.wachtOp('f');
    const b = await beeld(venster.page, '#a');

    assert.equal(b.status, `${getal(await totaal({ wijken: ['oosterheem'] }))} activiteiten gevonden`);
    assert.ok(items(b).length > 0);
    assert.ok(items(b).every((item) => item.details.includes('Oosterheem')), 'every activity is in Oosterheem');
    assert.equal(b.abonneren, `webcal://127.0.0.1:${new URL(api.adres).port}/agenda.ics?wijk=oosterheem`);

    const select = await venster.page.evaluateHandle(() => document.querySelector('#f').shadowRoot.querySelector('select#wijk'));
    await venster.page.waitForFunction((select) => select.options.length > 10, {}, select);
    assert.equal((await wachtOpGebeurtenis(venster.page, '#f', () => select.select('seghwaert'))).naam, 'sn-geladen');
    await select.dispose();
    const f = await beeld(venster.page, '#f');
    assert.equal(f.status, `${getal(await totaal({ wijken: ['seghwaert'] }))} activiteiten gevonden`);
    assert.ok(items(f).every((item) => item.details.includes('Seghwaert')), 'every activity is in Seghwaert');
    await geenProblemen(venster);
  });

  test('sends periode to the API, which counts it from today in Zoetermeer; an invalid one is the error state with the API\'s message', async () => {
    const url = site.pagina(
      '/periode.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-agenda id="w" periode="week" aantal="100"></sn-agenda><sn-agenda id="v" periode=" Vandaag "></sn-agenda><sn-agenda id="x" periode="jaar">${FALLBACK}</sn-agenda>`,
      }),
    );
    const venster = await open(browser, url, { toegestaan: [/^error: <sn-agenda>: 'jaar' is geen periode\. Gebruik vandaag, week, maand of een aantal dagen \(1 tot en met 366\)\./] });
    const [[w], [v], [x]] = await Promise.all(['w', 'v', 'x'].map((id) => venster.wachtOp(id)));

    // What the elements asked: the periode as written (trimmed), never a date the browser computed.
    const filters = await venster.page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name)).filter((u) => u.pathname === '/graphql' && u.searchParams.get('operationName') === 'WidgetAgenda').map((u) => JSON.parse(u.searchParams.get('variables')).filter),
    );
    assert.deepEqual(filters.map((f) => JSON.stringify(f)).sort(), ['{"periode":"Vandaag"}', '{"periode":"jaar"}', '{"periode":"week"}']);

    assert.equal(w.naam, 'sn-geladen');
    assert.equal(w.detail.totaal, await totaal({ periode: 'week' }));
    const b = await beeld(venster.page, '#w');
    const vandaag = dagVan(Date.now());
    const overEenWeek = dagVan(new Date(`${vandaag}T12:00:00Z`).getTime() + 7 * 24 * 3600 * 1000);
    assert.ok(items(b).length > 0);
    assert.ok(items(b).every((item) => dagVan(item.start) < overEenWeek), 'every date is within the week');
    assert.ok(w.detail.totaal < (await totaal({})), 'a week is less than everything');

    assert.equal(v.naam, 'sn-geladen');
    assert.equal(v.detail.totaal, await totaal({ periode: 'vandaag' }));

    assert.equal(x.naam, 'sn-fout');
    const fout = await beeld(venster.page, '#x');
    assert.equal(fout.status, 'De agenda kan niet worden getoond, omdat een instelling op deze pagina niet klopt.');
    assert.ok((await venster.page.$eval('#x > a', (a) => a.getClientRects().length)) > 0, 'the fallback link shows in the error state');
    await geenProblemen(venster);
  });

  test('a wrong attribute says that a setting of the page is wrong, without a retry, and the console tells the web editor what to fix', async () => {
    const url = site.pagina(
      '/instelling.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-agenda id="t" thema="mantelzorg, mantelzorgg">${FALLBACK}</sn-agenda>
<sn-agenda id="w" wijk="oostrheem">${FALLBACK}</sn-agenda>
<sn-agenda id="e" lang="en" doelgroep="senioren">${FALLBACK}</sn-agenda>`,
      }),
    );
    const meldingen = [];
    const venster = await open(browser, url, { toegestaan: [/^error: <sn-agenda>: /], voorbereiden: (page) => page.on('console', (m) => meldingen.push(`${m.type()}: ${m.text()}`)) });
    const gebeurtenissen = await Promise.all(['t', 'w', 'e'].map((id) => venster.wachtOp(id)));
    assert.deepEqual(gebeurtenissen.map(([g]) => g.naam), ['sn-fout', 'sn-fout', 'sn-fout']);

    for (const [id, status] of [
      ['t', 'De agenda kan niet worden getoond, omdat een instelling op deze pagina niet klopt.'],
      ['w', 'De agenda kan niet worden getoond, omdat een instelling op deze pagina niet klopt.'],
      ['e', 'The calendar cannot be shown because a setting on this page is wrong.'],
    ]) {
      const b = await beeld(venster.page, `#${id}`);
      assert.equal(b.status, status, id);
      assert.equal(b.fout, '', `${id}: no retry button, trying again cannot help`);
      assert.ok((await venster.page.$eval(`#${id} > a`, (a) => a.getClientRects().length)) > 0, `${id}: the fallback link shows`);
    }

    // What the web editor reads in the console: the attribute, the value as written and the values it takes, in the
    // element's language; the API's own message for a wijk that does not exist.
    const themas = 'eenzaamheid-en-ontmoeting, gezondheid-en-bewegen, geldzaken-en-schulden, taal-en-digitale-vaardigheden, jeugd, vrijwilligerswerk, mantelzorg, wonen-en-buurt, werk-en-dagbesteding, inclusie';
    assert.ok(meldingen.includes(`error: <sn-agenda>: thema="mantelzorgg" kennen we niet. Kies uit: ${themas}.`), meldingen.join('\n'));
    assert.ok(meldingen.some((m) => m.startsWith('error: <sn-agenda>: doelgroep="senioren" is not a known value. Choose from: iedereen, ouderen, jongeren,')), meldingen.join('\n'));
    // The API's message names the wijken that exist, not a GraphQL query for them, nor the name of the operation.
    const wijken = 'buytenwegh, centrum, de-leyens, dorp, driemanspolder, meerzicht, noordhove, oosterheem, palenstein, rokkeveen, seghwaert';
    assert.ok(meldingen.includes(`error: <sn-agenda>: De wijk 'oostrheem' bestaat niet. Kies uit: ${wijken}.`), meldingen.join('\n'));
    assert.equal(meldingen.length, 3, meldingen.join('\n'));

    // A value the widget knows to be wrong never goes to the API.
    const gevraagd = await venster.page.evaluate(() =>
      performance.getEntriesByType('resource').map((r) => new URL(r.name)).filter((u) => u.pathname === '/graphql').map((u) => u.searchParams.get('variables')),
    );
    assert.deepEqual(gevraagd, ['{"filter":{"wijken":["oostrheem"]},"first":10}']);
    await geenProblemen(venster);
  });

  test('an aantal or kopniveau out of range still shows the agenda, and the console tells the web editor the values it takes', async () => {
    const url = site.pagina(
      '/getallen.html',
      partnerPagina({
        scripts: [versioned()],
        body: '<sn-agenda id="a" aantal="500" kopniveau="7"></sn-agenda><sn-agenda id="b" aantal="alle"></sn-agenda><sn-agenda id="c" aantal=" 3 " kopniveau="3"></sn-agenda>',
      }),
    );
    const meldingen = [];
    const venster = await open(browser, url, { toegestaan: [/^warn: <sn-agenda>: /], voorbereiden: (page) => page.on('console', (m) => meldingen.push(`${m.type()}: ${m.text()}`)) });
    const [[a], [b], [c]] = await Promise.all(['a', 'b', 'c'].map((id) => venster.wachtOp(id)));
    assert.deepEqual([a.detail.aantal, b.detail.aantal, c.detail.aantal], [100, 10, 3], 'the nearest or default value');
    assert.deepEqual(meldingen.sort(), [
      'warn: <sn-agenda>: aantal="500" kan niet: kies een heel getal van 1 tot en met 100.',
      'warn: <sn-agenda>: aantal="alle" kan niet: kies een heel getal van 1 tot en met 100.',
      'warn: <sn-agenda>: kopniveau="7" kan niet: kies een heel getal van 1 tot en met 5.',
    ]);
    await geenProblemen(venster);
  });

  test('says so when a filter finds nothing', async () => {
    assert.equal(await totaal({ wijken: ['dorp'], themas: ['WERK_EN_DAGBESTEDING'] }), 0, 'the demo data has nothing for this filter');
    const url = site.pagina(
      '/leeg.html',
      partnerPagina({
        scripts: [versioned()],
        body: '<sn-agenda id="a" wijk="dorp" thema="werk-en-dagbesteding"></sn-agenda><sn-agenda id="f" filters wijk="dorp" thema="werk-en-dagbesteding"></sn-agenda>',
      }),
    );
    const venster = await open(browser, url);
    await Promise.all(['a', 'f'].map((id) => venster.wachtOp(id)));
    const b = await beeld(venster.page, '#a');

    assert.equal(b.status, 'Er zijn geen activiteiten gevonden.');
    // The partner fixed the choice: the visitor cannot choose another wijk or thema, so the hint does not say to.
    assert.equal(b.leeg, 'Kijk later nog eens: er komen steeds nieuwe activiteiten bij.');
    assert.deepEqual(b.dagen, []);
    assert.equal(b.meer, null);
    // With the filter bar the visitor can.
    assert.equal((await beeld(venster.page, '#f')).leeg, 'Kies een andere wijk of een ander thema, of kijk later nog eens.');
    await geenProblemen(venster);
  });

  test('when the API is slow, the status says so and the fallback link shows while the agenda keeps waiting for its answer', async () => {
    const url = site.pagina('/traag.html', partnerPagina({ scripts: [versioned()], body: `<sn-agenda id="a" aantal="3">${FALLBACK}</sn-agenda>` }));
    const venster = await open(browser, url, { vasthouden: true });
    await venster.wachtOpVastgehouden();
    const status = () => inShadow(venster.page, '#a', (wortel) => wortel.querySelector('[part="status"]').textContent.trim());
    const linkZichtbaar = () => venster.page.$eval('#a > a', (a) => a.getClientRects().length > 0);
    assert.equal(await status(), 'De agenda wordt geladen…');
    assert.equal(await linkZichtbaar(), false, 'a quick answer needs no fallback link');

    await venster.page.waitForFunction(() => document.querySelector('#a').shadowRoot.querySelector('[part="status"]').textContent.includes('langer'));
    assert.equal(await status(), 'Het laden duurt langer dan normaal. Een ogenblik geduld alstublieft.');
    assert.equal(await linkZichtbaar(), true, 'the visitor has the fallback link while waiting');
    assert.deepEqual(await venster.axe(), []);

    await venster.laatLos();
    const [gebeurtenis] = await venster.wachtOp('a');
    assert.equal(gebeurtenis.naam, 'sn-geladen');
    assert.match(await status(), /^[\d.]+ activiteiten gevonden$/);
    assert.equal(await linkZichtbaar(), false);
    await geenProblemen(venster);
  });

  testReserve(omgeving, { element: 'sn-agenda', id: 'a', reserve: FALLBACK, toegestaan: WEIGERING, status: 'De agenda kan nu niet worden geladen.' });

  test('renders Arabic right to left, and takes the language from the element, an ancestor or the document', async () => {
    const url = site.pagina(
      '/talen.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<section lang="ar"><h2>عربي</h2><sn-agenda id="ar" aantal="3"></sn-agenda></section>
<sn-agenda id="en" lang="en-GB" aantal="1"></sn-agenda>
<sn-agenda id="de" lang="de" aantal="1"></sn-agenda>
<sn-agenda id="nl" aantal="1"></sn-agenda>`,
      }),
    );
    const venster = await open(browser, url);
    await Promise.all(['ar', 'en', 'de', 'nl'].map((id) => venster.wachtOp(id)));

    const ar = await beeld(venster.page, '#ar');
    assert.deepEqual([ar.lang, ar.dir, ar.richting], ['ar', 'rtl', 'rtl']);
    assert.match(ar.status, /[\u0600-\u06FF]/);
    assert.match(ar.dagen[0].kop, /[\u0600-\u06FF]/);
    assert.match(items(ar)[0].details, /المكان/);
    const en = await beeld(venster.page, '#en');
    assert.deepEqual([en.lang, en.dir], ['en', 'ltr']);
    assert.match(en.status, /^[\d,]+ activities found$/);
    assert.equal((await beeld(venster.page, '#de')).lang, 'nl', 'a language the widgets do not have falls back to Dutch');
    assert.equal((await beeld(venster.page, '#nl')).lang, 'nl');

    await venster.page.evaluate(() => {
      document.documentElement.lang = 'pl';
      document.querySelector('#en').setAttribute('lang', 'uk');
    });
    // Polish and Ukrainian are fetched now: the element switches once their texts are there.
    const status = (id) => `document.querySelector('#${id}').shadowRoot.querySelector('[part="status"]')?.textContent ?? ''`;
    await venster.page.waitForFunction(`${status('nl')}.includes('Znaleziono')`);
    assert.equal((await beeld(venster.page, '#nl')).lang, 'pl');
    assert.match((await beeld(venster.page, '#nl')).status, /^Znaleziono [\d\s]+ wydarz/);
    await venster.page.waitForFunction(`${status('en')}.includes('Знайдено')`);
    assert.equal((await beeld(venster.page, '#en')).lang, 'uk');
    assert.match((await beeld(venster.page, '#en')).status, /^Знайдено [\d\s]+ зах/);

    // Inside another component's shadow root, the language comes from outside that component.
    await venster.page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'host';
      host.lang = 'tr';
      document.querySelector('main').append(host);
      const agenda = document.createElement('sn-agenda');
      agenda.setAttribute('aantal', '1');
      host.attachShadow({ mode: 'open' }).append(agenda);
    });
    await venster.wachtOp('host');
    const tr = await venster.page.evaluate(() => document.querySelector('#host').shadowRoot.querySelector('sn-agenda').shadowRoot.querySelector('[part="status"]').textContent.trim());
    assert.match(tr, /^[\d.]+ etkinlik bulundu$/);
    await geenProblemen(venster);
  });

  test('in English, dates and times are British, as the docs promise and GraphApi\'s pages show: "Thursday 3 December", "13:00–15:00"', async () => {
    const url = site.pagina('/engels.html', partnerPagina({ taal: 'en', scripts: [versioned()], body: '<sn-agenda id="a" aantal="3"></sn-agenda>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('a');
    const b = await beeld(venster.page, '#a');
    const dag = /^(H2 )((Today|Tomorrow), )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)( \d{4})?$/;
    assert.ok(b.dagen.length > 0);
    for (const { kop } of b.dagen) {
      assert.match(kop, dag);
    }

    for (const item of items(b)) {
      assert.match(item.tijd, /^\d{2}:\d{2}\s?–\s?\d{2}:\d{2}$/, 'a 24-hour clock, as in the Netherlands');
    }

    // The same day heading as the agenda page in English.
    const pagina = await (await fetch(`${api.adres}/agenda?taal=en`)).text();
    const paginaKop = /<h2 id="dag-[^"]+">([^<]+)<\/h2>/.exec(pagina)[1];
    assert.equal(b.dagen[0].kop, `H2 ${paginaKop}`);
    await geenProblemen(venster);
  });

  test('the links of an Arabic agenda open the activity page, its calendar file and the subscription in Arabic', async () => {
    const url = site.pagina('/arabisch.html', partnerPagina({ taal: 'ar', scripts: [versioned()], body: '<sn-agenda id="a" wijk="oosterheem" aantal="1"></sn-agenda>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('a');
    const b = await beeld(venster.page, '#a');
    const [item] = items(b);
    const id = new URL(item.link).pathname.split('/').pop();

    assert.equal(item.link, `${api.adres}/activiteiten/${id}?taal=ar`);
    assert.equal(item.kalender, `${api.adres}/activiteiten/${id}.ics?taal=ar`);
    assert.equal(b.abonneren, `${api.adres.replace(/^http:/, 'webcal:')}/agenda.ics?wijk=oosterheem&taal=ar`);

    // What the visitor gets there: an Arabic page, and calendars whose own texts are Arabic.
    const pagina = await (await fetch(item.link, { headers: { accept: 'text/html' } })).text();
    assert.match(pagina, /<html lang="ar" dir="rtl"/);
    for (const adres of [item.kalender, b.abonneren.replace(/^webcal:/, 'http:')]) {
      const antwoord = await fetch(adres);
      assert.equal(antwoord.headers.get('content-language'), 'ar', adres);
      assert.match(await antwoord.text(), /\r\n(X-WR-CALNAME|CATEGORIES|SUMMARY)[^\r]*[\u0600-\u06FF]/, adres);
    }

    // A Dutch agenda keeps its links as they were: no taal.
    const nl = await open(browser, site.pagina('/nederlands.html', partnerPagina({ scripts: [versioned()], body: '<sn-agenda id="a" wijk="oosterheem" aantal="1"></sn-agenda>' })));
    await nl.wachtOp('a');
    const bNl = await beeld(nl.page, '#a');
    assert.equal(bNl.abonneren, `${api.adres.replace(/^http:/, 'webcal:')}/agenda.ics?wijk=oosterheem`);
    assert.ok(!items(bNl)[0].link.includes('taal'));
    await geenProblemen(nl);
    await geenProblemen(venster);
  });

  test('fetches only the languages the page shows, and falls back to Dutch when a language file does not match its SRI hash', async () => {
    const url = (naam, body) => site.pagina(naam, partnerPagina({ scripts: [versioned()], body }));
    const talenVan = (venster) => venster.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /taal-[a-z]+\.json$/.test(n)).map((n) => n.split('/').pop()));

    const nederlands = await open(browser, url('/alleen-nl.html', '<sn-agenda id="nl" aantal="1"></sn-agenda>'));
    await nederlands.wachtOp('nl');
    assert.deepEqual(await talenVan(nederlands), [], 'a Dutch page fetches no language file');
    await nederlands.page.close();

    const tweeTalen = await open(browser, url('/twee-talen.html', '<sn-agenda id="ar" lang="ar" aantal="1"></sn-agenda><sn-agenda id="ar2" lang="ar" aantal="1"></sn-agenda><sn-agenda id="nl" aantal="1"></sn-agenda>'));
    await Promise.all(['ar', 'ar2', 'nl'].map((id) => tweeTalen.wachtOp(id)));
    assert.deepEqual(await talenVan(tweeTalen), ['taal-ar.json'], 'Arabic once for two elements');
    await geenProblemen(tweeTalen);

    // A language file that was changed on its way (or on the server) is refused by the browser: Dutch instead.
    const page = await nieuwePagina(browser);
    await volgGebeurtenissen(page);
    const meldingen = [];
    page.on('console', (bericht) => meldingen.push(bericht.text()));
    await page.setRequestInterception(true);
    page.on('request', async (verzoek) => {
      if (verzoek.url().endsWith('/taal-ar.json')) {
        const echt = await (await fetch(verzoek.url())).json();
        echt.agenda.leeg = '<b>gewijzigd</b>';
        await verzoek.respond({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(echt) });
      } else {
        await verzoek.continue();
      }
    });
    await page.goto(url('/gewijzigd.html', '<sn-agenda id="ar" lang="ar" aantal="1"></sn-agenda>'));
    // Not the status text: "De agenda wordt geladen…" is there too while the API has not answered yet.
    const [gebeurtenis] = await wachtOpKlaar(page, 'ar');
    assert.equal(gebeurtenis.naam, 'sn-geladen');
    const beeldAr = await beeld(page, '#ar');
    assert.deepEqual([beeldAr.lang, beeldAr.dir], ['nl', 'ltr']);
    assert.match(beeldAr.status, /^[\d.]+ activiteiten? gevonden$/);
    assert.ok(meldingen.some((m) => /integrity/i.test(m)), meldingen.join('\n'));
    assert.ok(meldingen.some((m) => /the texts for "ar" could not be loaded/.test(m)), meldingen.join('\n'));
    await page.close();
  });

  test('works when the script is included twice and with many elements on one page', async () => {
    const url = site.pagina(
      '/twee-keer.html',
      partnerPagina({
        scripts: [versioned(), alias(), versioned()],
        body: ['oosterheem', 'seghwaert', 'rokkeveen', 'palenstein'].map((wijk) => `<sn-agenda id="${wijk}" wijk="${wijk}" aantal="3"></sn-agenda>`).join('\n'),
      }),
    );
    const venster = await open(browser, url);
    for (const wijk of ['oosterheem', 'seghwaert', 'rokkeveen', 'palenstein']) {
      const [gebeurtenis] = await venster.wachtOp(wijk);
      assert.equal(gebeurtenis.naam, 'sn-geladen');
    }

    assert.equal(await venster.page.evaluate(() => document.querySelectorAll('sn-agenda:defined').length), 4);
    await geenProblemen(venster);
  });

  test('takes the partner theme through --sn-* custom properties and ::part, under a CSP without inline styles', async () => {
    const url = site.pagina('/thema.html', partnerPagina({ scripts: [versioned()], body: '<sn-agenda id="paars" class="paars" aantal="2"></sn-agenda><sn-agenda id="standaard" aantal="2"></sn-agenda>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('paars');
    await venster.wachtOp('standaard');
    const stijl = (wortel) => ({
      knop: getComputedStyle(wortel.querySelector('[part~="more-button"]')).backgroundColor,
      kop: getComputedStyle(wortel.querySelector('[part="day-heading"]')).textTransform,
      link: getComputedStyle(wortel.querySelector('[part="title-link"]')).color,
    });
    assert.deepEqual(await inShadow(venster.page, '#paars', stijl), { knop: 'rgb(90, 30, 130)', kop: 'uppercase', link: 'rgb(90, 30, 130)' });
    assert.deepEqual(await inShadow(venster.page, '#standaard', stijl), { knop: 'rgb(11, 87, 164)', kop: 'none', link: 'rgb(11, 87, 164)' });
    await geenProblemen(venster);
  });

  testAxe(omgeving, {
    naam: 'agenda',
    titel: { nl: 'Agenda', ar: 'جدول الأنشطة' },
    body: () => `<h2>1</h2><sn-agenda id="klaar" filters aantal="4" kopniveau="3"></sn-agenda>
<h2>2</h2><sn-agenda id="leeg" wijk="dorp" thema="werk-en-dagbesteding" kopniveau="3"></sn-agenda>
<h2>3</h2><sn-agenda id="fout" api="${dodeApi}" kopniveau="3">${FALLBACK}</sn-agenda>`,
    ids: ['klaar', 'leeg', 'fout'],
    toegestaan: WEIGERING,
    staten: 'loaded with filter bar, empty and error',
    geladen: (venster) => venster.page.waitForFunction(() => document.querySelector('#klaar').shadowRoot.querySelector('select#wijk').options.length > 1),
    async daarna(venster) {
      assert.equal((await wachtOpGebeurtenis(venster.page, '#klaar', () => klikMeer(venster.page, '#klaar'))).naam, 'sn-geladen');
      assert.deepEqual(await venster.axe(), [], 'after "show more"');
    },
  });
});

// Issue 15: on a phone (4× CPU) a page with one <sn-agenda> blocked the main thread for 250–400 ms, a good part of it
// the set-up of Intl formatters (the first Intl.DateTimeFormat of a page loads ICU's data): one made while the
// script was evaluated, the others in the render of the answer. They are now made in tasks of their own while the
// request is on its way. Checked deterministically: every formatter is made after the element is defined, and none
// while the element renders (`update`).
test('<sn-agenda> makes its Intl formatters in tasks of their own, not while the script runs nor while it renders', async () => {
  const url = site.pagina('/intl.html', partnerPagina({ scripts: [widgetScript(api)], body: '<sn-agenda id="intl"><a href="/agenda">Agenda</a></sn-agenda>' }));
  const page = await nieuwePagina(browser);
  await volgGebeurtenissen(page);
  await page.evaluateOnNewDocument(() => {
    window.__intl = [];
    window.__inUpdate = false;
    for (const naam of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'ListFormat']) {
      const Echt = Intl[naam];
      Intl[naam] = new Proxy(Echt, {
        construct(doel, args) {
          window.__intl.push({ naam, gedefinieerd: customElements.get('sn-agenda') !== undefined, inUpdate: window.__inUpdate });
          return Reflect.construct(doel, args);
        },
      });
    }

    void customElements.whenDefined('sn-agenda').then((klasse) => {
      const update = klasse.prototype.update;
      klasse.prototype.update = function (...args) {
        window.__inUpdate = true;
        try {
          return update.apply(this, args);
        } finally {
          window.__inUpdate = false;
        }
      };
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  const [klaar] = await wachtOpKlaar(page, 'intl');
  assert.equal(klaar.naam, 'sn-geladen');
  const gemaakt = await page.evaluate(() => window.__intl);
  assert.ok(gemaakt.some((f) => f.naam === 'DateTimeFormat'), JSON.stringify(gemaakt));
  assert.deepEqual(gemaakt.filter((f) => !f.gedefinieerd || f.inUpdate), [], 'formatters made while the script ran or while the element rendered');
  await page.close();
});

// Issue 15, second round: rendering a whole page of items in the task that receives the answer was the longest task
// on a phone. The first render shows a screenful (5 items), the rest follows in later renders, each in a task of its
// own, in steps that double; sn-geladen waits until all of them are shown. Checked by counting items per render.
test('<sn-agenda> renders a screenful of items first and the rest in later renders, before sn-geladen', async () => {
  const url = site.pagina('/delen.html', partnerPagina({ scripts: [widgetScript(api)], body: '<sn-agenda id="delen" aantal="40"><a href="/agenda">Agenda</a></sn-agenda>' }));
  const page = await nieuwePagina(browser);
  await volgGebeurtenissen(page);
  await page.evaluateOnNewDocument(() => {
    window.__perRender = [];
    document.addEventListener('sn-geladen', (e) => (window.__bijGeladen = e.target.shadowRoot.querySelectorAll('[part="item"]').length));
    void customElements.whenDefined('sn-agenda').then((klasse) => {
      const update = klasse.prototype.update;
      klasse.prototype.update = function (...args) {
        const resultaat = update.apply(this, args);
        const aantal = this.shadowRoot.querySelectorAll('[part="item"]').length;
        if (aantal > 0) {
          window.__perRender.push(aantal);
        }

        return resultaat;
      };
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  const [klaar] = await wachtOpKlaar(page, 'delen');
  assert.equal(klaar.naam, 'sn-geladen');
  const { perRender, bijGeladen } = await page.evaluate(() => ({ perRender: window.__perRender, bijGeladen: window.__bijGeladen }));
  assert.equal(bijGeladen, 40, 'sn-geladen comes when every item is shown');
  assert.ok(perRender[0] <= 5, `the first render shows a screenful: ${perRender}`);
  assert.equal(perRender.at(-1), 40);
  assert.deepEqual([...new Set(perRender)], [5, 10, 20, 40], 'steps that double');
  await page.close();
});
