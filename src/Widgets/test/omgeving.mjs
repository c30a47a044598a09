// The test environment of the browser tests: the real GraphApi (its Release build, a fresh SQLite file with the demo
// data), a partner page server on another origin with a strict CSP, and Debian's Chromium through puppeteer-core.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';

export const widgetMap = path.resolve(import.meta.dirname, '..');
export const repository = path.resolve(widgetMap, '../..');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * How long GraphApi may take to start (the process, the migrations and the demo data) on a loaded 2-core machine;
 * the `before` of a test file, which also starts Chromium and may create keys, gets twice as long.
 */
export const OPSTARTTIJD = 240_000;

/** The Release build of GraphApi that the browser tests start (`dotnet build -c Release` makes it). */
export const graphApiDll = path.join(repository, 'src/GraphApi/bin/Release/net10.0/SociaalNetwerk.GraphApi.dll');

/** Where `dotnet run` runs GraphApi (its content root: appsettings.json, wwwroot). */
const projectMap = path.join(repository, 'src/GraphApi');

export async function vrijePoort() {
  const server = net.createServer();
  await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
  const { port } = server.address();
  await new Promise((klaar) => server.close(klaar));
  return port;
}

/**
 * Starts the Release build of GraphApi (`dotnet …/SociaalNetwerk.GraphApi.dll`, as `dotnet run --no-build -c Release`
 * would, from the project folder, without the second or so MSBuild needs to find it) on 127.0.0.1 with its own database (`databank`); `stop()` ends it.
 * Production like a deployment unless `omgeving` says otherwise (Development also serves the example site);
 * `env` adds configuration, e.g. `{ Participatie__InzendingenPerMinuut: '1000' }`. With `gedeeld`, the GraphApi that
 * test/alles.mjs shares (`SN_TEST_API`, its database `SN_TEST_API_DATABANK`), when there is one: only for a file that
 * reads, or writes nothing but data of its own that no other file on it reads, with the default configuration.
 */
export async function startApi({ omgeving = 'Production', env = {}, gedeeld = false } = {}) {
  if (gedeeld && process.env.SN_TEST_API) {
    return gedeeldeApi(process.env.SN_TEST_API, process.env.SN_TEST_API_DATABANK);
  }

  if (!existsSync(graphApiDll)) {
    throw new Error(`GraphApi is not built (${graphApiDll}): run dotnet build -c Release first.`);
  }
  const poort = await vrijePoort();
  const adres = `http://127.0.0.1:${poort}`;
  const databank = path.join(tmpdir(), `sn-widgets-${process.pid}-${poort}.db`);
  // Under test/alles.mjs: a copy of the database it migrated and seeded once, so this start skips both (the same
  // demo data, dates relative to today); a file on its own starts from nothing.
  const sjabloon = process.env.SN_TEST_SJABLOON;
  if (sjabloon && !('ConnectionStrings__SociaalNetwerk' in env)) {
    copyFileSync(sjabloon, databank);
    if (existsSync(`${sjabloon}-wal`)) {
      copyFileSync(`${sjabloon}-wal`, `${databank}-wal`);
    }
  }

  const proces = spawn(
    'dotnet',
    [graphApiDll, '--urls', adres],
    {
      cwd: projectMap,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ASPNETCORE_ENVIRONMENT: omgeving,
        ConnectionStrings__SociaalNetwerk: `Data Source=${databank}`,
        DOTNET_NOLOGO: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        Logging__LogLevel__Default: 'Warning',
        // Not the production limit of 10 s per request: the machine that runs the tests may be very busy.
        GraphQL__Timeout: '00:02:00',
        ...env,
      },
    },
  );
  let uitvoer = '';
  proces.stdout.on('data', (blok) => (uitvoer += blok));
  proces.stderr.on('data', (blok) => (uitvoer += blok));
  let beeindigd = false;
  const einde = new Promise((klaar) => proces.on('exit', () => klaar((beeindigd = true))));

  const stop = async () => {
    if (!beeindigd) {
      process.kill(-proces.pid, 'SIGTERM');
      // The timer is cleared once GraphApi has stopped: a pending one would keep the test file's process alive for
      // those 10 s after its last test.
      let wachter;
      const weg = await Promise.race([einde, new Promise((klaar) => (wachter = setTimeout(() => klaar(false), 10_000)))]);
      clearTimeout(wachter);
      if (!weg) {
        process.kill(-proces.pid, 'SIGKILL');
      }
    }

    for (const achtervoegsel of ['', '-shm', '-wal']) {
      rmSync(databank + achtervoegsel, { force: true });
    }
  };

  const deadline = Date.now() + OPSTARTTIJD;
  while (Date.now() < deadline) {
    if (beeindigd) {
      throw new Error(`GraphApi stopped during startup (build it first: dotnet build -c Release):\n${uitvoer}`);
    }

    try {
      const antwoord = await fetch(`${adres}/widgets/manifest.json`);
      if (antwoord.ok) {
        return { adres, databank, manifest: await antwoord.json(), stop, uitvoer: () => uitvoer };
      }
    } catch {
      // not listening yet
    }

    await new Promise((klaar) => setTimeout(klaar, 250));
  }

  await stop();
  throw new Error(`GraphApi did not start within ${OPSTARTTIJD / 1000} s:\n${uitvoer}`);
}

