// The portal's activity form (/beheer/activiteiten) in Debian's Chromium: a redacteur invited with the CLI sets a
// password, fills the form (mostly with the keyboard), previews the dates and saves; the pages have no script at all.
// axe (WCAG 2.1 A and AA) on every page and state (dashboard, empty form, field errors, preview, saved activity, a
// cancelled date, list), no positive tabindex, a label for every field, no console errors or CSP violations.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nodigUit, open, testOmgeving } from './omgeving.mjs';
import { controleer, klik, tweestapsInstellen, wachtOpFocus } from './portaal.mjs';

const WACHTWOORD = 'een lang genoeg wachtwoord';

// A Tuesday at least a week ahead (the browser tests run on the real clock).
const dinsdag = (() => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((9 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
})();

let api, browser;
let uitnodiging;
let teamUitnodiging;

testOmgeving({
  site: false,
  acceptLanguage: 'nl-NL,nl;q=0.9',
  async daarna(o) {
    ({ api, browser } = o);
    uitnodiging = await nodigUit(api.databank, `vrijwilliger${process.pid}@partner.example`, ['--rol', 'redacteur', '--organisatie', '2']);
    teamUitnodiging = await nodigUit(api.databank, `team${process.pid}@partner.example`, ['--rol', 'trajectteam', '--traject', '1']);
  },
});

describe('the portal without JavaScript', () => {
  test('invitation, then the activity form in every state passes axe, has labels and no positive tabindex, and no CSP violations', async () => {
    // Chromium reports the status of a refused form (400) as a console error: expected for the error states.
    const venster = await open(browser, api.adres + uitnodiging, { toegestaan: [/status of 400/] });
    const { page } = venster;
    await page.type('#wachtwoord', WACHTWOORD);
    await page.type('#herhaling', WACHTWOORD);
    await klik(page, 'button[type="submit"]');
    assert.equal(new URL(page.url()).pathname, '/beheer');

    const staten = [];
    const bevindingen = [];

    await controleer(page, 'dashboard', { staten, bevindingen });
    await page.goto(api.adres + '/beheer/activiteiten/nieuw', { waitUntil: 'load' });
    await controleer(page, 'empty form', { staten, bevindingen });

    // Saved empty: the error summary and the messages at the fields.
    await klik(page, 'button[value="opslaan"]');
    assert.ok(await page.$('.foutsamenvatting'), 'the error summary');
    assert.ok(await page.$('#titel[aria-invalid="true"]'), 'the title is marked invalid');
    // The focus on the summary (no script: autofocus), so the keyboard and the screen reader start at what went wrong.
    await wachtOpFocus(page, 'foutsamenvatting');
    await controleer(page, 'field errors', { status: 400, staten, bevindingen });

    // The form, typed and chosen with the keyboard where a person would; date and time fields set directly.
    await page.focus('#titel');
    await page.keyboard.type('Taalcafé in de bibliotheek');
    await page.focus('#omschrijving');
    await page.keyboard.type('Oefen Nederlands met buren, bij een kop koffie.');
    await page.$eval('#datum', (e, v) => (e.value = v), dinsdag);
    await page.$eval('#begintijd', (e) => (e.value = '10:00'));
    await page.$eval('#eindtijd', (e) => (e.value = '12:00'));
    await page.focus('#herhaling-wekelijks');
    await page.keyboard.press('Space');
    await page.focus('#weekdag-2');
    await page.keyboard.press('Space');
    await page.focus('#einde-aantal');
    await page.keyboard.press('Space');
    await page.focus('#aantal');
    await page.keyboard.type('3');
    const locatie = await page.$eval('#locatie option:nth-child(2)', (e) => e.value);
    await page.select('#locatie', locatie);
    await page.focus('button[value="bekijk"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    const regel = await page.$eval('.voorbeeld .regel', (e) => e.textContent);
    assert.match(regel, /^Elke week op dinsdag, van 10:00 tot 12:00, 3 keer in totaal\.$/);
    assert.equal((await page.$$('.voorbeeld li')).length, 3);
    await controleer(page, 'preview', { staten, bevindingen });

    await klik(page, 'button[value="opslaan"]');
    assert.match(page.url(), /\/beheer\/activiteiten\/[^/?]+\?klaar=opgeslagen$/);
    // The focus on what was done ("De activiteit is opgeslagen."), not at the top of the reloaded page.
    await wachtOpFocus(page, 'gelukt');
    await controleer(page, 'saved activity', { staten, bevindingen });

    // Cancel one date from the list.
    await klik(page, '#datums li:nth-child(2) button[value="annuleren"]');
    assert.match(await page.$eval('#datums li:nth-child(2)', (e) => e.textContent), /Gaat niet door/);
    await controleer(page, 'a cancelled date', { staten, bevindingen });

    await page.goto(api.adres + '/beheer/activiteiten', { waitUntil: 'load' });
    await controleer(page, 'list', { staten, bevindingen });
    await page.goto(api.adres + '/beheer', { waitUntil: 'load' });
    await controleer(page, 'dashboard with activities', { staten, bevindingen });

    assert.deepEqual(bevindingen, []);
    assert.deepEqual(await venster.problemen(), []);
    assert.equal(staten.length, 8);
    await page.close();
  });

  test('a participation team: the uitvragen list, an uitvraag with its texts per language and translation state, field errors, a new traject and its own API keys pass axe', async () => {
    const venster = await open(browser, api.adres + teamUitnodiging, { toegestaan: [/status of 400/] });
    const { page } = venster;
    await page.type('#wachtwoord', WACHTWOORD);
    await page.type('#herhaling', WACHTWOORD);
    await klik(page, 'button[type="submit"]');
    // A trajectteam reads personal data: two-factor first.
    assert.equal(new URL(page.url()).pathname, '/beheer/tweestaps');
    await tweestapsInstellen(page);
    assert.equal(new URL(page.url()).pathname, '/beheer');

    const staten = [];
    const bevindingen = [];
    await klik(page, 'nav.beheernavigatie a[href="/beheer/uitvragen"]');
    assert.match(await page.$eval('main', (e) => e.textContent), /Visie Sterke Sociale Basis/);
    await controleer(page, 'list of uitvragen', { staten, bevindingen });

    await page.goto(api.adres + '/beheer/uitvragen/1', { waitUntil: 'load' });
    assert.match(await page.$eval('tr[data-taal="tr"]', (e) => e.textContent), /Onvolledig/);
    await controleer(page, 'an uitvraag with its translation state', { staten, bevindingen });

    // Clear the Dutch title: the error is shown at the field and in the summary, nothing is saved.
    await page.$eval('#titel-nl', (e) => {
      e.removeAttribute('required');
      e.value = '';
    });
    await klik(page, 'form.formulier button[type="submit"]');
    assert.equal(await page.$eval('#titel-nl', (e) => e.getAttribute('aria-invalid')), 'true');
    await controleer(page, 'field errors', { status: 400, staten, bevindingen });

    await page.goto(api.adres + '/beheer/trajecten/nieuw', { waitUntil: 'load' });
    await controleer(page, 'a new traject', { staten, bevindingen });

    // The team's own API keys: the form offers only its traject and no role; a key made (shown once), then revoked.
    await klik(page, 'nav.beheernavigatie a[href="/beheer/sleutels"]');
    assert.deepEqual(await page.$$eval('#traject option', (o) => o.map((e) => e.value)), ['1']);
    assert.equal(await page.$('#rol'), null, 'no role to choose');
    await controleer(page, 'keys of the team', { staten, bevindingen });
    await page.type('#omschrijving', 'invoer uit ons eigen programma');
    await klik(page, 'form.formulier button[type="submit"]');
    const kenmerk = (await page.$eval('code.sleutel', (c) => c.textContent.trim())).slice(0, 13);
    await controleer(page, 'a team key made', { staten, bevindingen });
    await page.goto(api.adres + '/beheer/sleutels', { waitUntil: 'load' });
    await klik(page, `form[action="/beheer/sleutels/${kenmerk}/intrekken"] button`);
    assert.match(await page.$eval('p.melding', (e) => e.textContent), /is ingetrokken/);
    await controleer(page, 'a team key revoked', { staten, bevindingen });
    assert.deepEqual(bevindingen, []);
    assert.deepEqual(await venster.problemen(), []);
    await page.close();
  });
});
