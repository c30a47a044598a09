// The Arabic server-rendered pages (/agenda?taal=ar, /activiteiten/{id}?taal=ar) are laid out right to left in Debian's
// Chromium: not only `dir="rtl"` in the HTML, but what a reader sees: the heading starts at the right edge of the content,
// the navigation runs from right to left, and the site name stands on the right of the header. Each page is measured a
// second time after removing `dir` from <html>: then every one of these checks must fail, so they test the attribute.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { graphql, open, OPSTARTTIJD, startApi, startBrowser } from './omgeving.mjs';

let api;
let browser;
let activiteit;

before(
  async () => {
    // Only reads: under test/alles.mjs on the GraphApi it shares with the other files that only read.
    [api, browser] = await Promise.all([startApi({ gedeeld: true }), startBrowser()]);
    const { agenda } = await graphql(api.adres, '{ agenda(first: 1) { nodes { activiteit { id } } } }');
    activiteit = agenda.nodes[0].activiteit.id;
  },
  { timeout: 2 * OPSTARTTIJD },
);

after(async () => {
  await browser?.close();
  await api?.stop();
});

/** Tolerance in CSS pixels for "at the edge": sub-pixel rounding of text boxes. */
const MARGE = 2;

/** Where things stand on the page (run in the page, so self-contained): the heading's last line, the navigation links and the header's parts, in CSS pixels. */
function meet() {
  const MARGE_IN_PAGINA = 2;
  const main = document.querySelector('main');
  const stijl = getComputedStyle(main);
  const vak = main.getBoundingClientRect();
  const inhoud = { links: vak.left + parseFloat(stijl.paddingLeft), rechts: vak.right - parseFloat(stijl.paddingRight) };
  const kop = document.querySelector('main h1');
  const bereik = document.createRange();
  bereik.selectNodeContents(kop);
  // The heading's last line (a long title wraps; a line of mixed Arabic and Latin text has several boxes).
  const vakken = [...bereik.getClientRects()];
  const onderste = Math.max(...vakken.map((r) => r.top));
  const laatsteRegel = vakken.filter((r) => Math.abs(r.top - onderste) < MARGE_IN_PAGINA);
  const links = [...document.querySelectorAll('header nav a')].map((a) => a.getBoundingClientRect());
  return {
    richting: [document.documentElement, document.body, main, kop].map((e) => getComputedStyle(e).direction),
    inhoud,
    kop: { links: Math.min(...laatsteRegel.map((r) => r.left)), rechts: Math.max(...laatsteRegel.map((r) => r.right)) },
    // The links in document order: their left edges.
    nav: links.map((r) => r.left),
    navBovenElkaar: new Set(links.map((r) => Math.round(r.top))).size !== 1,
    site: document.querySelector('header .site').getBoundingClientRect().left,
    navigatie: document.querySelector('header nav').getBoundingClientRect().left,
  };
}

/** The checks of a right-to-left layout; each failing one is named. */
function fouten(m) {
  const lijst = [];
  if (m.richting.some((r) => r !== 'rtl')) {
    lijst.push(`direction is ${m.richting.join('/')}, not rtl`);
  }

  if (Math.abs(m.kop.rechts - m.inhoud.rechts) > MARGE) {
    lijst.push(`the heading ends at ${m.kop.rechts}, not at the right edge of the content (${m.inhoud.rechts})`);
  }

  if (m.kop.links - m.inhoud.links <= MARGE) {
    lijst.push(`the heading starts at the left edge of the content (${m.kop.links})`);
  }

  if (m.nav.length < 3 || m.navBovenElkaar || !m.nav.every((x, i) => i === 0 || x < m.nav[i - 1])) {
    lijst.push(`the navigation does not run from right to left: ${JSON.stringify(m.nav)}`);
  }

  if (!(m.site > m.navigatie)) {
    lijst.push(`the site name (${m.site}) is not right of the navigation (${m.navigatie})`);
  }

  return lijst;
}

describe('Arabic pages in Chromium', () => {
  for (const [naam, pad] of [
    ['the agenda', () => '/agenda?taal=ar'],
    ['an activity', () => `/activiteiten/${encodeURIComponent(activiteit)}?taal=ar`],
  ]) {
    test(`${naam} is laid out right to left, and is not without dir="rtl"`, async () => {
      const venster = await open(browser, api.adres + pad(), { javascript: true });
      try {
        assert.equal(await venster.page.evaluate(() => document.documentElement.getAttribute('dir')), 'rtl');
        const rtl = await venster.page.evaluate(meet);
        assert.deepEqual(fouten(rtl), [], JSON.stringify(rtl));

        // The same page without the attribute: every check must now fail, or the checks do not test the layout.
        await venster.page.evaluate(() => document.documentElement.removeAttribute('dir'));
        const zonder = await venster.page.evaluate(meet);
        assert.equal(fouten(zonder).length, 5, `${JSON.stringify(fouten(zonder))}\n${JSON.stringify(zonder)}`);
      } finally {
        await venster.page.close();
      }
    });
  }
});