/**
 * The GraphApi that test/alles.mjs started for the files that share one (`startApi({ gedeeld: true })`): the same
 * shape as `startApi` gives; `stop()` leaves it running.
 */
async function gedeeldeApi(adres, databank) {
  const antwoord = await fetch(`${adres}/widgets/manifest.json`);
  if (!antwoord.ok) {
    throw new Error(`the shared GraphApi at ${adres} does not answer (${antwoord.status})`);
  }

  return { adres, databank, manifest: await antwoord.json(), stop: async () => {}, uitvoer: () => '' };
}

/**
 * A GraphQL query straight to the API, to compare what the widget shows with what the API says; with `sleutel`
 * (see `maakSleutel`) also a mutation.
 */
export async function graphql(api, query, variables = {}, sleutel = undefined) {
  const antwoord = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(sleutel ? { authorization: `Bearer ${sleutel}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await antwoord.json();
  if (body.errors) {
    throw new Error(JSON.stringify(body.errors));
  }

  return body.data;
}

/**
 * A partner's website on its own origin. Every page gets a strict CSP: scripts only from itself and the API,
 * styles only from files of its own (no inline styles), fetches only to the API (and a dead origin for the error state).
 */
export async function startPartnerSite({ api, extraConnect = [] }) {
  const paginas = new Map();
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${api}`,
    "style-src 'self'",
    `connect-src ${[api, ...extraConnect].join(' ')}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  const axe = readFileSync(path.join(widgetMap, 'node_modules/axe-core/axe.min.js'));
  const server = createServer((verzoek, antwoord) => {
    const pad = new URL(verzoek.url, 'http://localhost').pathname;
    const zend = (status, type, inhoud) => {
      antwoord.writeHead(status, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' });
      antwoord.end(inhoud);
    };
    if (pad === '/axe.min.js') {
      zend(200, 'text/javascript; charset=utf-8', axe);
    } else if (pad === '/partner.css') {
      zend(200, 'text/css; charset=utf-8', PARTNER_CSS);
    } else if (pad === '/favicon.ico') {
      zend(204, 'image/x-icon', '');
    } else if (paginas.has(pad)) {
      zend(200, pad.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8', paginas.get(pad));
    } else {
      zend(404, 'text/plain; charset=utf-8', 'niet gevonden');
    }
  });
  await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
  const adres = `http://127.0.0.1:${server.address().port}`;
  return {
    adres,
    csp,
    /** Serves `html` (or CSS, for a path ending in .css) at `pad`; returns the full URL. */
    pagina(pad, html) {
      paginas.set(pad, html);
      return adres + pad;
    },
    stop: () => new Promise((klaar) => server.close(klaar)),
  };
}

// The partner's own stylesheet: theming through custom properties and parts only.
const PARTNER_CSS = `
body { font-family: sans-serif; margin: 1rem; max-width: 60rem; }
sn-agenda.paars { --sn-color-accent: #5a1e82; --sn-color-link: #5a1e82; }
sn-agenda.paars::part(day-heading) { text-transform: uppercase; }
`;

/** A partner page: `<html lang>`, a title, a main landmark, the partner's stylesheet, the script(s) and the body. */
export function partnerPagina({ taal = 'nl', titel = 'Partnerpagina', scripts, body }) {
  return `<!doctype html>
<html lang="${taal}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel}</title>
<link rel="stylesheet" href="/partner.css">
${scripts.map((script) => `<script type="module" src="${script.src}"${script.integrity ? ` integrity="${script.integrity}" crossorigin="anonymous"` : ''}></script>`).join('\n')}
</head>
<body>
<main>
<h1>${titel}</h1>
${body}
</main>
</body>
</html>`;
}

/**
 * Chromium for a test file. Under test/alles.mjs (`SN_TEST_CHROMIUM`, the WebSocket address of the Chromium it
 * launched once) a connection to that one, where every page of `newPage()` opens in a browser context of this file's
 * own (its own cookies, storage and cache; `createBrowserContext()` still makes further ones) and `close()` closes
 * that context and disconnects; a file on its own launches its own Chromium (`lanceerBrowser`).
 */
export async function startBrowser() {
  const adres = process.env.SN_TEST_CHROMIUM;
  if (!adres) {
    return lanceerBrowser();
  }

  const browser = await puppeteer.connect({ browserWSEndpoint: adres, protocolTimeout: 300_000 });
  const context = await browser.createBrowserContext();
  browser.newPage = () => context.newPage();
  browser.close = async () => {
    await context.close();
    await browser.disconnect();
  };
  return browser;
}

/** Launches Debian's Chromium (or `CHROMIUM_PATH`) headless. */
export function lanceerBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 120_000,
    protocolTimeout: 300_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * How long one wait (a selector, a function, a navigation, an event) may take: generous, for a loaded 2-core machine
 * where GraphApi, Chromium and the test share the CPU with a build. Puppeteer's own default is 30 s.
 */
export const WACHTTIJD = 60_000;

/** A new page in a browser or browser context, with `WACHTTIJD` for every wait. */
export async function nieuwePagina(browser) {
  const page = await browser.newPage();
  page.setDefaultTimeout(WACHTTIJD);
  return page;
}

/** The events of the elements (see `meld` in src/shared/element.ts); a read ends with `sn-geladen` or `sn-fout`. */
export const GEBEURTENISSEN = ['sn-geladen', 'sn-fout', 'sn-verzonden', 'sn-ingetrokken'];
export const KLAAR = ['sn-geladen', 'sn-fout'];

/**
 * Records the `sn-*` events of every element in `window.__sn`, from before the first script of every document the
 * page loads (also after a reload): an element cannot finish before the test listens. An element inside another
 * element's shadow root is recorded under the id of that host.
 */
export function volgGebeurtenissen(page) {
  return page.evaluateOnNewDocument((namen) => {
    window.__sn = [];
    for (const naam of namen) {
      document.addEventListener(naam, (e) => window.__sn.push({ naam, id: e.target.id, detail: e.detail }));
    }
  }, GEBEURTENISSEN);
}

/**
 * Waits until the element with this id has finished `aantal` reads since its document loaded (`sn-geladen` or
 * `sn-fout`, recorded by `volgGebeurtenissen`), and gives those events. For the first read of a page; for what an
 * action causes, use `wachtOpGebeurtenis`.
 */
export async function wachtOpKlaar(page, id, aantal = 1) {
  await page.waitForFunction((id, aantal, namen) => window.__sn.filter((e) => e.id === id && namen.includes(e.naam)).length >= aantal, {}, id, aantal, KLAAR);
  return page.evaluate((id, namen) => window.__sn.filter((e) => e.id === id && namen.includes(e.naam)), id, KLAAR);
}

/**
 * Runs `actie` (a click, a key, a choice) and waits for the event it causes on the element at `selector`: one of
 * `namen` (by default the end of a read, `sn-geladen` or `sn-fout`). The listener is on the element before the action
 * starts, so a quick answer is never missed and an earlier event never counts. Gives `{ naam, detail }`; an element
 * announces an event once it shows that state (rendered, focus moved), so the test can read it right away.
 */
export async function wachtOpGebeurtenis(page, selector, actie, namen = KLAAR) {
  const plek = await page.evaluate(
    (selector, namen) => {
      const element = document.querySelector(selector);
      if (!element) {
        throw new Error(`${selector} is not on the page`);
      }

      window.__gezien ??= [];
      const plek = window.__gezien.push(null) - 1;
      const luister = (e) => {
        window.__gezien[plek] = { naam: e.type, detail: e.detail };
        namen.forEach((naam) => element.removeEventListener(naam, luister));
      };
      namen.forEach((naam) => element.addEventListener(naam, luister));
      return plek;
    },
    selector,
    [namen].flat(),
  );
  await actie();
  const gezien = await page.waitForFunction((plek) => window.__gezien[plek], {}, plek);
  try {
    return await gezien.jsonValue();
  } finally {
    await gezien.dispose();
  }
}

/**
 * Opens a page and records everything that should not happen: console errors and warnings, uncaught
 * exceptions, CSP violations (the `securitypolicyviolation` event), and the `sn-*` events of the elements.
 * `toegestaan` lists console errors a test expects (a refused connection in the error state). With `vasthouden`,
 * every request to /graphql is held (the loading state) until `laatLos()`. `voorbereiden(page)` runs before the page
 * loads (a DevTools session, request interception). `browser` may also be a browser context.
 */
export async function open(browser, url, { toegestaan = [], javascript = true, vasthouden = false, voorbereiden } = {}) {
  const page = await nieuwePagina(browser);
  await voorbereiden?.(page);
  await page.setViewport({ width: 1024, height: 900 });
  const problemen = [];
  page.on('console', (bericht) => {
    const tekst = `${bericht.type()}: ${bericht.text()} ${bericht.location()?.url ?? ''}`.trim();
    if ((bericht.type() === 'error' || bericht.type() === 'warn') && !toegestaan.some((patroon) => patroon.test(tekst))) {
      problemen.push(tekst);
    }
  });
  page.on('pageerror', (fout) => problemen.push(`pageerror: ${fout.message}`));
  const vastgehouden = [];
  let eersteVastgehouden;
  const vastgehoudenBelofte = new Promise((klaar) => (eersteVastgehouden = klaar));
  if (vasthouden) {
    await page.setRequestInterception(true);
    page.on('request', (verzoek) => {
      // Held until laatLos(); after it, nothing is held any more (a request that puppeteer reports late is not stuck).
      if (vasthouden && verzoek.url().includes('/graphql')) {
        vastgehouden.push(verzoek);
        eersteVastgehouden();
      } else {
        void verzoek.continue();
      }
    });
  }

  await page.setJavaScriptEnabled(javascript);
  await page.evaluateOnNewDocument(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await volgGebeurtenissen(page);
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    /** Waits until the element with this id has fired `sn-geladen` or `sn-fout` `aantal` times since the page loaded. */
    wachtOp: (id, aantal = 1) => wachtOpKlaar(page, id, aantal),
    /** Waits until puppeteer holds a request to /graphql (with `vasthouden`). */
    wachtOpVastgehouden: () => vastgehoudenBelofte,
    /** Lets every held request go, and holds none from now on. */
    laatLos() {
      vasthouden = false;
      return Promise.all(vastgehouden.splice(0).map((verzoek) => verzoek.continue()));
    },
    /** Console problems, page errors and CSP violations so far. */
    async problemen() {
      const csp = javascript ? await page.evaluate(() => window.__csp) : [];
      return [...problemen, ...csp.map((schending) => `CSP: ${schending}`)];
    },
    /** axe-core with the WCAG 2.1 A and AA rules (none disabled), loaded from the partner's origin. */
    async axe() {
      if (!(await page.evaluate(() => 'axe' in window))) {
        await page.addScriptTag({ url: '/axe.min.js' });
      }

      const violations = await page.evaluate(async (tags) => {
        const resultaat = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return resultaat.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`) }));
      }, AXE_TAGS);
      return violations;
    },
  };
}

let axeBron;

/**
 * axe-core with the WCAG 2.1 A and AA rules (none disabled) on a page whose CSP allows no script of ours (GraphApi's
 * own pages and the example site it serves): DevTools evaluation is not subject to the page's CSP. These are whole
 * pages of ours, so also the best-practice rule `region` (all content inside landmarks, as pa11y checks; the skip link
 * included).
 */
export async function axeViaDevTools(page) {
  axeBron ??= readFileSync(path.join(widgetMap, 'node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axeBron);
  }

  return page.evaluate(async (tags) => {
    const resultaat = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { region: { enabled: true } }, resultTypes: ['violations'] });
    return resultaat.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`) }));
  }, AXE_TAGS);
}

