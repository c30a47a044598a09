// <sn-resultaten> in Debian's Chromium, on a partner page with a strict CSP, against the real GraphApi with demo data.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { beeldVan, geenProblemen, graphql, inShadow, maakSleutel, open, partnerPagina, testAxe, testOmgeving, testReserve, widgetScript } from './omgeving.mjs';

// GraphApi, Chromium and the partner site of this file (see testOmgeving); `dodeApi`: nothing listens there.
let api, site, browser, dodeApi;
const omgeving = testOmgeving({ daarna: (o) => ({ api, site, browser, dodeApi } = o) });

// The demo data: a closed uitvraag with published results (240 responses) and an open one without.
const GEPUBLICEERD = 'VWl0dnJhYWc6Mg';
const OPEN = 'VWl0dnJhYWc6MQ';
const versioned = () => widgetScript(api);
const FALLBACK = '<a href="https://www.example.org/resultaten">Lees de resultaten</a>';
const WEIGERING = [/ERR_CONNECTION_REFUSED/, /<sn-resultaten>: ApiFout: .* is not reachable/];
const getal = (n) => new Intl.NumberFormat('nl').format(n);
const procent = (p) => new Intl.NumberFormat('nl', { style: 'percent', maximumFractionDigits: 1 }).format(p / 100);
// A hidden count: small, or hidden to protect a small one (complementary suppression), so never "minder dan 5".
const VERBORGEN = 'verborgen';
const PRIVACY = 'Om mensen te beschermen, tonen we geen aantallen van 1 tot 5. Soms verbergen we ook een groter aantal, zodat niemand een klein aantal kan uitrekenen. Daar staat “verborgen”.';

/** What the API says, in Dutch: the same fields the widget shows. */
async function resultaten(id, segment, sleutel) {
  const data = await graphql(
    api.adres,
    `query($id: ID!, $segment: ResultaatSegmentInvoer) {
      uitvraag(id: $id) {
        titel
        resultaten(segment: $segment) {
          drempel
          totaal { ...t }
          perKanaal { telling { ...t } }
          perWijk { wijk { naam } telling { ...t } }
          perDoelgroep { telling { ...t } }
          vragen {
            vraag { type tekst schaalLabelMin schaalLabelMax }
            aantalReacties { ...t }
            opties { optie { tekst } telling { ...t } }
            schaal { verdeling { waarde telling { ...t } } gemiddelde mediaan }
            helpendeFactoren { tekst eigen telling { ...t } }
            remmendeFactoren { tekst eigen telling { ...t } }
          }
        }
      }
    }
    fragment t on Telling { aantal percentage onderDrempel }`,
    { id, segment },
    sleutel,
  );
  return data.uitvraag;
}

/** The total as the widget says it: the API may hide even a large total, to protect small counts elsewhere. */
const totaalTekst = (telling) => (telling.onderDrempel ? 'Het aantal reacties is verborgen' : `${getal(telling.aantal)} reacties`);

/** The rows the widget should draw for one count: label, the text at the bar, the bar's width, the table cells. */
const verwachteRij = (label, telling) =>
  telling.onderDrempel
    ? { label, waarde: VERBORGEN, breedte: null, tabel: [label, VERBORGEN, 'niet getoond'] }
    : telling.percentage == null
      ? // A visible count of a hidden whole: no percentage and no bar (the percentage would give the whole away).
        { label, waarde: getal(telling.aantal), breedte: null, tabel: [label, getal(telling.aantal), 'niet getoond'] }
      : {
        label,
        waarde: `${getal(telling.aantal)} (${procent(telling.percentage)})`,
        breedte: telling.percentage > 0 ? `${telling.percentage}%` : null,
        tabel: [label, getal(telling.aantal), procent(telling.percentage)],
      };

