// The portal's pages in the browser tests, shared by the journeys through them (beheer-rollen, participatie): the
// keys and clicks of a person (`typ`, `klik`, `naar`, `volg`), the checks every portal page gets (`controleer`: axe,
// labels, tabindex, one h1, no script, the status), date and time fields as this Chromium takes typed digits, and
// the TOTP code an authenticator app computes.
import { createHmac } from 'node:crypto';
import { axeViaDevTools } from './omgeving.mjs';

/** RFC 6238 as an authenticator app computes it: HMAC-SHA1 over the 30-second step, 6 digits, from a base32 key. */
export function totp(sleutel, stappenVerder = 0) {
  const alfabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = [];
  let bits = 0;
  let waarde = 0;
  for (const teken of sleutel.toUpperCase().replace(/[\s=]/g, '')) {
    waarde = (waarde << 5) | alfabet.indexOf(teken);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((waarde >> bits) & 0xff);
      waarde &= (1 << bits) - 1;
    }
  }

  const teller = Buffer.alloc(8);
  teller.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stappenVerder));
  const hash = createHmac('sha1', Buffer.from(bytes)).update(teller).digest();
  const begin = hash[hash.length - 1] & 0x0f;
  return String((hash.readUInt32BE(begin) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * On /beheer/tweestaps (where the portal sends a beheerder or a trajectteam without it): sets up the authenticator
 * with the code computed from the key on the page, as a person with an authenticator app does, and goes on to /beheer.
 */
export async function tweestapsInstellen(page) {
  const sleutel = /Sleutel: ([a-z2-7 ]+)/i.exec(await page.$eval('.sleutel', (p) => p.textContent))[1];
  await typ(page, { '#code': totp(sleutel) });
  await klik(page, '.formulier button[type="submit"]');
  await volg(page, '/beheer');
}

/** Does what `doe()` starts (a click, a key press) and waits for the page it leads to. */
export async function naar(page, doe) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), doe()]);
}

export const klik = (page, selector) => naar(page, () => page.click(selector));

/** Types into fields (selector → text) as a person does: focus, select what is there, then the keys. */
export async function typ(page, velden) {
  for (const [selector, tekst] of Object.entries(velden)) {
    await page.focus(selector);
    if (await page.$eval(selector, (e) => e.value !== '')) {
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
    }

    await page.keyboard.type(tekst);
  }
}

/** The path of the page a browser tab shows. */
export const pad = (page) => new URL(page.url()).pathname;

/**
 * One portal page in one state (`naam`, added to `staten`): axe finds nothing, every field has a label, no positive
 * tabindex, one h1, no script (`scripts`: the number a page may have, e.g. the fast entry's own), and the page's
 * status; what differs is added to `bevindingen` (asserted empty at the
 * end of the journey, so one run reports every page). Returns the page's text for further checks.
 */
export async function controleer(page, naam, { status = 200, scripts = 0, staten, bevindingen } = {}) {
  const antwoord = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.responseStatus);
  const schendingen = await axeViaDevTools(page);
  const beeld = await page.evaluate(() => ({
    tabindex: [...document.querySelectorAll('[tabindex]')].map((e) => e.getAttribute('tabindex')).filter((t) => Number(t) > 0),
    zonderLabel: [...document.querySelectorAll('input:not([type="hidden"]), select, textarea')].filter((e) => !e.labels?.length).map((e) => e.id || e.name),
    h1: document.querySelectorAll('h1').length,
    scripts: document.scripts.length,
  }));
  const verwacht = { schendingen: [], tabindex: [], zonderLabel: [], h1: 1, scripts, status };
  const gezien = { schendingen, ...beeld, status: antwoord };
  for (const [sleutel, waarde] of Object.entries(gezien)) {
    if (JSON.stringify(waarde) !== JSON.stringify(verwacht[sleutel])) {
      bevindingen.push({ pagina: naam, [sleutel]: waarde });
    }
  }

  staten.push(naam);
  return page.$eval('main', (main) => main.textContent.replace(/\s+/g, ' ').trim());
}

/**
 * How this Chromium's date and time fields take typed digits (they follow its own locale, not the page's): the day
 * before the month or after it, a 12-hour clock with AM/PM or 24 hours. Found by typing into a scratch page.
 */
export async function veldvolgorde(browser) {
  const kladblok = await browser.newPage();
  try {
    await kladblok.setContent('<input type="date" id="d" aria-label="d"><input type="time" id="t" aria-label="t">');
    await kladblok.focus('#d');
    await kladblok.keyboard.type('02012030');
    await kladblok.focus('#t');
    await kladblok.keyboard.type('0830P');
    const [datum, tijd] = await kladblok.evaluate(() => [document.querySelector('#d').value, document.querySelector('#t').value]);
    return { dagEerst: datum === '2030-01-02', twaalfUur: tijd === '20:30' };
  } finally {
    await kladblok.close();
  }
}

/** The keys that put `iso` (yyyy-mm-dd) or `hh:mm` into a date or time field of this Chromium. */
export function toetsen(volgorde, waarde) {
  const datum = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (datum) {
    const [, jaar, maand, dag] = datum;
    return volgorde.dagEerst ? dag + maand + jaar : maand + dag + jaar;
  }

  const [uur, minuut] = waarde.split(':').map(Number);
  const mm = String(minuut).padStart(2, '0');
  return volgorde.twaalfUur ? `${String(uur % 12 || 12).padStart(2, '0')}${mm}${uur < 12 ? 'A' : 'P'}` : `${String(uur).padStart(2, '0')}${mm}`;
}

/** Follows the link in the portal's navigation (or elsewhere on the page) to `href`. */
export const volg = (page, href) => klik(page, `a[href="${href}"]`);

/**
 * Waits until the element with this id has the focus: `autofocus` is applied at a rendering update after the page
 * loaded, not at its `load` event, so on a busy machine it may come a moment later. Fails (times out) when it never does.
 */
export async function wachtOpFocus(page, id) {
  // In front, so that Chromium updates its rendering (a page in the background gets no rendering updates); polled
  // by interval, because a focus change is no DOM mutation and animation frames stop in the background.
  await page.bringToFront();
  await page.waitForFunction((verwacht) => document.activeElement?.id === verwacht, { polling: 50 }, id);
}
