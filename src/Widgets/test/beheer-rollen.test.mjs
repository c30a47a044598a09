// The portal's role journeys end to end in Debian's Chromium, through its forms as people use them, with axe (WCAG 2.1
// A and AA) on every page and state on the way (see `controleer`):
// - a beheerder invited with the CLI reads the link in the mail (.eml), sets a password, must set up two-factor (the
//   test computes the TOTP code from the key on the page), then adds an organisation, invites a volunteer for it, makes
//   an API key (shown once; it works on GraphQL) and revokes it, takes a role away and disables an account, and walks
//   every beheerder page (organisations, networks with groups and members, accounts, keys, locations, activities, the
//   audit log) with its error states;
//   signs out, signs in again with a code, and resets a forgotten password through the mailed link;
// - the volunteer opens the invitation from the beheerder's mail, sets a password, adds a NEW location and a weekly
//   activity there with local times (the activity form with the keyboard only), finds it in the GraphQL agenda, in
//   <sn-agenda> on a partner page and on /agenda, cancels one date and sees it cancelled there and struck through on
//   the activity's own page; the beheerder's pages are a 403 page for the volunteer;
// - the volunteer's pages and the pages without an account in English (`?taal=en`).
// CSRF refusal, lockout and the reset link's single use are tested over HTTP (tests/GraphApi.Tests/BeheerAccountTests.cs).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { axeViaDevTools, graphql, hostCommando, inShadow, open, partnerPagina, testOmgeving, widgetScript } from './omgeving.mjs';
import { controleer, klik, naar, pad, toetsen, totp, typ, veldvolgorde, volg } from './portaal.mjs';

const WACHTWOORD = 'een lang genoeg wachtwoord';
const NIEUW_WACHTWOORD = 'een heel ander wachtwoord';
const BEHEERDER = `beheerder${process.pid}@gemeente.example`;
const VRIJWILLIGER = `vrijwilliger${process.pid}@linde.example`;
const VERGISSING = `vergissing${process.pid}@linde.example`;
const CLUB = `Buurtclub De Linde ${process.pid}`;
const ZAAL = `Clubhuis De Linde ${process.pid}`;

// Refused forms (400), the 403 and 404 pages: Chromium reports their status as a console error.
const TOEGESTAAN = [/status of 40[034]/];

// Mails of this file's server and CLI: a folder of its own.
const mailmap = mkdtempSync(path.join(tmpdir(), 'sn-beheer-mail-'));
after(() => rmSync(mailmap, { recursive: true, force: true }));

