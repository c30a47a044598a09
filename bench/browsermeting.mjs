// Issue 15, second round: main-thread blocking of a partner page with one <sn-agenda>, and the largest contentful
// paint of GraphiQL, on a simulated phone in Chromium (the widget tests' puppeteer-core): 4× CPU throttling
// (Emulation.setCPUThrottlingRate) and, for GraphiQL, Lighthouse's "slow 4G" as DevTools applies it (562,5 ms
// latency, 1.474,56 kbit/s down, 675 kbit/s up). Starts the Release build of GraphApi like the widget tests do.
//
//   node bench/browsermeting.mjs tbt [runs] [aantal]   Total Blocking Time after FCP of a page with one <sn-agenda>
//   node bench/browsermeting.mjs lcp [runs]            LCP of GET /graphql (text/html), cold cache each run
//
// TBT is summed over the renderer's main-thread tasks (trace event RunTask) from the first contentful paint until
// the agenda has rendered and two frames have passed: Σ max(0, duur − 50 ms), as Lighthouse does. Each long task is
// broken down by the trace events inside it (script evaluation per URL, function calls, style, layout, paint).
// With SN_CPU_RATE=1 (no DevTools throttling) tbt_cpu4_ms still models the phone from CPU time; PROFIEL=1 adds a CPU
// profile. This is a measurement, not a test: on a loaded machine the numbers move; compare medians from one session.
import { startApi, startPartnerSite, startBrowser, partnerPagina, widgetScript } from '../src/Widgets/test/omgeving.mjs';

const [soort = 'tbt', runsTekst = '7', aantalTekst = ''] = process.argv.slice(2);
const runs = Number(runsTekst);
const TELEFOON = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const mediaan = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const api = await startApi();
const browser = await startBrowser();
const site = await startPartnerSite({ api: api.adres });
try {
  const resultaten = [];
  for (let i = 0; i < runs; i++) {
    resultaten.push(soort === 'lcp' ? await meetLcp() : await meetTbt());
    console.error(JSON.stringify(resultaten.at(-1)));
  }

  const sleutels = Object.keys(resultaten[0]).filter((k) => typeof resultaten[0][k] === 'number');
  console.log(JSON.stringify({ soort, runs, mediaan: Object.fromEntries(sleutels.map((k) => [k, mediaan(resultaten.map((r) => r[k]))])), alle: resultaten.map((r) => Object.fromEntries(sleutels.map((k) => [k, r[k]]))) }));
} finally {
  await browser.close();
  await site.stop();
  await api.stop();
}

async function nieuweTelefoon() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.setViewport(TELEFOON);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.SN_CPU_RATE ?? 4) });
  return { context, page, cdp };
}

async function meetTbt() {
  const attributen = aantalTekst ? ` aantal="${aantalTekst}"` : '';
  const url = site.pagina('/een-agenda.html', partnerPagina({ titel: 'Agenda', scripts: [widgetScript(api)], body: `<sn-agenda id="a"${attributen}><a href="${api.adres}/agenda">Agenda</a></sn-agenda>` }));
  const { context, page, cdp } = await nieuweTelefoon();
  if (process.env.PROFIEL) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.evaluateOnNewDocument(() => {
    window.__klaar = new Promise((klaar) => document.addEventListener('sn-geladen', klaar, { once: true }));
  });
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.__klaar.then(() => new Promise((k) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(k, 500))))));
  const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
  const items = await page.evaluate(() => document.querySelector('sn-agenda').shadowRoot.querySelectorAll('[part~="item"]').length);
  if (process.env.PROFIEL) {
    toonProfiel((await cdp.send('Profiler.stop')).profile);
  }
  await context.close();
  return { ...analyseer(trace.traceEvents), items };
}

