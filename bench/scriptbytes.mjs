// Loads a partner page with only <sn-agenda> in Chromium (the widget tests' puppeteer-core) and prints, as JSON, the
// bytes of script the page downloaded: the body bytes on the wire (after Content-Encoding), per script response.
// Usage: node bench/scriptbytes.mjs <page url>
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../src/Widgets/package.json', import.meta.url)));
const puppeteer = require('puppeteer-core');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Map();
  cdp.on('Network.responseReceived', (e) => {
    if (e.type === 'Script') {
      scripts.set(e.requestId, { url: e.response.url, kop: e.response.encodedDataLength ?? 0, codering: e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? 'geen' });
    }
  });
  const klaar = new Map();
  cdp.on('Network.loadingFinished', (e) => klaar.set(e.requestId, e.encodedDataLength));
  await page.goto(process.argv[2], { waitUntil: 'networkidle0', timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('sn-agenda')?.shadowRoot?.querySelector('li, [role="listitem"], article'), { timeout: 60_000 }).catch(() => {});
  let bytes = 0;
  const coderingen = new Set();
  for (const [id, s] of scripts) {
    bytes += (klaar.get(id) ?? 0) - s.kop;
    coderingen.add(s.codering);
  }
  console.log(JSON.stringify({ bytes, bestanden: scripts.size, coderingen: [...coderingen].join(', '), urls: [...scripts.values()].map((s) => s.url) }));
} finally {
  await browser.close();
}