/** What the element shows, read from its shadow root. */
function beeld(page, selector) {
  return beeldVan(page, selector, (wortel) => {
    const tekst = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const grafieken = (binnen) =>
      [...binnen.querySelectorAll('.grafiekblok')].map((blok) => {
        const grafiek = blok.querySelector('[part="chart"]');
        const tabel = blok.querySelector('[part="table"]');
        return {
          rol: grafiek.getAttribute('role'),
          naam: grafiek.getAttribute('aria-label'),
          staven: [...grafiek.querySelectorAll('.staafrij')].map((rij) => {
            const rect = rij.querySelector('svg rect');
            return { label: tekst(rij.querySelector('.staaflabel')), waarde: tekst(rij.querySelector('.waarde')), breedte: rect?.getAttribute('width') ?? null, x: rect?.getAttribute('x') ?? null };
          }),
          tabel: {
            caption: tekst(tabel.querySelector('caption')),
            koppen: [...tabel.querySelectorAll('thead th')].map((th) => [tekst(th), th.getAttribute('scope')]),
            rijen: [...tabel.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(tekst)),
            rijkoppen: [...tabel.querySelectorAll('tbody tr')].map((tr) => `${tr.firstElementChild.localName}[scope=${tr.firstElementChild.getAttribute('scope')}]`),
          },
        };
      });
    return {
      titel: tekst(wortel.querySelector('[part="title"]')),
      titelKop: wortel.querySelector('[part="title"]')?.tagName ?? null,
      totaal: tekst(wortel.querySelector('[part="total"]')),
      notities: [...wortel.querySelectorAll('[part="note"]')].map(tekst),
      leeg: tekst(wortel.querySelector('[part="empty"]')),
      fout: tekst(wortel.querySelector('[part="error"]')),
      vragen: [...wortel.querySelectorAll('[part="question"]')].map((vraag) => ({
        koppen: [...vraag.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((kop) => `${kop.tagName} ${tekst(kop)}`),
        grafieken: grafieken(vraag),
        samenvatting: tekst(vraag.querySelector('[part="summary"]')),
        uitleg: [...vraag.querySelectorAll('.uitleg')].map(tekst),
      })),
      elementen: [...wortel.querySelectorAll('*')].map((el) => el.localName),
    };
  });
}

const staven = (b) => b.vragen.flatMap((vraag) => vraag.grafieken.flatMap((grafiek) => grafiek.staven));

/** Every chart and its table show the same rows and numbers; tables have a caption and header cells with scope. */
function grafiekEnTabelKloppen(b) {
  for (const vraag of b.vragen) {
    for (const grafiek of vraag.grafieken) {
      assert.equal(grafiek.rol, 'img');
      assert.match(grafiek.naam, /^Staafdiagram: .+\. Dezelfde cijfers staan in de tabel\.$/);
      assert.ok(grafiek.tabel.caption.length > 0, 'the table has a caption');
      assert.deepEqual(
        grafiek.tabel.koppen.map(([, scope]) => scope),
        ['col', 'col', 'col'],
      );
      assert.deepEqual(grafiek.tabel.koppen.slice(1).map(([tekst]) => tekst), ['Aantal', 'Percentage']);
      assert.ok(grafiek.tabel.rijkoppen.every((kop) => kop === 'th[scope=row]'));
      assert.equal(grafiek.staven.length, grafiek.tabel.rijen.length);
      for (const [i, staaf] of grafiek.staven.entries()) {
        const [label, aantal, percentage] = grafiek.tabel.rijen[i];
        assert.equal(staaf.label, label, 'the same row in chart and table');
        assert.equal(staaf.waarde, percentage === 'niet getoond' ? aantal : `${aantal} (${percentage})`, `${label}: the same numbers in chart and table`);
      }
    }
  }
}

describe('<sn-resultaten>', () => {
  test('shows the published results of the demo: every question as a bar chart with a table, as the API counts them', async () => {
    const url = site.pagina('/resultaten.html', partnerPagina({ scripts: [versioned()], body: `<sn-resultaten id="r" uitvraag="${GEPUBLICEERD}">${FALLBACK}</sn-resultaten>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('r');
    const b = await beeld(venster.page, '#r');
    const api = await resultaten(GEPUBLICEERD);
    const res = api.resultaten;

    assert.deepEqual(gebeurtenis, { naam: 'sn-geladen', id: 'r', detail: { uitvraag: GEPUBLICEERD, gepubliceerd: true } });
    assert.deepEqual([b.lang, b.dir], ['nl', 'ltr']);
    assert.equal(b.titel, api.titel);
    assert.equal(b.titelKop, 'H2');
    assert.equal(b.totaal, totaalTekst(res.totaal));
    assert.ok(b.notities.includes(PRIVACY));
    assert.equal(b.vragen.length, res.vragen.length + 1, 'every question, and who responded');

    for (const [i, v] of res.vragen.entries()) {
      const vraag = b.vragen[i];
      assert.equal(vraag.koppen[0], `H3 ${v.vraag.tekst}`);
      const rijen = (grafiek) => grafiek.staven.map((staaf, j) => ({ ...staaf, tabel: grafiek.tabel.rijen[j] }));
      const zonderX = (rij) => ({ label: rij.label, waarde: rij.waarde, breedte: rij.breedte, tabel: rij.tabel });
      switch (v.vraag.type) {
        case 'EEN_KEUZE':
        case 'MEERDERE_KEUZES':
          assert.equal(vraag.grafieken.length, 1);
          assert.deepEqual(
            rijen(vraag.grafieken[0]).map(zonderX),
            v.opties.map(({ optie, telling }) => verwachteRij(optie.tekst, telling)),
          );
          break;
        case 'SCHAAL': {
          const { verdeling, gemiddelde, mediaan } = v.schaal;
          const label = (waarde, k) => (k === 0 ? `${waarde} (${v.vraag.schaalLabelMin})` : k === verdeling.length - 1 ? `${waarde} (${v.vraag.schaalLabelMax})` : `${waarde}`);
          assert.deepEqual(
            rijen(vraag.grafieken[0]).map(zonderX),
            verdeling.map(({ waarde, telling }, k) => verwachteRij(label(waarde, k), telling)),
          );
          assert.equal(vraag.samenvatting.replace(/\s/g, ''), `Gemiddelde${getal(gemiddelde)}Mediaan(hetmiddelsteantwoord)${getal(mediaan)}`);
          break;
        }
        case 'FACTOREN': {
          const factoren = (lijst) => lijst.map(({ tekst, eigen, telling }) => verwachteRij(eigen ? `${tekst} (in eigen woorden)` : tekst, telling));
          assert.deepEqual(vraag.koppen.slice(1), ['H4 Wat helpt', 'H4 Wat houdt mensen tegen']);
          assert.deepEqual(rijen(vraag.grafieken[0]).map(zonderX), factoren(v.helpendeFactoren));
          assert.deepEqual(rijen(vraag.grafieken[1]).map(zonderX), factoren(v.remmendeFactoren));
          break;
        }
        default:
          assert.deepEqual(vraag.grafieken, []);
          assert.deepEqual(vraag.uitleg, ['De antwoorden op deze open vraag zijn niet openbaar.']);
      }
    }

    const wie = b.vragen.at(-1);
    assert.deepEqual(wie.koppen, ['H3 Wie reageerden', 'H4 Hoe mensen reageerden', 'H4 In welke wijk mensen wonen', 'H4 Als wie mensen reageerden']);
    assert.deepEqual(
      wie.grafieken[0].staven.map((staaf) => staaf.label),
      ['Online', 'Op papier', 'In een gesprek'],
    );
    assert.deepEqual(
      wie.grafieken[1].staven.map(({ label, waarde, breedte }) => ({ label, waarde, breedte })),
      res.perWijk.map(({ wijk, telling }) => {
        const { label, waarde, breedte } = verwachteRij(wijk?.naam ?? 'Wijk niet ingevuld', telling);
        return { label, waarde, breedte };
      }),
    );
    assert.deepEqual(
      wie.grafieken[2].staven.map((staaf) => staaf.waarde),
      res.perDoelgroep.map(({ telling }) => verwachteRij('', telling).waarde),
    );

    grafiekEnTabelKloppen(b);
    assert.equal(b.totaal === 'Het aantal reacties is verborgen', res.totaal.onderDrempel);
    // The bars: the total is a sentence, not a bar.
    const verborgen = [...res.perKanaal, ...res.perWijk, ...res.perDoelgroep, ...res.vragen.flatMap((v) => [...v.opties, ...(v.schaal?.verdeling ?? []), ...v.helpendeFactoren, ...v.remmendeFactoren])]
      .map((rij) => rij.telling ?? rij)
      .filter((telling) => telling.onderDrempel).length;
    assert.ok(verborgen >= 2, 'the demo data has counts the API hides (Rokkeveen, and a factor)');
    assert.equal(staven(b).filter((staaf) => staaf.waarde === VERBORGEN && staaf.breedte === null).length, verborgen, 'every hidden count reads "verborgen", without a bar');
    assert.ok(staven(b).every((staaf) => staaf.waarde !== VERBORGEN || staaf.breedte === null));
    assert.ok(staven(b).every((staaf) => staaf.breedte === null || staaf.x === '0'), 'left to right, bars start at the left');
    assert.equal(await venster.page.$eval('#r > a', (a) => a.getClientRects().length), 0, 'the fallback link is hidden once the element runs');
    await geenProblemen(venster);
  });

  test('bars meet 3:1 against the background and text 4.5:1, with the default tokens', async () => {
    const url = site.pagina('/contrast.html', partnerPagina({ scripts: [versioned()], body: `<sn-resultaten id="r" uitvraag="${GEPUBLICEERD}"></sn-resultaten>` }));
    const venster = await open(browser, url);
    await venster.wachtOp('r');
    const kleuren = await inShadow(venster.page, '#r', (wortel) => ({
      staaf: getComputedStyle(wortel.querySelector('.staaf rect')).fill,
      tekst: getComputedStyle(wortel.querySelector('.waarde')).color,
      uitleg: getComputedStyle(wortel.querySelector('.uitleg')).color,
      achtergrond: getComputedStyle(wortel.querySelector('[part="root"]')).backgroundColor,
    }));
    const luminantie = (kleur) => {
      const [r, g, b] = kleur.match(/\d+/g).slice(0, 3).map((c) => {
        const s = Number(c) / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a, b) => {
      const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    assert.ok(contrast(kleuren.staaf, kleuren.achtergrond) >= 3, `bars ${kleuren.staaf} on ${kleuren.achtergrond}`);
    assert.ok(contrast(kleuren.tekst, kleuren.achtergrond) >= 4.5);
    assert.ok(contrast(kleuren.uitleg, kleuren.achtergrond) >= 4.5);
    await geenProblemen(venster);
  });

  test('segments: only the responses of a wijk, doelgroep or kanaal, and "verborgen" where a segment is small', async () => {
    const url = site.pagina(
      '/segment.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-resultaten id="s" uitvraag="${GEPUBLICEERD}" wijk="seghwaert"></sn-resultaten>
<sn-resultaten id="d" uitvraag="${GEPUBLICEERD}" kanaal="papier"></sn-resultaten>
<sn-resultaten id="k" uitvraag="${GEPUBLICEERD}" wijk="rokkeveen"></sn-resultaten>`,
      }),
    );
    const venster = await open(browser, url);
    await Promise.all(['s', 'd', 'k'].map((id) => venster.wachtOp(id)));

    const s = await beeld(venster.page, '#s');
    const seghwaert = (await resultaten(GEPUBLICEERD, { wijk: 'seghwaert' })).resultaten;
    assert.equal(s.totaal, totaalTekst(seghwaert.totaal));
    assert.ok(seghwaert.totaal.onderDrempel || seghwaert.totaal.aantal < 240);
    assert.equal(s.notities[0], 'Alleen reacties van: Seghwaert.');
    assert.deepEqual(
      s.vragen[0].grafieken[0].staven.map((staaf) => staaf.waarde),
      seghwaert.vragen[0].opties.map(({ telling }) => verwachteRij('', telling).waarde),
    );
    grafiekEnTabelKloppen(s);

    const d = await beeld(venster.page, '#d');
    // The public sees one segment at a time (SEGMENT_TOO_NARROW for combinations).
    const papier = (await resultaten(GEPUBLICEERD, { kanaal: 'PAPIER' })).resultaten;
    assert.equal(d.totaal, totaalTekst(papier.totaal));
    assert.equal(d.notities[0], 'Alleen reacties van: Op papier.');
    grafiekEnTabelKloppen(d);

    const k = await beeld(venster.page, '#k');
    const rokkeveen = (await resultaten(GEPUBLICEERD, { wijk: 'rokkeveen' })).resultaten;
    assert.equal(rokkeveen.totaal.onderDrempel, true, 'fewer than 5 responses from Rokkeveen');
    assert.equal(k.totaal, 'Het aantal reacties is verborgen');
    assert.ok(staven(k).length > 10);
    assert.ok(staven(k).every((staaf) => staaf.breedte === null && staaf.waarde === VERBORGEN || staaf.waarde === '0 (0%)'), 'no bars, no numbers');
    assert.ok(k.vragen.some((vraag) => vraag.uitleg.includes('Het gemiddelde tonen we niet, omdat hier aantallen verborgen zijn om kleine aantallen te beschermen.')));
    assert.ok(!JSON.stringify(k.vragen).includes('Gemiddelde'), 'no average of a hidden group');
    grafiekEnTabelKloppen(k);
    await geenProblemen(venster);
  });

  test('says clearly that the results of an open uitvraag are not public yet, and until when one can respond', async () => {
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${OPEN}") { titel open openTot } }`);
    assert.equal(uitvraag.open, true);
    const url = site.pagina('/open.html', partnerPagina({ scripts: [versioned()], body: `<sn-resultaten id="r" uitvraag="${OPEN}">${FALLBACK}</sn-resultaten>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('r');
    const b = await beeld(venster.page, '#r');
    const laatsteDag = new Intl.DateTimeFormat('nl', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long' }).format(new Date(Date.parse(uitvraag.openTot) - 1));

    assert.deepEqual(gebeurtenis.detail, { uitvraag: OPEN, gepubliceerd: false });
    assert.equal(b.titel, uitvraag.titel);
    assert.equal(b.status, 'De resultaten van deze uitvraag zijn nog niet openbaar.');
    assert.equal(b.notities.length, 1);
    assert.match(b.notities[0], new RegExp(`^U kunt nog reageren tot en met \\S+ ${laatsteDag}( \\d{4})?\\.$`));
    assert.deepEqual(b.vragen, []);
    assert.equal(b.totaal, null);
    assert.equal(b.fout, null);
    await geenProblemen(venster);
  });

  test('says so when the uitvraag does not exist', async () => {
    const url = site.pagina(
      '/onbekend.html',
      partnerPagina({ scripts: [versioned()], body: '<sn-resultaten id="a" uitvraag="VWl0dnJhYWc6OTk"></sn-resultaten><sn-resultaten id="b" uitvraag="geen-id"></sn-resultaten>' }),
    );
    const venster = await open(browser, url);
    for (const id of ['a', 'b']) {
      const [gebeurtenis] = await venster.wachtOp(id);
      assert.equal(gebeurtenis.detail.gepubliceerd, false);
      const b = await beeld(venster.page, `#${id}`);
      assert.equal(b.status, 'Deze uitvraag bestaat niet (meer).');
      assert.deepEqual([b.titel, b.vragen, b.fout], [null, [], null]);
    }

    await geenProblemen(venster);
  });

  testReserve(omgeving, { element: 'sn-resultaten', id: 'r', attributen: ` uitvraag="${GEPUBLICEERD}"`, reserve: FALLBACK, toegestaan: WEIGERING, status: 'De resultaten kunnen nu niet worden geladen.' });

  test('renders Arabic right to left: bars grow from the right, numbers in the Arabic format, uitvraag texts in Arabic where translated', async () => {
    const url = site.pagina(
      '/ar.html',
      partnerPagina({
        taal: 'ar',
        scripts: [versioned()],
        body: `<sn-resultaten id="r" uitvraag="${GEPUBLICEERD}"></sn-resultaten><sn-resultaten id="o" uitvraag="${OPEN}"></sn-resultaten>`,
      }),
    );
    const venster = await open(browser, url);
    await venster.wachtOp('r');
    await venster.wachtOp('o');
    const b = await beeld(venster.page, '#r');
    // Formatted in the browser, with its own locale data.
    const verwacht = await venster.page.evaluate(() => ({
      totaal: new Intl.NumberFormat('ar').format(240),
      eerste: `${new Intl.NumberFormat('ar').format(80)} (${new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(0.333)})`,
    }));
    assert.deepEqual([b.lang, b.dir, b.richting], ['ar', 'rtl', 'rtl']);
    const { totaal } = (await resultaten(GEPUBLICEERD)).resultaten;
    assert.equal(b.totaal, totaal.onderDrempel ? 'عدد الردود مخفي' : `${verwacht.totaal} ردًّا`, '240 takes the "many" form');
    assert.equal(b.vragen[0].grafieken[0].staven[0].waarde, verwacht.eerste);
    const balken = staven(b).filter((staaf) => staaf.breedte);
    assert.ok(balken.length > 20);
    assert.ok(balken.every((staaf) => Math.abs(Number.parseFloat(staaf.x) + Number.parseFloat(staaf.breedte) - 100) < 1e-9), 'every bar ends at the right edge');
    assert.ok(staven(b).some((staaf) => staaf.waarde === 'مخفي'), '"verborgen" in Arabic');
    assert.ok(!JSON.stringify(b).includes('أقل من'), 'never "fewer than" in Arabic');
    assert.match(b.vragen.at(-1).koppen[0], /^H3 من شارك$/);

    const o = await beeld(venster.page, '#o');
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${OPEN}", taal: AR) { titel } }`);
    assert.match(uitvraag.titel, /[\u0600-\u06FF]/);
    assert.equal(o.titel, uitvraag.titel);
    assert.equal(o.status, 'نتائج هذا الاستطلاع ليست منشورة بعد.');
    await geenProblemen(venster);
  });

  test('a count of 5 or more that the API hides to protect a small one reads "verborgen", never "minder dan 5"', async () => {
    // The team sees every count; the public numbers hide the small ones and, where needed, others that would give them away.
    const team = await maakSleutel(api.databank, ['--rol', 'beheerder']);
    const tellingen = (res) =>
      [res.totaal, ...res.perKanaal, ...res.perWijk, ...res.perDoelgroep, ...res.vragen.flatMap((v) => [v.aantalReacties, ...v.opties, ...(v.schaal?.verdeling ?? [])])].map(
        (rij) => rij.telling ?? rij,
      );
    const openbaar = tellingen((await resultaten(GEPUBLICEERD)).resultaten);
    const alles = tellingen((await resultaten(GEPUBLICEERD, undefined, team)).resultaten);
    assert.equal(openbaar.length, alles.length);
    assert.equal(alles[0].aantal, 240);
    const beschermend = alles.filter((telling, i) => openbaar[i].onderDrempel && telling.aantal >= 5);
    assert.ok(beschermend.length > 0, 'the demo data has a count of 5 or more hidden by complementary suppression');
    assert.ok(alles.some((telling, i) => openbaar[i].onderDrempel && telling.aantal > 0 && telling.aantal < 5), 'and a small one');

    const url = site.pagina('/aanvullend.html', partnerPagina({ scripts: [versioned()], body: `<sn-resultaten id="r" uitvraag="${GEPUBLICEERD}"></sn-resultaten>` }));
    const venster = await open(browser, url);
    await venster.wachtOp('r');
    const b = await beeld(venster.page, '#r');
    const tekst = JSON.stringify(b);
    assert.ok(!/minder dan/i.test(tekst), 'no hidden count claims to be small');
    assert.ok(b.notities.includes(PRIVACY), 'the note explains that larger numbers can be hidden too');
    await geenProblemen(venster);
  });

  test('more than one of wijk, doelgroep and kanaal is a clear, localised attribute error, without asking the API', async () => {
    const url = site.pagina(
      '/twee-segmenten.html',
      partnerPagina({
        scripts: [versioned()],
        body: `<sn-resultaten id="wd" uitvraag="${GEPUBLICEERD}" wijk="seghwaert" doelgroep="inwoners">${FALLBACK}</sn-resultaten>
<sn-resultaten id="alle" uitvraag="${GEPUBLICEERD}" wijk="seghwaert" doelgroep="inwoners" kanaal="papier" lang="en"></sn-resultaten>
<sn-resultaten id="een" uitvraag="${GEPUBLICEERD}" doelgroep="inwoners" kanaal=" "></sn-resultaten>`,
      }),
    );
    const venster = await open(browser, url, { toegestaan: [/SEGMENT_TOO_NARROW/] });
    const [wd] = await venster.wachtOp('wd');
    const [alle] = await venster.wachtOp('alle');
    await venster.wachtOp('een');
    // The API refuses such a segment too.
    await assert.rejects(resultaten(GEPUBLICEERD, { wijk: 'seghwaert', doelgroep: 'INWONERS' }), /SEGMENT_TOO_NARROW/);

    assert.equal(wd.naam, 'sn-fout');
    assert.match(wd.detail.fout, /^SEGMENT_TOO_NARROW: only one of wijk, doelgroep and kanaal at a time, not wijk and doelgroep$/);
    const b = await beeld(venster.page, '#wd');
    assert.equal(b.status, 'Kies één ding tegelijk: een wijk, een doelgroep of een kanaal. Dit element heeft er meer dan één (wijk en doelgroep). Zo blijven kleine aantallen beschermd.');
    assert.deepEqual([b.titel, b.totaal, b.vragen, b.fout], [null, null, [], null]);

    assert.equal(alle.naam, 'sn-fout');
    assert.equal(
      (await beeld(venster.page, '#alle')).status,
      'Choose one thing at a time: a neighbourhood, a group or a channel. This element has more than one (wijk, doelgroep, and kanaal). That keeps small numbers protected.',
    );

    // An empty attribute does not count: one segment, results as usual.
    const een = await beeld(venster.page, '#een');
    assert.equal(een.notities[0], 'Alleen reacties van: Inwoners.');
    assert.ok(een.vragen.length > 0);
    await geenProblemen(venster);
  });

  testAxe(omgeving, {
    naam: 'resultaten',
    titel: { nl: 'Resultaten', ar: 'النتائج' },
    body: () => `<h2>1</h2><sn-resultaten id="klaar" uitvraag="${GEPUBLICEERD}" kopniveau="3"></sn-resultaten>
<h2>2</h2><sn-resultaten id="klein" uitvraag="${GEPUBLICEERD}" wijk="rokkeveen" kopniveau="3"></sn-resultaten>
<h2>3</h2><sn-resultaten id="open" uitvraag="${OPEN}" kopniveau="3"></sn-resultaten>
<h2>4</h2><sn-resultaten id="onbekend" uitvraag="VWl0dnJhYWc6OTk" kopniveau="3"></sn-resultaten>
<h2>5</h2><sn-resultaten id="fout" uitvraag="${GEPUBLICEERD}" api="${dodeApi}" kopniveau="3">${FALLBACK}</sn-resultaten>`,
    ids: ['klaar', 'klein', 'open', 'onbekend', 'fout'],
    toegestaan: WEIGERING,
    staten: 'loaded, small segment, not published, unknown and error',
  });

  // Last: it publishes the results of the open uitvraag, which the tests above need unpublished.
  test('renders a hostile factor in respondents’ own words as text, once the team publishes the results', async () => {
    const vijandig = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { uitvraag } = await graphql(api.adres, `{ uitvraag(id: "${OPEN}") { vragen { id type verplicht opties { id } } } }`);
    const antwoorden = uitvraag.vragen
      .filter((vraag) => vraag.verplicht)
      .map((vraag) =>
        vraag.type === 'FACTOREN'
          ? { vraagId: vraag.id, factoren: [{ soort: 'HELPEND', tekst: vijandig }] }
          : vraag.type === 'SCHAAL'
            ? { vraagId: vraag.id, getal: 3 }
            : { vraagId: vraag.id, optieIds: [vraag.opties[0].id] },
      );
    // Five people name it: own factors named by fewer than 5 are never public.
    for (let i = 0; i < 5; i++) {
      const { reactieIndienen } = await graphql(api.adres, 'mutation($r: ReactieInvoer!) { reactieIndienen(invoer: $r) { gelukt fouten { code bericht } } }', {
        r: { uitvraagId: OPEN, idempotentieSleutel: crypto.randomUUID(), antwoorden },
      });
      assert.deepEqual(reactieIndienen, { gelukt: true, fouten: [] });
    }

    const team = await maakSleutel(api.databank, ['--rol', 'trajectteam', '--traject', '1']);
    for (const status of ['GESLOTEN', 'RESULTATEN_GEPUBLICEERD']) {
      await graphql(api.adres, 'mutation($id: ID!, $s: UitvraagStatus!) { uitvraagStatusWijzigen(id: $id, status: $s) { status } }', { id: OPEN, s: status }, team);
    }

    const url = site.pagina('/vijandig.html', partnerPagina({ scripts: [versioned()], body: `<sn-resultaten id="r" uitvraag="${OPEN}"></sn-resultaten>` }));
    const venster = await open(browser, url);
    const [gebeurtenis] = await venster.wachtOp('r');
    assert.deepEqual(gebeurtenis.detail, { uitvraag: OPEN, gepubliceerd: true });
    const b = await beeld(venster.page, '#r');
    const factoren = b.vragen.find((vraag) => vraag.koppen.includes('H4 Wat helpt'));
    const staaf = factoren.grafieken[0].staven.find((rij) => rij.label.startsWith('<img'));
    assert.deepEqual(staaf && { label: staaf.label, waarde: staaf.waarde.split(' ')[0] }, { label: `${vijandig} (in eigen woorden)`, waarde: '5' });
    assert.ok(factoren.grafieken[0].tabel.rijen.some(([label]) => label === `${vijandig} (in eigen woorden)`));
    assert.ok(!b.elementen.some((el) => ['img', 'script'].includes(el)), 'no partner markup became elements');
    assert.equal(await venster.page.evaluate(() => window.__xss), undefined);
    grafiekEnTabelKloppen(b);
    await geenProblemen(venster);
  });
});