function analyseer(events) {
  // The renderer's main thread: the one with the navigation's FCP mark.
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const { pid, tid } = events.find((e) => e.name === 'CrRendererMain' && e.pid === fcp.pid) ?? fcp;
  const draad = events.filter((e) => e.pid === pid && (e.tid === tid || e.tid === fcp.tid));
  const taken = draad.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts + e.dur > fcp.ts);
  let tbt = 0;
  let langste = 0;
  // The same from each task's thread CPU time (tdur) × 4: what the task would take on a phone 4× slower, as Lighthouse's
  // simulated throttling models it. CPU time hardly moves when other processes compete for the cores; wall time does.
  let tbtCpu = 0;
  let langsteCpu = 0;
  const lang = [];
  for (const taak of taken) {
    const duur = (taak.dur - Math.max(0, fcp.ts - taak.ts)) / 1000;
    tbt += Math.max(0, duur - 50);
    const cpu = (4 * (taak.tdur ?? 0)) / 1000;
    tbtCpu += Math.max(0, cpu - 50);
    langsteCpu = Math.max(langsteCpu, cpu);
    langste = Math.max(langste, duur);
    if (duur > 50) {
      const binnen = draad.filter((e) => e.ph === 'X' && e !== taak && e.ts >= taak.ts && e.ts + e.dur <= taak.ts + taak.dur && e.dur > 3000);
      lang.push({
        ms: Math.round(duur),
        na_fcp_ms: Math.round((taak.ts - fcp.ts) / 1000),
        inhoud: binnen.map((e) => `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''} ${Math.round(e.dur / 1000)}`).slice(0, 12),
      });
    }
  }

  console.error(JSON.stringify(lang));
  return { tbt_ms: Math.round(tbt), langste_ms: Math.round(langste), tbt_cpu4_ms: Math.round(tbtCpu), langste_cpu4_ms: Math.round(langsteCpu), lange_taken: lang.length, fcp_ms: Math.round((fcp.ts - (events.find((e) => e.name === 'navigationStart' && e.pid === pid)?.ts ?? fcp.ts)) / 1000) };
}

async function meetLcp() {
  const { context, page, cdp } = await nieuweTelefoon();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.setExtraHTTPHeaders({ accept: 'text/html' });
  await page.evaluateOnNewDocument(() => {
    window.__lcp = [];
    new PerformanceObserver((lijst) => {
      for (const e of lijst.getEntries()) {
        window.__lcp.push({ tijd: e.startTime, grootte: e.size, element: e.element ? `${e.element.localName}${e.element.id ? '#' + e.element.id : ''}.${[...e.element.classList].join('.')}` : '?' });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const begin = Date.now();
  await page.goto(`${api.adres}/graphql`, { waitUntil: 'load', timeout: 300_000 });
  // GraphiQL is usable once its query editor shows the default query.
  await page.waitForSelector('.graphiql-query-editor .CodeMirror-line', { timeout: 300_000 });
  const editor = await page.evaluate(() => performance.now());
  await page.evaluate(() => new Promise((k) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(k, 1000)))));
  const lcp = await page.evaluate(() => window.__lcp);
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
  await context.close();
  const laatste = lcp.at(-1);
  console.error(JSON.stringify(lcp));
  return { lcp_ms: Math.round(laatste?.tijd ?? -1), fcp_ms: Math.round(fcp), editor_ms: Math.round(editor), lcp_element: laatste?.element, wand_ms: Date.now() - begin };
}

// Self time per function (and in total per script) of a CPU profile, the largest first: where the script time goes.
function toonProfiel({ nodes, samples, timeDeltas }) {
  const perKnoop = new Map(nodes.map((n) => [n.id, n]));
  const zelf = new Map();
  samples.forEach((id, i) => zelf.set(id, (zelf.get(id) ?? 0) + (timeDeltas[i] ?? 0)));
  const perFunctie = new Map();
  const perScript = new Map();
  for (const [id, us] of zelf) {
    const { functionName, url, lineNumber } = perKnoop.get(id).callFrame;
    const bestand = url.split('/').pop() || functionName;
    const sleutel = `${functionName || '(anoniem)'} ${bestand}:${lineNumber + 1}`;
    perFunctie.set(sleutel, (perFunctie.get(sleutel) ?? 0) + us);
    perScript.set(bestand, (perScript.get(bestand) ?? 0) + us);
  }
  const top = (m, n) => [...m].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${Math.round(us / 1000)} ms ${k}`);
  console.error('per script:', JSON.stringify(top(perScript, 12)));
  console.error('per functie:', JSON.stringify(top(perFunctie, 25)));
}
