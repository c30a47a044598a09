// <sn-organisaties> in Debian's Chromium, on a partner page with a strict CSP, against the real GraphApi with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beeldVan, geenProblemen, graphql, inShadow, klikMeer, maakSleutel, open, partnerPagina, testAxe, testOmgeving, testReserve, wachtOpGebeurtenis, widgetScript } from './omgeving.mjs';

// GraphApi, Chromium and the partner site of this file (see testOmgeving); `dodeApi`: nothing listens there.
let api, site, browser, dodeApi;
const omgeving = testOmgeving({ daarna: (o) => ({ api, site, browser, dodeApi } = o) });

const versioned = () => widgetScript(api);
const FALLBACK = '<a href="https://www.example.org/sociale-kaart">Bekijk de sociale kaart</a>';
const WEIGERING = [/ERR_CONNECTION_REFUSED/, /<sn-organisaties>: ApiFout: .* is not reachable/];
const getal = (n) => new Intl.NumberFormat('nl').format(n);

/** What the API says for this filter: the total, and the first `first` organisations in order. */
async function organisaties(filter, first = 100) {
  const data = await graphql(
    api.adres,
    `query($f: OrganisatieFilter, $n: Int) {
      organisaties(filter: $f, first: $n) { totalCount nodes { naam website email telefoon soort wijken { slug } } }
      wijken { slug }
    }`,
    { f: filter, n: first },
  );
  return { totaal: data.organisaties.totalCount, nodes: data.organisaties.nodes, aantalWijken: data.wijken.length };
}