/** Runs `functie(shadowRoot, ...args)` in the page on the shadow root of the element at `selector`. */
export async function inShadow(page, selector, functie, ...args) {
  const wortel = await page.evaluateHandle((selector) => document.querySelector(selector).shadowRoot, selector);
  try {
    return await wortel.evaluate(functie, ...args);
  } finally {
    await wortel.dispose();
  }
}

/**
 * Runs a command of the host itself (`dotnet SociaalNetwerk.GraphApi.dll <argumenten>`, as `dotnet run` would, e.g.
 * `keys create` or `accounts invite`) on the test database, with `env` as extra configuration; resolves with what it printed, rejects when it fails.
 */
export function hostCommando(databank, argumenten, env = {}) {
  return new Promise((klaar, mislukt) => {
    const proces = spawn(
      'dotnet',
      [graphApiDll, ...argumenten],
      { cwd: projectMap, env: { ...process.env, ConnectionStrings__SociaalNetwerk: `Data Source=${databank}`, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1', ...env } },
    );
    let tekst = '';
    proces.stdout.on('data', (blok) => (tekst += blok));
    proces.stderr.on('data', (blok) => (tekst += blok));
    proces.on('error', mislukt);
    proces.on('exit', (code) => (code === 0 ? klaar(tekst) : mislukt(new Error(`${argumenten.slice(0, 2).join(' ')} failed (${code}):\n${tekst}`))));
  });
}

/**
 * Invites an account on the test database with the host's own command (`accounts invite`, as in docs/beheer.md),
 * e.g. `['--rol', 'trajectteam', '--traject', '1']`; resolves with the path of the one-time link it prints.
 */
export async function nodigUit(databank, email, rol) {
  const uitvoer = await hostCommando(databank, ['accounts', 'invite', '--email', email, ...rol]);
  const pad = /https?:\/\/[^\s/]+(\/beheer\/uitnodiging\/\S+)/.exec(uitvoer)?.[1];
  if (!pad) {
    throw new Error(`no invitation link in the output of accounts invite:\n${uitvoer}`);
  }

  return pad;
}

/**
 * Creates an API key on the test database with the host's own command (`keys create`, as in the README), e.g.
 * `['--rol', 'beheerder']`; returns the key for `Authorization: Bearer …`.
 */
export async function maakSleutel(databank, argumenten) {
  const uitvoer = await hostCommando(databank, ['keys', 'create', ...argumenten, '--omschrijving', 'widgettest']);
  const sleutel = /Bearer (sn_\S+)/.exec(uitvoer)?.[1];
  if (!sleutel) {
    throw new Error(`no key in the output of keys create:\n${uitvoer}`);
  }

  return sleutel;
}

/**
 * The set-up a browser test file shares with the others: before its tests GraphApi (`startApi(api)`), Chromium and,
 * unless `site` is false, the partner site, whose CSP also allows `dodeApi`, an address where nothing listens (the
 * error state); after its tests all of them stop (a shared GraphApi or Chromium of test/alles.mjs stays: see
 * `startApi` and `startBrowser`). `daarna(omgeving)` runs last in the `before` hook, e.g. to take
 * the parts into the file's own variables, look up demo data or create a key. Returns that object:
 * `{ api, browser, site, dodeApi }`, filled in when the hook has run.
 */
export function testOmgeving({ api: apiOpties = {}, site = true, acceptLanguage, daarna } = {}) {
  const omgeving = {};
  before(
    async () => {
      [omgeving.api, omgeving.browser] = await Promise.all([startApi(apiOpties), startBrowser()]);
      if (acceptLanguage) {
        // Pages follow Accept-Language and Chromium asks for en-US: every page of this file is that visitor's.
        const nieuwePagina = omgeving.browser.newPage.bind(omgeving.browser);
        omgeving.browser.newPage = async (...args) => {
          const page = await nieuwePagina(...args);
          await page.setExtraHTTPHeaders({ 'accept-language': acceptLanguage });
          return page;
        };
      }

      if (site) {
        omgeving.dodeApi = `http://127.0.0.1:${await vrijePoort()}`;
        omgeving.site = await startPartnerSite({ api: omgeving.api.adres, extraConnect: [omgeving.dodeApi] });
      }

      await daarna?.(omgeving);
    },
    { timeout: 2 * OPSTARTTIJD },
  );

  after(async () => {
    await omgeving.browser?.close();
    await omgeving.site?.stop();
    await omgeving.api?.stop();
  });

  return omgeving;
}

/** The script element's attributes for the bundle of a started API: its versioned URL with the SRI hash. */
export function widgetScript(api) {
  const script = api.manifest.files['sociaal-netwerk.js'];
  return { src: `${api.adres}/widgets/${script.url}`, integrity: script.integrity };
}

/** The end of a test on a page from `open()`: nothing went wrong on it (console, page errors, CSP), and it closes. */
export async function geenProblemen(venster) {
  assert.deepEqual(await venster.problemen(), []);
  await (venster.sluit ? venster.sluit() : venster.page.close());
}

/**
 * axe on a page while its elements are loading: every request to /graphql is held until the first element of `ids`
 * shows a status text (the loading state), then let go; the page ends when all of them are loaded, without problems.
 */
export async function axeTijdensLaden(browser, url, { toegestaan = [], ids = ['klaar'] } = {}) {
  const laden = await open(browser, url, { toegestaan, vasthouden: true });
  await laden.wachtOpVastgehouden();
  await laden.page.waitForFunction(
    (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="status"]')?.textContent.trim().length > 0,
    {},
    ids[0],
  );
  assert.deepEqual(await laden.axe(), [], 'while loading');
  await laden.laatLos();
  await Promise.all(ids.map((id) => laden.wachtOp(id)));
  await geenProblemen(laden);
}

/**
 * The error state of the element with id `id` on the page at `url` (its API cannot be reached; `toegestaan` are the
 * console errors that causes): it fires `sn-fout`, says `status`, offers a retry button and shows its fallback link
 * (the `a` in its light DOM); retrying reads again and fails again.
 */
async function foutToestand(browser, url, id, { toegestaan, status }) {
  const venster = await open(browser, url, { toegestaan });
  const [gebeurtenis] = await venster.wachtOp(id);
  const tekst = (selector) => inShadow(venster.page, `#${id}`, (wortel, selector) => wortel.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? null, selector);
  assert.equal(gebeurtenis.naam, 'sn-fout');
  assert.equal(await tekst('[part="status"]'), status);
  assert.equal(await tekst('[part="error"]'), 'Opnieuw proberen');
  assert.ok((await venster.page.$eval(`#${id} > a`, (a) => a.getClientRects().length)) > 0, 'the fallback link shows in the error state');
  const opnieuw = await wachtOpGebeurtenis(venster.page, `#${id}`, () =>
    inShadow(venster.page, `#${id}`, (wortel) => wortel.querySelector('[part~="retry-button"]').click()),
  );
  assert.equal(opnieuw.naam, 'sn-fout');
  await geenProblemen(venster);
}

/** Without JavaScript the element with id `id` on the page at `url` shows its fallback link, with the text `tekst`. */
async function reserveZonderJavaScript(browser, url, id, tekst) {
  const venster = await open(browser, url, { javascript: false });
  const link = await venster.page.$eval(`#${id} > a`, (a) => ({ zichtbaar: a.getClientRects().length > 0, tekst: a.textContent }));
  assert.deepEqual(link, { zichtbaar: true, tekst });
  await geenProblemen(venster);
}

/**
 * The two tests of an element's fallback (`reserve`, a link in its light DOM), on the partner site of `omgeving`
 * (from `testOmgeving`): the error state when the API cannot be reached (see `foutToestand`), and the link without
 * JavaScript. `attributen` are those the element needs besides its id and `api`.
 */
export function testReserve(omgeving, { element, id, attributen = '', reserve, status, toegestaan }) {
  const pagina = (pad, api) =>
    omgeving.site.pagina(pad, partnerPagina({ scripts: [widgetScript(omgeving.api)], body: `<${element} id="${id}"${attributen}${api}>${reserve}</${element}>` }));

  test('shows an error with a retry button and the fallback link when the API cannot be reached', async () => {
    await foutToestand(omgeving.browser, pagina('/fout.html', ` api="${omgeving.dodeApi}"`), id, { toegestaan, status });
  });

  test('shows the fallback link without JavaScript', async () => {
    await reserveZonderJavaScript(omgeving.browser, pagina('/zonder-js.html', ''), id, reserve.replace(/<[^>]*>/g, ''));
  });
}

/** Clicks the "meer" button of the list element matched by `selector` (a real click, as a visitor does). */
export async function klikMeer(page, selector) {
  const knop = await page.evaluateHandle((selector) => document.querySelector(selector).shadowRoot.querySelector('[part~="more-button"]'), selector);
  await knop.click();
  await knop.dispose();
}

/**
 * The axe tests of an element on one page (`body()`, holding the elements with the ids `ids`), in Dutch and in
 * Arabic (`titel`: the page title per language, optional): when everything has loaded (`geladen(venster, taal)` runs
 * first; `staten` says what the page shows), after `daarna(venster)` where given, and while loading (`axeTijdensLaden`).
 */
export function testAxe(omgeving, { naam, titel, body, ids, toegestaan, staten, geladen, daarna }) {
  for (const taal of ['nl', 'ar']) {
    test(`has no axe violations (WCAG 2.1 A and AA) in any state, in ${taal === 'nl' ? 'Dutch' : 'Arabic'}`, async () => {
      const pagina = partnerPagina({ taal, titel: titel?.[taal], scripts: [widgetScript(omgeving.api)], body: body() });
      const url = omgeving.site.pagina(`/axe-${naam}-${taal}.html`, pagina);
      const venster = await open(omgeving.browser, url, { toegestaan });
      await Promise.all(ids.map((id) => venster.wachtOp(id)));
      await geladen?.(venster, taal);
      assert.deepEqual(await venster.axe(), [], staten);
      await daarna?.(venster);
      await geenProblemen(venster);

      // The API requests are held back: the elements show their loading state.
      await axeTijdensLaden(omgeving.browser, url, { toegestaan, ids });
    });
  }
}

/**
 * What the element matched by `selector` shows, read from its shadow root: the `lang`, `dir` and computed direction
 * (`richting`) of its root, its status line, and whatever `lees(wortel)` reads besides (it runs in the page, so it
 * brings its own helpers).
 */
export async function beeldVan(page, selector, lees) {
  const basis = await inShadow(page, selector, (wortel) => {
    const root = wortel.querySelector('[part="root"]');
    const status = wortel.querySelector('[part="status"]');
    return { lang: root.lang, dir: root.dir, richting: getComputedStyle(root).direction, status: status?.textContent.replace(/\s+/g, ' ').trim() ?? null };
  });
  return { ...basis, ...(await inShadow(page, selector, lees)) };
}
