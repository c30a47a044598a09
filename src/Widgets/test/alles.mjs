// `npm test`: runs the test files given as arguments with `node --test`, one after the other, after starting once
// what the browser test files can share, so that each file does not pay for it again:
// - Debian's Chromium (SN_TEST_CHROMIUM, its WebSocket address): each file connects and opens its pages in a browser
//   context of its own (see startBrowser in omgeving.mjs);
// - a database file that GraphApi's own CLI migrated and filled with the demo data (SN_TEST_SJABLOON): every GraphApi a
//   file starts gets a copy instead of migrating and seeding again (see startApi);
// - one GraphApi (SN_TEST_API, its database SN_TEST_API_DATABANK for the CLI) for the files that only read, or write
//   nothing but data of their own that no other file on it reads (`testOmgeving({ api: { gedeeld: true } })`), so
//   they cannot disturb each other; files that write shared demo data, or need other configuration, start their own.
// A file run on its own (`node --test test/agenda.test.mjs`) sees none of these variables and starts everything itself.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostCommando, lanceerBrowser, startApi } from './omgeving.mjs';

const bestanden = process.argv.slice(2);
const sjabloon = path.join(tmpdir(), `sn-widgets-sjabloon-${process.pid}.db`);
let browser;
let api;
let opgeruimd = false;

async function ruimOp() {
  if (opgeruimd) {
    return;
  }

  opgeruimd = true;
  await Promise.allSettled([browser?.close(), api?.stop()]);
  for (const achtervoegsel of ['', '-shm', '-wal']) {
    rmSync(sjabloon + achtervoegsel, { force: true });
  }
}

let node;
for (const signaal of ['SIGINT', 'SIGTERM']) {
  process.on(signaal, () => {
    node?.kill(signaal);
    void ruimOp().finally(() => process.exit(130));
  });
}

let code = 1;
try {
  // `keys list` prepares the database as every start does (migrations, then the demo data on an empty database); the
  // shared GraphApi prepares its own meanwhile.
  // All three settle before anything is given up, so that a failing one leaves no other one running.
  const fout = (
    await Promise.allSettled([
      lanceerBrowser().then((gestart) => (browser = gestart)),
      startApi().then((gestart) => (api = gestart)),
      hostCommando(sjabloon, ['keys', 'list']),
    ])
  ).find((uitkomst) => uitkomst.status === 'rejected');
  if (fout) {
    throw fout.reason;
  }

  const env = { ...process.env, SN_TEST_CHROMIUM: browser.wsEndpoint(), SN_TEST_SJABLOON: sjabloon, SN_TEST_API: api.adres, SN_TEST_API_DATABANK: api.databank };
  node = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=600000', ...bestanden], { stdio: 'inherit', env });
  code = await new Promise((klaar) => node.on('exit', (c, signaal) => klaar(c ?? (signaal ? 1 : 0))));
} finally {
  await ruimOp();
}

process.exit(code);