// A Wednesday at least a week ahead (the browser tests run on the real clock), as dd, mm, yyyy.
const woensdag = (() => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((10 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
})();

let api, browser, site;
testOmgeving({
  api: { env: { Mail__Map: mailmap } },
  acceptLanguage: 'nl-NL,nl;q=0.9',
  async daarna(o) {
    ({ api, browser, site } = o);
  },
});

/** The path of the one link in the newest mail to `aan` (an .eml file as MimeKit writes it, quoted-printable or base64). */
function linkUitMail(aan) {
  const mails = mailsAan(aan);
  assert.ok(mails.length > 0, `a mail to ${aan} in ${mailmap}`);
  const links = mails.at(-1).body.match(/https?:\/\/\S+/g) ?? [];
  assert.equal(links.length, 1, mails.at(-1).body);
  return new URL(links[0]).pathname;
}

/** Waits until there are more than `eerder` mails to `aan`: a reset mail is written in the background, after the answer (at most a minute, against a hang). */
async function wachtOpMail(aan, eerder) {
  const grens = Date.now() + 60_000;
  while (mailsAan(aan).length <= eerder && Date.now() < grens) {
    await new Promise((klaar) => setTimeout(klaar, 20));
  }
}

/** The mails to `aan`, oldest first, with their decoded text. */
function mailsAan(aan) {
  return readdirSync(mailmap)
    .filter((naam) => naam.endsWith('.eml'))
    .map((naam) => path.join(mailmap, naam))
    .map((bestand) => ({ tijd: statSync(bestand).mtimeMs, tekst: readFileSync(bestand, 'latin1') }))
    .map(({ tijd, tekst }) => {
      const scheiding = tekst.indexOf('\r\n\r\n') >= 0 ? tekst.indexOf('\r\n\r\n') : tekst.indexOf('\n\n');
      const kop = tekst.slice(0, scheiding).replace(/\r?\n[ \t]+/g, ' ');
      let body = tekst.slice(scheiding).trim();
      const codering = /^content-transfer-encoding:\s*(\S+)/im.exec(kop)?.[1].toLowerCase();
      if (codering === 'quoted-printable') {
        body = Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
      } else if (codering === 'base64') {
        body = Buffer.from(body, 'base64').toString('utf8');
      } else {
        body = Buffer.from(body, 'latin1').toString('utf8');
      }

      return { tijd, aan: /^to:\s*(.*)$/im.exec(kop)?.[1] ?? '', body };
    })
    .filter((mail) => mail.aan.toLowerCase().includes(aan.toLowerCase()))
    .sort((a, b) => a.tijd - b.tijd);
}

/** `accounts invite` with the host's own command (docs/beheer.md), on this file's database and mail folder. */
const nodigUitViaCli = (email, ...rol) => hostCommando(api.databank, ['accounts', 'invite', '--email', email, ...rol], { Mail__Map: mailmap });

let uitnodigingVrijwilliger;
let organisatieId;
let activiteitVanVrijwilliger;

describe('the portal, role by role', () => {
  test('a beheerder: invitation mail, password, forced two-factor, organisation, invitation, API key made and revoked, every beheerder page', async () => {
    const uitvoer = await nodigUitViaCli(BEHEERDER, '--rol', 'beheerder');
    const link = linkUitMail(BEHEERDER);
    assert.match(link, /^\/beheer\/uitnodiging\/\S+$/);
    assert.ok(uitvoer.includes(link), 'the CLI prints the link it mailed');

    const venster = await open(browser, api.adres + link, { toegestaan: TOEGESTAAN });
    const { page } = venster;
    const staten = [];
    const bevindingen = [];
    await controleer(page, 'invitation', { staten, bevindingen });

    // Two different passwords: the error at the field, nothing set.
    await typ(page, { '#wachtwoord': WACHTWOORD, '#herhaling': WACHTWOORD + '!' });
    await klik(page, 'button[type="submit"]');
    await controleer(page, 'invitation with an error', { status: 400, staten, bevindingen });
    await typ(page, { '#wachtwoord': WACHTWOORD, '#herhaling': WACHTWOORD });
    await klik(page, 'button[type="submit"]');

    // A beheerder must set up two-factor first, whatever page it asks for.
    assert.equal(pad(page), '/beheer/tweestaps');
    await controleer(page, 'two-factor set-up (required)', { staten, bevindingen });
    const sleutel = /Sleutel: ([a-z2-7 ]+)/i.exec(await page.$eval('.sleutel', (p) => p.textContent))[1];
    const goed = totp(sleutel);
    await typ(page, { '#code': goed === '000000' ? '111111' : '000000' });
    await klik(page, 'button[type="submit"]');
    assert.match(await controleer(page, 'two-factor set-up with a wrong code', { status: 400, staten, bevindingen }), /Foutcode: CODE_INVALID/);
    await typ(page, { '#code': totp(sleutel) });
    await klik(page, '.formulier button[type="submit"]');
    assert.equal((await page.$$('.herstelcodes code')).length, 10);
    await controleer(page, 'recovery codes (shown once)', { staten, bevindingen });
    await volg(page, '/beheer');
    assert.equal(pad(page), '/beheer');
    await controleer(page, 'dashboard of a beheerder', { staten, bevindingen });

    // Organisations: the list, a refused empty form, a new organisation, its own page with an error and saved.
    await volg(page, '/beheer/organisaties');
    await controleer(page, 'organisations', { staten, bevindingen });
    await typ(page, { '#naam': 'inZet' });
    await page.select('#soort', 'Welzijn');
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'organisations with an error (the name exists)', { status: 400, staten, bevindingen });
    await typ(page, { '#naam': CLUB });
    await page.select('#soort', 'Vereniging');
    await klik(page, '.formulier button[type="submit"]');
    organisatieId = /^\/beheer\/organisatie\/(\d+)$/.exec(pad(page))?.[1];
    assert.ok(organisatieId, page.url());
    await controleer(page, 'a new organisation', { staten, bevindingen });
    await page.$eval('#website', (e) => (e.type = 'text')); // past the browser's own check, as a browser without it
    await typ(page, { '#website': 'geen adres' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'an organisation with an error', { status: 400, staten, bevindingen });
    await typ(page, { '#website': 'https://linde.example', '#omschrijving': 'Een buurtclub met een eigen clubhuis.' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'an organisation saved', { staten, bevindingen });

    // Networks: the list, an error, a new network, a group and a member.
    await volg(page, '/beheer/netwerken');
    await controleer(page, 'networks', { staten, bevindingen });
    await typ(page, { '#naam': '  ' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'networks with errors', { status: 400, staten, bevindingen });
    await typ(page, { '#naam': `Buurtnetwerk ${process.pid}` });
    await klik(page, '.formulier button[type="submit"]');
    const netwerk = /^\/beheer\/netwerken\/\d+$/.exec(pad(page))?.[0];
    assert.ok(netwerk, page.url());
    await controleer(page, 'a new network without groups or members', { staten, bevindingen });
    await typ(page, { '#groep-naam': 'Werkgroep ontmoeting' });
    await klik(page, `form[action^="${netwerk}/groepen"] button[type="submit"]`);
    await controleer(page, 'a network with a group', { staten, bevindingen });
    await klik(page, `form[action^="${netwerk}/leden"] button[type="submit"]`);
    await controleer(page, 'a network: a member without an organisation', { status: 400, staten, bevindingen });
    await page.select('#lid-organisatieId', organisatieId);
    await klik(page, `form[action^="${netwerk}/leden"] button[type="submit"]`);
    assert.ok(await page.$(`form[action*="/leden/"][action$="/verwijderen"]`), 'the member is listed with a button to remove it');
    await controleer(page, 'a network with a member', { staten, bevindingen });

    // Accounts: an empty invitation is refused; the volunteer is invited for the new club.
    await volg(page, '/beheer/accounts');
    await controleer(page, 'accounts', { staten, bevindingen });
    await typ(page, { '#email': VRIJWILLIGER });
    await page.select('#rol', 'Redacteur');
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'accounts with an error (a redacteur without organisation)', { status: 400, staten, bevindingen });
    await page.select('#organisatie', organisatieId);
    await klik(page, '.formulier button[type="submit"]');
    assert.match(await controleer(page, 'accounts: invited', { staten, bevindingen }), new RegExp(`${VRIJWILLIGER.replace(/\./g, '\\.')} is uitgenodigd`));
    await wachtOpMail(VRIJWILLIGER, 0); // the invitation is sent in the background, after the answer
    uitnodigingVrijwilliger = linkUitMail(VRIJWILLIGER);
    // A second account, invited by mistake: its role taken away, then disabled.
    await typ(page, { '#email': VERGISSING });
    await page.select('#rol', 'Redacteur');
    await page.select('#organisatie', organisatieId);
    await klik(page, '.formulier button[type="submit"]');
    await klik(page, `button[aria-label^="Rol afnemen: "][aria-label$=" van ${VERGISSING}"]`);
    await controleer(page, 'accounts: a role taken away', { staten, bevindingen });
    await klik(page, `button[aria-label="Account ${VERGISSING} uitschakelen"]`);
    await controleer(page, 'accounts: one disabled', { staten, bevindingen });
    assert.equal(await page.$(`button[aria-label="Account ${VERGISSING} uitschakelen"]`), null, 'disabled: no button any more');

    // Keys: none yet; a refused empty form; a key made (shown once) works on GraphQL, then revoked it does not.
    await volg(page, '/beheer/sleutels');
    await controleer(page, 'keys (none yet)', { staten, bevindingen });
    await typ(page, { '#omschrijving': '  ' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'keys with errors', { status: 400, staten, bevindingen });
    await typ(page, { '#omschrijving': 'website De Linde' });
    await page.select('#rol', 'Redacteur');
    await page.select('#organisatie', organisatieId);
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'a key made', { staten, bevindingen });
    const apiSleutel = await page.$eval('code.sleutel', (c) => c.textContent.trim());
    assert.match(apiSleutel, /^sn_\S+$/);
    // A reload (Post/Redirect/Get): the key is not shown again and no second key is made.
    await page.reload({ waitUntil: 'load' });
    assert.equal(await page.$('code.sleutel'), null, 'a reload does not show the key again');
    assert.equal(await page.evaluate((s) => document.body.textContent.includes(s), apiSleutel), false, 'the secret is not on the page');
    await controleer(page, 'a key already shown', { staten, bevindingen });
    const organisatie = Buffer.from(`Organisatie:${organisatieId}`).toString('base64').replace(/=+$/, '');
    const wijzig = `mutation($id: ID!) { organisatieWijzigen(id: $id, invoer: { telefoon: "079 123 45 67" }) { gelukt } }`;
    assert.deepEqual(await graphql(api.adres, wijzig, { id: organisatie }, apiSleutel), { organisatieWijzigen: { gelukt: true } });
    await volg(page, '/beheer/sleutels');
    assert.equal(await page.$$eval('td', (cellen) => cellen.filter((c) => c.textContent.trim() === 'website De Linde').length), 1, 'one key made');
    const kenmerk = apiSleutel.slice(0, 13);
    await klik(page, `form[action^="/beheer/sleutels/${kenmerk}/intrekken"] button`);
    await controleer(page, 'keys: one revoked', { staten, bevindingen });
    await assert.rejects(graphql(api.adres, wijzig, { id: organisatie }, apiSleutel), /INVALID_API_KEY/);

    // Locations: the list, a search without results, a refused empty form, a new one, its edit form.
    await volg(page, '/beheer/locaties');
    await controleer(page, 'locations', { staten, bevindingen });
    await typ(page, { '#zoek': 'bestaat-nergens' });
    await naar(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.$('table.locaties'), null, 'no results');
    await controleer(page, 'locations: nothing found', { staten, bevindingen });
    await volg(page, '/beheer/locaties/nieuw');
    await controleer(page, 'new location', { staten, bevindingen });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'new location with errors', { status: 400, staten, bevindingen });
    await typ(page, { '#naam': `Gemeentewerf ${process.pid}`, '#adres': 'Werfstraat 1', '#postcode': '2711 AA', '#plaats': 'Zoetermeer' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'locations: one saved', { staten, bevindingen });
    await klik(page, 'table.locaties a[href^="/beheer/locaties/"]');
    await controleer(page, 'edit a location', { staten, bevindingen });

    // Activities: all, of one organisation (none yet), a demo activity cancelled as a whole and restored.
    await volg(page, '/beheer/activiteiten');
    await controleer(page, 'activities of all organisations', { staten, bevindingen });
    await page.goto(`${api.adres}/beheer/activiteiten?organisatie=${organisatieId}`, { waitUntil: 'load' });
    await controleer(page, 'activities of an organisation without any', { staten, bevindingen });
    await volg(page, '/beheer/activiteiten');
    await klik(page, 'main table a[href^="/beheer/activiteiten/"]');
    const activiteit = pad(page);
    await controleer(page, 'edit an activity', { staten, bevindingen });
    await typ(page, { '#reden': 'De zaal is verbouwd.' });
    await klik(page, `form[action^="${activiteit}/annuleren"] button`);
    await controleer(page, 'a cancelled activity', { staten, bevindingen });
    await klik(page, `form[action^="${activiteit}/herstellen"] button`);
    await controleer(page, 'a restored activity', { staten, bevindingen });

    // The audit log, all and filtered; a page that does not exist.
    await volg(page, '/beheer/wijzigingen');
    assert.match(await controleer(page, 'the audit log', { staten, bevindingen }), new RegExp(CLUB));
    await page.select('#objectType', 'Locatie');
    await klik(page, '.filter button[type="submit"]');
    await controleer(page, 'the audit log, filtered', { staten, bevindingen });
    await page.goto(`${api.adres}/beheer/activiteiten/QWN0aXZpdGVpdDo5OTk5OTk`, { waitUntil: 'load' });
    await controleer(page, 'the 404 page', { status: 404, staten, bevindingen });

    // Signed out; a wrong password; signed in again with password and code.
    await volg(page, '/beheer');
    await klik(page, '.uitloggen button:not([name])');
    await page.goto(`${api.adres}/beheer/inloggen`, { waitUntil: 'load' });
    await controleer(page, 'sign in', { staten, bevindingen });
    await typ(page, { '#email': BEHEERDER, '#wachtwoord': 'niet het wachtwoord' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'sign in refused', { status: 400, staten, bevindingen });
    await typ(page, { '#wachtwoord': WACHTWOORD });
    await klik(page, '.formulier button[type="submit"]');
    assert.equal(pad(page), '/beheer/inloggen/code');
    await controleer(page, 'sign in: the code', { staten, bevindingen });
    await typ(page, { '#code': '12345' });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'sign in: a wrong code', { status: 400, staten, bevindingen });
    await typ(page, { '#code': totp(sleutel, 1) });
    await klik(page, '.formulier button[type="submit"]');
    assert.equal(pad(page), '/beheer');

    // Signed out everywhere; a forgotten password reset through the mailed link.
    await klik(page, '.uitloggen button[name="overal"]');
    await page.goto(`${api.adres}/beheer/wachtwoord-vergeten`, { waitUntil: 'load' });
    await controleer(page, 'forgotten password', { staten, bevindingen });
    const eerder = mailsAan(BEHEERDER).length;
    await typ(page, { '#email': BEHEERDER });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'forgotten password: mail sent', { staten, bevindingen });
    await wachtOpMail(BEHEERDER, eerder);
    await page.goto(api.adres + linkUitMail(BEHEERDER), { waitUntil: 'load' });
    assert.match(pad(page), /^\/beheer\/wachtwoord-herstellen\//);
    await controleer(page, 'reset password', { staten, bevindingen });
    await typ(page, { '#wachtwoord': NIEUW_WACHTWOORD, '#herhaling': WACHTWOORD });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'reset password: two different passwords', { status: 400, staten, bevindingen });
    await typ(page, { '#wachtwoord': NIEUW_WACHTWOORD, '#herhaling': NIEUW_WACHTWOORD });
    await klik(page, '.formulier button[type="submit"]');
    await controleer(page, 'reset password: done', { staten, bevindingen });
    await page.goto(`${api.adres}/beheer/inloggen`, { waitUntil: 'load' });
    await typ(page, { '#email': BEHEERDER, '#wachtwoord': NIEUW_WACHTWOORD });
    await klik(page, '.formulier button[type="submit"]');
    assert.equal(pad(page), '/beheer/inloggen/code', 'the new password is the first step');

    assert.deepEqual(bevindingen, []);
    assert.equal(staten.length, 50);
    assert.deepEqual(await venster.problemen(), []);
    await page.close();
  });

  test('a volunteer: invitation, a weekly activity at a new location with the keyboard, in the agenda everywhere, one date cancelled', async () => {
    assert.ok(uitnodigingVrijwilliger, 'the beheerder invited the volunteer');
    const venster = await open(browser, api.adres + uitnodigingVrijwilliger, { toegestaan: TOEGESTAAN });
    const { page } = venster;
    const staten = [];
    const bevindingen = [];
    await typ(page, { '#wachtwoord': WACHTWOORD, '#herhaling': WACHTWOORD });
    await klik(page, 'button[type="submit"]');
    assert.equal(pad(page), '/beheer', 'a redacteur needs no second step');
    await controleer(page, 'dashboard of a new club', { staten, bevindingen });

    // The beheerder's pages are not the volunteer's.
    for (const verboden of ['/beheer/accounts', '/beheer/organisaties', '/beheer/netwerken']) {
      await page.goto(api.adres + verboden, { waitUntil: 'load' });
      assert.match(await controleer(page, `403 on ${verboden}`, { status: 403, staten, bevindingen }), /Foutcode: FORBIDDEN/);
    }

    // The club's own venue, new on the map.
    await page.goto(`${api.adres}/beheer`, { waitUntil: 'load' });
    await volg(page, '/beheer/locaties');
    await volg(page, '/beheer/locaties/nieuw');
    await typ(page, { '#naam': ZAAL, '#adres': 'Lindelaan 12', '#postcode': '2711 AB', '#plaats': 'Zoetermeer' });
    await page.focus('#rolstoeltoegankelijk');
    await page.keyboard.press('Space');
    await naar(page, () => page.keyboard.press('Enter'));
    assert.match(await controleer(page, 'the venue saved', { staten, bevindingen }), new RegExp(`‘${ZAAL}’ is opgeslagen`));

    // The activity form with the keyboard only: type, Tab, Space, arrows, Enter.
    await volg(page, '/beheer/activiteiten');
    await volg(page, '/beheer/activiteiten/nieuw');
    await typ(page, { '#titel': 'Samen koken', '#omschrijving': 'Elke week koken en eten we samen in het clubhuis.' });
    // The date and times typed as this Chromium's fields want them (day or month first, 12 or 24 hours).
    const volgorde = await veldvolgorde(browser);
    await typ(page, { '#datum': toetsen(volgorde, woensdag), '#begintijd': toetsen(volgorde, '18:00'), '#eindtijd': toetsen(volgorde, '20:30') });
    await page.focus('#locatie');
    await page.keyboard.type(ZAAL);
    await page.focus('#herhaling-wekelijks');
    await page.keyboard.press('Space');
    await page.focus('#weekdag-3');
    await page.keyboard.press('Space');
    await page.focus('#einde-aantal');
    await page.keyboard.press('Space');
    await typ(page, { '#aantal': '3' });
    const ingevuld = await page.evaluate(() => ({
      datum: document.querySelector('#datum').value,
      begintijd: document.querySelector('#begintijd').value,
      eindtijd: document.querySelector('#eindtijd').value,
      locatie: document.querySelector('#locatie').selectedOptions[0].textContent,
    }));
    assert.deepEqual(ingevuld, { datum: woensdag, begintijd: '18:00', eindtijd: '20:30', locatie: `${ZAAL}, Lindelaan 12` });
    await page.focus('button[value="bekijk"]');
    await naar(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.$eval('.voorbeeld .regel', (e) => e.textContent), 'Elke week op woensdag, van 18:00 tot 20:30, 3 keer in totaal.');
    await controleer(page, 'the preview', { staten, bevindingen });
    await page.focus('button[value="opslaan"]');
    await naar(page, () => page.keyboard.press('Enter'));
    const activiteit = /^\/beheer\/activiteiten\/([^/]+)$/.exec(pad(page))?.[1];
    assert.ok(activiteit, page.url());
    activiteitVanVrijwilliger = activiteit;
    await controleer(page, 'the activity saved', { staten, bevindingen });

    // The GraphQL agenda: three Wednesdays at 18:00 Dutch time, at the new venue.
    const organisatie = Buffer.from(`Organisatie:${organisatieId}`).toString('base64').replace(/=+$/, '');
    const agendaQuery = `query($organisatie: ID!) { agenda(filter: { organisaties: [$organisatie] }, first: 10) { nodes { start status activiteit { id titel locatie { naam } } } } }`;
    const agenda = async () => (await graphql(api.adres, agendaQuery, { organisatie })).agenda.nodes;
    const data = await agenda();
    assert.deepEqual(
      data.map((v) => [v.activiteit.id, v.activiteit.titel, v.activiteit.locatie?.naam, v.status]),
      Array(3).fill([activiteit, 'Samen koken', ZAAL, 'GEPLAND']),
    );
    const amsterdam = (iso) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
    assert.equal(amsterdam(data[0].start), `${woensdag} 18:00`);
    assert.deepEqual(data.map((v) => new Date(v.start).getUTCDay()), [3, 3, 3]);

    // Cancel the second date from the list of dates, with the keyboard.
    await page.focus('#datums li:nth-child(2) button[value="annuleren"]');
    await naar(page, () => page.keyboard.press('Enter'));
    assert.match(await page.$eval('#datums li:nth-child(2)', (e) => e.textContent), /Gaat niet door/);
    await controleer(page, 'a date cancelled', { staten, bevindingen });
    assert.deepEqual((await agenda()).map((v) => v.status), ['GEPLAND', 'GEANNULEERD', 'GEPLAND']);
    const geannuleerd = (await agenda())[1].start;

    // <sn-agenda> on a partner's page shows the three dates, the second one cancelled.
    const partner = site.pagina(
      '/linde.html',
      partnerPagina({ titel: 'De Linde', scripts: [widgetScript(api)], body: `<sn-agenda id="agenda" organisatie="${organisatie}" aantal="10"></sn-agenda>` }),
    );
    const widget = await open(browser, partner);
    const [gebeurtenis] = await widget.wachtOp('agenda');
    assert.equal(gebeurtenis.naam, 'sn-geladen');
    const items = await inShadow(widget.page, '#agenda', (wortel) =>
      [...wortel.querySelectorAll('[part="item"]')].map((li) => ({
        titel: li.querySelector('[part="title-link"]').textContent.trim(),
        start: li.querySelector('time').getAttribute('datetime'),
        status: li.querySelector('[part="badge"].waarschuwing')?.textContent.trim() ?? null,
      })),
    );
    assert.deepEqual(items.map((i) => [i.titel, i.status]), [['Samen koken', null], ['Samen koken', 'Gaat niet door'], ['Samen koken', null]]);
    assert.equal(Date.parse(items[1].start), Date.parse(geannuleerd));
    assert.deepEqual(await widget.axe(), [], 'the widget with a cancelled date');
    assert.deepEqual(await widget.problemen(), []);
    await widget.page.close();

    // /agenda of the club: the cancelled date is marked; the activity's own page strikes it through.
    const laatste = amsterdam(data[2].start).slice(0, 10);
    await page.goto(`${api.adres}/agenda?organisatie=${organisatie}&van=${woensdag}&tot=${laatste}`, { waitUntil: 'load' });
    const opAgenda = await page.$$eval('.item', (lis) => lis.map((li) => ({ start: li.querySelector('time').getAttribute('datetime'), status: li.querySelector('.waarschuwing')?.textContent.trim() ?? null })));
    assert.equal(opAgenda.length, 3);
    assert.deepEqual(opAgenda.filter((i) => i.status).map((i) => [Date.parse(i.start), i.status]), [[Date.parse(geannuleerd), 'Gaat niet door']]);
    assert.deepEqual(await axeViaDevTools(page), [], '/agenda with a cancelled date');
    await page.goto(`${api.adres}/activiteiten/${activiteit}`, { waitUntil: 'load' });
    const doorgestreept = await page.$$eval('ul.data li', (lis) => lis.map((li) => getComputedStyle(li.querySelector('time')).textDecorationLine));
    assert.deepEqual(doorgestreept, ['none', 'line-through', 'none']);
    assert.deepEqual(await axeViaDevTools(page), [], 'the activity page with a cancelled date');

    assert.deepEqual(bevindingen, []);
    assert.equal(staten.length, 8);
    assert.deepEqual(await venster.problemen(), []);
    await page.close();
  });

  test('the portal in English: the volunteer\'s pages and the account pages, axe clean, lang="en"', async () => {
    assert.ok(activiteitVanVrijwilliger, 'the volunteer saved an activity');
    const staten = [];
    const bevindingen = [];
    // Signed in as the volunteer (the browser keeps its cookie), then in a fresh context without one.
    const venster = await open(browser, `${api.adres}/beheer?taal=en`, { toegestaan: TOEGESTAAN });
    const anoniem = await browser.createBrowserContext();
    try {
      const pagina = await anoniem.newPage();
      pagina.setDefaultTimeout(60_000);
      const paginas = [
        [venster.page, '/beheer', 200],
        [venster.page, '/beheer/activiteiten', 200],
        [venster.page, '/beheer/activiteiten/nieuw', 200],
        [venster.page, `/beheer/activiteiten/${activiteitVanVrijwilliger}`, 200],
        [venster.page, '/beheer/locaties', 200],
        [venster.page, '/beheer/locaties/nieuw', 200],
        [venster.page, `/beheer/organisatie/${organisatieId}`, 200],
        [venster.page, '/beheer/sleutels', 200],
        [venster.page, '/beheer/wijzigingen', 200],
        [venster.page, '/beheer/tweestaps', 200],
        [venster.page, '/beheer/accounts', 403],
        [pagina, '/beheer/inloggen', 200],
        [pagina, '/beheer/wachtwoord-vergeten', 200],
        [pagina, '/beheer/uitnodiging/onbekend', 400],
      ];
      for (const [page, pad, status] of paginas) {
        await page.goto(`${api.adres}${pad}?taal=en`, { waitUntil: 'load' });
        assert.equal(await page.$eval('html', (html) => html.lang), 'en', pad);
        await controleer(page, `${pad} in English`, { status, staten, bevindingen });
      }

      // A form without its antiforgery token (as a forged POST from another site sends it): the refusal page.
      await pagina.goto(`${api.adres}/beheer/inloggen?taal=en`, { waitUntil: 'load' });
      await pagina.$eval('form.formulier input[type="hidden"][name^="__"]', (veld) => veld.remove());
      await typ(pagina, { '#email': VRIJWILLIGER, '#wachtwoord': WACHTWOORD });
      await klik(pagina, '.formulier button[type="submit"]');
      assert.match(await controleer(pagina, 'a form without its token, in English', { status: 400, staten, bevindingen }), /ANTIFORGERY_INVALID/);
    } finally {
      await anoniem.close();
    }

    assert.deepEqual(bevindingen, []);
    assert.equal(staten.length, 15);
    assert.deepEqual(await venster.problemen(), []);
    await venster.page.close();
  });
});
