// The screenshots of the portal in docs/beeld/ (README, "Voor partners"), made in Debian's Chromium against a demo
// server: GraphApi with a fresh database and the demo data, a volunteer of inZet invited with the CLI, who sets a
// password, adds a weekly activity and cancels one date. Run after a Release build, from src/Widgets:
//   CHROMIUM_PATH=/usr/bin/chromium node scripts/schermafdrukken.mjs
// With pngquant on the PATH (Debian: apt-get install pngquant) the PNGs are reduced to 64 colours (tens of kB each).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostCommando, repository, startApi, startBrowser } from '../test/omgeving.mjs';

const doel = path.join(repository, 'docs', 'beeld');
const BREEDTE = 1200;
const WACHTWOORD = 'een lang genoeg wachtwoord';

// The first Tuesday at least a week ahead, so that the dates are in the future whenever this runs.
const dinsdag = (() => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() + ((9 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
})();

const mailmap = mkdtempSync(path.join(tmpdir(), 'sn-schermafdrukken-'));
const api = await startApi({ env: { Mail__Map: mailmap } });
const browser = await startBrowser();
try {
  mkdirSync(doel, { recursive: true });
  const uitvoer = await hostCommando(api.databank, ['accounts', 'invite', '--email', 'vrijwilliger@inzet.example', '--rol', 'redacteur', '--organisatie', '2'], { Mail__Map: mailmap });
  const uitnodiging = /https?:\/\/[^\s/]+(\/beheer\/uitnodiging\/\S+)/.exec(uitvoer)?.[1];
  if (!uitnodiging) {
    throw new Error(`no link in the output of accounts invite:\n${uitvoer}`);
  }

  const page = await browser.newPage();
  page.setDefaultTimeout(120_000);
  await page.setExtraHTTPHeaders({ 'accept-language': 'nl-NL,nl;q=0.9' });
  await page.setViewport({ width: BREEDTE, height: 760 });
  const naar = (doe) => Promise.all([page.waitForNavigation({ waitUntil: 'load' }), doe()]);
  /** The viewport, or the part of the page from the top of element `van` to the bottom of element `tot`. */
  const bewaar = async (naam, van, tot = van) => {
    const bestand = path.join(doel, `${naam}.png`);
    let clip;
    if (van) {
      // Document coordinates of both elements' boxes, with a margin of 8 px.
      const vak = (selector) => page.$eval(selector, (e) => {
        const r = e.getBoundingClientRect();
        return { links: r.left + scrollX, boven: r.top + scrollY, rechts: r.right + scrollX, onder: r.bottom + scrollY };
      });
      const [a, b] = await Promise.all([vak(van), vak(tot)]);
      const links = Math.max(0, Math.min(a.links, b.links) - 8);
      const boven = Math.max(0, a.boven - 8);
      clip = { x: links, y: boven, width: Math.max(a.rechts, b.rechts) + 8 - links, height: b.onder + 8 - boven };
    }

    await page.screenshot({ path: bestand, clip, captureBeyondViewport: true });
    try {
      execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--output', bestand, '64', bestand], { stdio: 'ignore' });
    } catch {
      // Without pngquant the PNG stays as Chromium made it.
    }

    console.log(`${path.relative(repository, bestand)}: ${Math.round(statSync(bestand).size / 1024)} kB`);
  };

  // 1. The invitation: choose a password.
  await page.goto(api.adres + uitnodiging, { waitUntil: 'load' });
  await bewaar('uitnodiging');
  await page.type('#wachtwoord', WACHTWOORD);
  await page.type('#herhaling', WACHTWOORD);
  await naar(() => page.click('button[type="submit"]'));

  // 2. A weekly activity: the "Wanneer" part of the form with the dates it gives.
  await page.goto(`${api.adres}/beheer/activiteiten/nieuw`, { waitUntil: 'load' });
  await page.type('#titel', 'Taalcafé in de bibliotheek');
  await page.type('#omschrijving', 'Oefen Nederlands met buren, bij een kop koffie.');
  await page.$eval('#datum', (e, v) => (e.value = v), dinsdag);
  await page.$eval('#begintijd', (e) => (e.value = '10:00'));
  await page.$eval('#eindtijd', (e) => (e.value = '12:00'));
  await page.click('#herhaling-wekelijks');
  await page.click('#weekdag-2');
  await page.click('#einde-aantal');
  await page.type('#aantal', '6');
  await page.select('#locatie', await page.$eval('#locatie option:nth-child(2)', (e) => e.value));
  await naar(() => page.click('button[value="bekijk"]'));
  await bewaar('activiteit-wanneer', '#herhaling', '.voorbeeld');

  // 3. Saved, one date cancelled: the list of dates on the activity's page in the portal.
  await naar(() => page.click('button[value="opslaan"]'));
  await naar(() => page.click('#datums li:nth-child(3) button[value="annuleren"]'));
  await bewaar('activiteit-datums', '#datums');

  // 4. The start page of the volunteer.
  await page.goto(`${api.adres}/beheer`, { waitUntil: 'load' });
  await bewaar('start');
} finally {
  await browser.close();
  await api.stop();
  rmSync(mailmap, { recursive: true, force: true });
}