/** What the element shows, read from its shadow root. */
function beeld(page, selector) {
  return beeldVan(page, selector, (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const rij = (item, label) => [...item.querySelectorAll('dt')].find((dt) => dt.textContent.trim() === label)?.nextElementSibling ?? null;
    return {
      items: [...wortel.querySelectorAll('[part="item"]')].map((item) => ({
        kop: item.querySelector('[part="title"]').tagName,
        naam: item.querySelector('[part="title"]').textContent.trim(),
        naamInBdi: item.querySelector('[part="title"] > bdi') !== null,
        soort: tekst(item.querySelector('[part="kind"]')),
        omschrijving: tekst(item.querySelector('[part="description"]')),
        omschrijvingDir: item.querySelector('[part="description"]')?.getAttribute('dir') ?? null,
        details: tekst(item.querySelector('[part="details"]')),
        wijken: tekst(rij(item, 'Wijken')),
        website: item.querySelector('[part="website-link"]')?.href ?? null,
        websiteTekst: tekst(item.querySelector('[part="website-link"]')),
        mail: item.querySelector('a[href^="mailto:"]')?.href ?? null,
        tel: item.querySelector('a[href^="tel:"]')?.href ?? null,
        links: [...item.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        elementen: [...item.querySelectorAll('*')].map((el) => el.localName),
      })),
      meer: wortel.querySelector('[part~="more-button"]')?.tagName ?? null,
      leeg: tekst(wortel.querySelector('[part="empty"]')),
      fout: tekst(wortel.querySelector('[part="error"]')),
      zoekvorm: wortel.querySelector('form[role="search"]')?.getAttribute('aria-label') ?? null,
    };
  });
}

describe('<sn-organisaties>', () => {
  test('shows the sociale kaart from the demo data: name, kind, description, wijken, thema’s and contact links', async () => {
    const url = site.pagina('/kaart.html', partnerPagina({ scripts: [versioned()], body: `<sn-organisaties id="o" aantal="60">${FALLBACK}</sn-organisaties>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('o');
    const b = await beeld(venster.page, '#o');
    const verwacht = await organisaties({});

    assert.equal(gebeurtenis.naam, 'sn-geladen');
    assert.deepEqual(gebeurtenis.detail, { aantal: verwacht.totaal, totaal: verwacht.totaal });
    assert.ok(verwacht.totaal >= 40, 'the demo data has a full sociale kaart');
    assert.equal(b.status, `${getal(verwacht.totaal)} organisaties gevonden`);
    assert.deepEqual([b.lang, b.dir], ['nl', 'ltr']);
    assert.deepEqual(
      b.items.map((item) => item.naam),
      verwacht.nodes.map((o) => o.naam),
      'the same organisations in the same order as the API',
    );
    assert.equal(b.meer, null, 'everything fits on one page');

    for (const [i, item] of b.items.entries()) {
      const o = verwacht.nodes[i];
      assert.equal(item.kop, 'H2');
      assert.ok(item.naamInBdi, `${o.naam}: the name is isolated in <bdi>`);
      assert.ok(item.soort.length > 0);
      assert.equal(item.omschrijvingDir, 'auto');
      assert.equal(item.website, o.website ? new URL(o.website).href : null, `${o.naam}: website`);
      assert.equal(item.websiteTekst, o.website ? new URL(o.website).host : null);
      assert.equal(item.mail, o.email ? `mailto:${o.email}` : null, `${o.naam}: e-mail`);
      assert.equal(item.tel, o.telefoon ? `tel:${o.telefoon.replace(/[^\d+]/g, '')}` : null, `${o.naam}: phone`);
      if (o.wijken.length === verwacht.aantalWijken) {
        assert.equal(item.wijken, 'Heel Zoetermeer', `${o.naam} works in every wijk`);
      } else if (o.wijken.length > 0) {
        assert.notEqual(item.wijken, 'Heel Zoetermeer');
      }
    }

    const inzet = b.items.find((item) => item.naam === 'inZet');
    assert.equal(inzet.soort, 'Welzijn');
    assert.match(inzet.details, /Thema’s:?\s?\S/);
    assert.match(inzet.details, /Adres:?\s?Promenade 40/);
    assert.equal(await venster.page.$eval('#o > a', (a) => a.getClientRects().length), 0, 'the fallback link is hidden once the element runs');
    await geenProblemen(venster);
  });

  test('"meer organisaties tonen" loads the next page and moves focus to the first new organisation', async () => {
    const url = site.pagina('/meer.html', partnerPagina({ scripts: [versioned()], body: '<sn-organisaties id="o" aantal="20"></sn-organisaties>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('o');
    const { totaal, nodes } = await organisaties({});
    const eerste = await beeld(venster.page, '#o');
    assert.equal(eerste.items.length, 20);
    assert.equal(eerste.meer, 'BUTTON');

    const gebeurtenis = await wachtOpGebeurtenis(venster.page, '#o', () => klikMeer(venster.page, '#o'));
    const tweede = await beeld(venster.page, '#o');
    assert.deepEqual(gebeurtenis, { naam: 'sn-geladen', detail: { aantal: 40, totaal } });
    assert.deepEqual(tweede.items.slice(0, 20), eerste.items, 'the first page stays as it was');
    assert.equal(tweede.status, '20 organisaties erbij geladen');
    const focus = await inShadow(venster.page, '#o', (wortel) => wortel.activeElement?.querySelector('[part="title"]')?.textContent.trim());
    assert.equal(focus, nodes[20].naam);

    assert.equal((await wachtOpGebeurtenis(venster.page, '#o', () => klikMeer(venster.page, '#o'))).naam, 'sn-geladen');
    const alles = await beeld(venster.page, '#o');
    assert.deepEqual(
      alles.items.map((item) => item.naam),
      nodes.map((o) => o.naam),
    );
    assert.equal(alles.items.length, totaal);
    assert.equal(alles.meer, null, 'no button after the last page');
    await geenProblemen(venster);
  });

  test('filters by wijk, thema, soort and netwerk attributes, as the API does', async () => {
    const { netwerken } = await graphql(api.adres, '{ netwerken { id naam } }');
    const netwerk = netwerken[0].id;
    const url = site.pagina(
      '/attributen.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-organisaties id="w" wijk="oosterheem" aantal="100"></sn-organisaties>
<sn-organisaties id="t" thema="mantelzorg" aantal="100"></sn-organisaties>
<sn-organisaties id="s" soort="welzijn,zorg" aantal="100"></sn-organisaties>
<sn-organisaties id="n" netwerk="${netwerk}" aantal="100"></sn-organisaties>
<sn-organisaties id="z" zoekterm="cafe" aantal="100"></sn-organisaties>`,
      }),
    );
    const venster = await open(browser, url);
    const filters = {
      w: { wijken: ['oosterheem'] },
      t: { themas: ['MANTELZORG'] },
      s: { soorten: ['WELZIJN', 'ZORG'] },
      n: { netwerken: [netwerk] },
      z: { zoekterm: 'cafe' },
    };
    const alles = await organisaties({});
    for (const [id, filter] of Object.entries(filters)) {
      await venster.wachtOp(id);
      const verwacht = await organisaties(filter);
      const b = await beeld(venster.page, `#${id}`);
      assert.ok(verwacht.totaal > 0 && verwacht.totaal < alles.totaal, `${id}: the filter narrows the demo data`);
      assert.deepEqual(
        b.items.map((item) => item.naam),
        verwacht.nodes.map((o) => o.naam),
        id,
      );
    }

    assert.ok((await beeld(venster.page, '#z')).items.some((item) => /café/i.test(item.naam)), 'search ignores accents: "cafe" finds Café');
    await geenProblemen(venster);
  });

  test('the search form: a labelled search field, wijk and thema change the results', async () => {
    const url = site.pagina('/zoeken.html', partnerPagina({ scripts: [versioned()], body: '<sn-organisaties id="o" filters aantal="100"></sn-organisaties>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('o');
    const b = await beeld(venster.page, '#o');
    assert.equal(b.zoekvorm, 'Zoek een organisatie');
    const labels = await inShadow(venster.page, '#o', (wortel) =>
      [...wortel.querySelectorAll('form input, form select')].map((veld) => [veld.type, wortel.querySelector(`label[for="${veld.id}"]`)?.textContent.trim()]),
    );
    assert.deepEqual(labels, [
      ['search', 'Zoekwoord'],
      ['select-one', 'Wijk'],
      ['select-one', 'Thema'],
    ]);

    // Type a word and press Enter.
    const veld = await venster.page.evaluateHandle(() => document.querySelector('#o').shadowRoot.querySelector('input[type="search"]'));
    await veld.type('taal');
    assert.equal((await wachtOpGebeurtenis(venster.page, '#o', () => veld.press('Enter'))).naam, 'sn-geladen');
    const taal = await organisaties({ zoekterm: 'taal' });
    assert.deepEqual(
      (await beeld(venster.page, '#o')).items.map((item) => item.naam),
      taal.nodes.map((o) => o.naam),
    );
    assert.equal((await beeld(venster.page, '#o')).status, `${getal(taal.totaal)} ${taal.totaal === 1 ? 'organisatie' : 'organisaties'} gevonden`);

    // Clear it, then choose a wijk and a thema.
    await veld.click({ clickCount: 3 });
    await veld.press('Backspace');
    const wijk = await venster.page.evaluateHandle(() => document.querySelector('#o').shadowRoot.querySelector('select#wijk'));
    assert.equal((await wachtOpGebeurtenis(venster.page, '#o', () => wijk.select('seghwaert'))).naam, 'sn-geladen');
    const seghwaert = await organisaties({ wijken: ['seghwaert'] });
    assert.deepEqual(
      (await beeld(venster.page, '#o')).items.map((item) => item.naam),
      seghwaert.nodes.map((o) => o.naam),
    );

    const thema = await venster.page.evaluateHandle(() => document.querySelector('#o').shadowRoot.querySelector('select#thema'));
    assert.equal((await wachtOpGebeurtenis(venster.page, '#o', () => thema.select('GELDZAKEN_EN_SCHULDEN'))).naam, 'sn-geladen');
    const beide = await organisaties({ wijken: ['seghwaert'], themas: ['GELDZAKEN_EN_SCHULDEN'] });
    assert.ok(beide.totaal < seghwaert.totaal);
    assert.deepEqual(
      (await beeld(venster.page, '#o')).items.map((item) => item.naam),
      beide.nodes.map((o) => o.naam),
    );
    await Promise.all([veld, wijk, thema].map((handle) => handle.dispose()));
    await geenProblemen(venster);
  });

  test('says so when nothing is found', async () => {
    assert.equal((await organisaties({ zoekterm: 'xyzzy-bestaat-niet' })).totaal, 0);
    const url = site.pagina(
      '/leeg.html',
      partnerPagina({ scripts: [versioned()], body: '<sn-organisaties id="o" zoekterm="xyzzy-bestaat-niet"></sn-organisaties><sn-organisaties id="f" filters zoekterm="xyzzy-bestaat-niet"></sn-organisaties>' }),
    );
    const venster = await open(browser, url);
    await Promise.all(['o', 'f'].map((id) => venster.wachtOp(id)));
    const b = await beeld(venster.page, '#o');
    assert.equal(b.status, 'Er zijn geen organisaties gevonden.');
    // Without the search form the visitor cannot try another word: the hint does not say to.
    assert.equal(b.leeg, 'Kijk later nog eens.');
    assert.equal((await beeld(venster.page, '#f')).leeg, 'Probeer een ander zoekwoord, of kies een andere wijk of een ander thema.');
    assert.deepEqual(b.items, []);
    await geenProblemen(venster);
  });

  test('a wrong soort or a search word that is too long says that a setting of the page is wrong, without a retry, with the reason in the console', async () => {
    const url = site.pagina(
      '/instelling.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-organisaties id="s" soort="welzijn,zorgg">${FALLBACK}</sn-organisaties>
<sn-organisaties id="z" lang="pl" zoekterm="${'taal'.repeat(30)}">${FALLBACK}</sn-organisaties>`,
      }),
    );
    const meldingen = [];
    const venster = await open(browser, url, { toegestaan: [/^error: <sn-organisaties>: /], voorbereiden: (page) => page.on('console', (m) => meldingen.push(`${m.type()}: ${m.text()}`)) });
    const gebeurtenissen = await Promise.all(['s', 'z'].map((id) => venster.wachtOp(id)));
    assert.deepEqual(gebeurtenissen.map(([g]) => g.naam), ['sn-fout', 'sn-fout']);

    for (const [id, status] of [
      ['s', 'De organisaties kunnen niet worden getoond, omdat een instelling op deze pagina niet klopt.'],
      ['z', 'Nie można wyświetlić organizacji, ponieważ jedno z ustawień tej strony jest błędne.'],
    ]) {
      const b = await inShadow(venster.page, `#${id}`, (wortel) => ({
        status: wortel.querySelector('[part="status"]').textContent.trim(),
        knoppen: wortel.querySelectorAll('button').length,
      }));
      assert.deepEqual(b, { status, knoppen: 0 }, id);
      assert.ok((await venster.page.$eval(`#${id} > a`, (a) => a.getClientRects().length)) > 0, `${id}: the fallback link shows`);
    }

    assert.ok(
      meldingen.includes('error: <sn-organisaties>: soort="zorgg" kennen we niet. Kies uit: gemeente, welzijn, zorg, vrijwilligersorganisatie, bewonersinitiatief, vereniging, onderwijs, woningcorporatie, financier, bedrijf, overig.'),
      meldingen.join('\n'),
    );
    assert.ok(meldingen.some((m) => m.startsWith('error: <sn-organisaties>: ') && !m.includes('WidgetOrganisaties') && m.includes('120')), meldingen.join('\n'));
    await geenProblemen(venster);
  });

  testReserve(omgeving, { element: 'sn-organisaties', id: 'o', reserve: FALLBACK, toegestaan: WEIGERING, status: 'De organisaties kunnen nu niet worden geladen.' });

  test('renders Arabic right to left, with the texts of the catalogue', async () => {
    const url = site.pagina(
      '/ar.html',
      partnerPagina({ scripts: [versioned()], body: '<section lang="ar"><h2>عربي</h2><sn-organisaties id="o" filters aantal="3" kopniveau="3"></sn-organisaties></section>' }),
    );
    const venster = await open(browser, url);
    await venster.wachtOp('o');
    const b = await beeld(venster.page, '#o');
    assert.deepEqual([b.lang, b.dir, b.richting], ['ar', 'rtl', 'rtl']);
    assert.match(b.status, /^تم العثور على/);
    assert.equal(b.zoekvorm, 'ابحث عن منظمة');
    assert.ok(b.items.every((item) => /[\u0600-\u06FF]/.test(item.soort)), 'the kind is in Arabic');
    assert.ok(b.items.every((item) => item.kop === 'H3'));
    await geenProblemen(venster);
  });

  test('renders hostile partner text as text: no markup, no script, only safe links', async () => {
    const sleutel = await maakSleutel(api.databank, ['--rol', 'beheerder']);
    const naam = '<img src=x onerror="window.__xss=1">Hackers & Co';
    const omschrijving = '<script>window.__xss=2</script><b>vet</b> <a href="javascript:window.__xss=3">klik</a>';
    const { organisatieToevoegen } = await graphql(
      api.adres,
      'mutation($i: OrganisatieInvoer!) { organisatieToevoegen(invoer: $i) { gelukt fouten { code } } }',
      { i: { naam, soort: 'OVERIG', omschrijving, website: 'https://example.org/"><script>window.__xss=4</script>', email: 'hack@example.org', themas: ['JEUGD'], wijken: ['dorp'] } },
      sleutel,
    );
    assert.deepEqual(organisatieToevoegen, { gelukt: true, fouten: [] });

    const url = site.pagina('/vijandig.html', partnerPagina({ scripts: [versioned()], body: '<sn-organisaties id="o" zoekterm="hackers"></sn-organisaties>' }));
    const venster = await open(browser, url);
    await venster.wachtOp('o');
    const b = await beeld(venster.page, '#o');
    assert.equal(b.items.length, 1);
    const [item] = b.items;
    assert.equal(item.naam, naam);
    assert.equal(item.omschrijving, omschrijving);
    assert.ok(!item.elementen.some((el) => ['img', 'script', 'b'].includes(el)), `no partner markup became elements: ${item.elementen}`);
    assert.ok(item.links.every((href) => /^(https:|mailto:)/.test(href)), `only web and mail links: ${item.links}`);
    assert.equal(await venster.page.evaluate(() => window.__xss), undefined);
    await geenProblemen(venster);
  });

  testAxe(omgeving, {
    naam: 'organisaties',
    titel: { nl: 'Sociale kaart', ar: 'الخريطة الاجتماعية' },
    body: () => `<h2>1</h2><sn-organisaties id="klaar" filters aantal="4" kopniveau="3"></sn-organisaties>
<h2>2</h2><sn-organisaties id="leeg" zoekterm="xyzzy-bestaat-niet" kopniveau="3"></sn-organisaties>
<h2>3</h2><sn-organisaties id="fout" api="${dodeApi}" kopniveau="3">${FALLBACK}</sn-organisaties>`,
    ids: ['klaar', 'leeg', 'fout'],
    toegestaan: WEIGERING,
    staten: 'loaded with search form, empty and error',
    async daarna(venster) {
      assert.equal((await wachtOpGebeurtenis(venster.page, '#klaar', () => klikMeer(venster.page, '#klaar'))).naam, 'sn-geladen');
      assert.deepEqual(await venster.axe(), [], 'after "show more", with focus on the new organisation');
    },
  });
});
