#!/usr/bin/env node
// Runs the graphql-http server audit suite (GraphQL over HTTP spec conformance)
// against a running GraphQL endpoint and prints ONE JSON document to stdout:
//
//   { "url": "...", "total": n, "ok": n,
//     "warn":   [ { id, name, reason, response: { status, contentType, body } } ],
//     "error":  [ ... ],
//     "notice": [ ... ] }
//
// "error"  = a failed MUST audit, "warn" = a failed SHOULD audit,
// "notice" = a failed MAY audit (informational; only fails with --fail-on-notice).
// A fatal problem (e.g. server unreachable) is reported as an error with id "FATAL".
//
// Usage:   node audit.mjs [--fail-on-notice] http://127.0.0.1:PORT/graphql
// Exit:    0 = no warnings and no errors, 1 = warnings/errors (or fatal), 2 = usage error.
//
// See AUDITS.md for what every audit sends and expects.

import { auditServer } from 'graphql-http';

const BODY_LIMIT = 500;

function usage(message) {
  if (message) process.stderr.write(`audit.mjs: ${message}\n`);
  process.stderr.write('usage: node audit.mjs [--fail-on-notice] http://127.0.0.1:PORT/graphql\n');
  process.exit(2);
}

const args = process.argv.slice(2);
const failOnNotice = args.includes('--fail-on-notice');
const positional = args.filter((a) => a !== '--fail-on-notice');
if (positional.length !== 1 || positional[0].startsWith('-')) usage();

let url;
try {
  url = new URL(positional[0]);
} catch {
  usage(`not a valid URL: ${positional[0]}`);
}
if (url.protocol !== 'http:' && url.protocol !== 'https:') usage(`URL must be http(s): ${positional[0]}`);
url = url.toString();

/** Short, JSON-friendly summary of a fetch Response (status, content-type, body ≤ 500 chars). */
async function summarize(response) {
  if (!response || typeof response !== 'object') return undefined;
  const summary = {
    status: response.status,
    contentType: response.headers?.get?.('content-type') ?? null,
  };
  try {
    if (response.bodyUsed) {
      summary.body = '<body already consumed by the audit>';
    } else {
      const text = await response.text();
      summary.body = text.length > BODY_LIMIT ? `${text.slice(0, BODY_LIMIT)}… (${text.length} chars)` : text;
    }
  } catch (err) {
    summary.body = `<could not read body: ${err?.message ?? err}>`;
  }
  return summary;
}

async function main() {
  const report = { url, total: 0, ok: 0, warn: [], error: [], notice: [] };

  let results;
  try {
    results = await auditServer({ url, fetchFn: fetch });
  } catch (err) {
    // auditServer only throws on fatal problems (network error, invalid URL, ...).
    const cause = err?.cause ? ` (cause: ${err.cause.code ?? err.cause.message ?? err.cause})` : '';
    report.error.push({
      id: 'FATAL',
      name: 'MUST be reachable',
      reason: `${err?.message ?? String(err)}${cause}`,
    });
    return report;
  }

  report.total = results.length;
  for (const result of results) {
    if (result.status === 'ok') {
      report.ok += 1;
      continue;
    }
    const entry = {
      id: result.id,
      name: result.name,
      reason: result.reason,
    };
    const response = await summarize(result.response);
    if (response) entry.response = response;
    (report[result.status] ?? report.error).push(entry);
  }
  return report;
}

const report = await main();
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const failed = report.warn.length > 0 || report.error.length > 0 || (failOnNotice && report.notice.length > 0);
process.exitCode = failed ? 1 : 0;
