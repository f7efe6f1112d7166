/**
 * Every built page through the W3C Nu HTML checker (vnu.jar from the vnu-jar package).
 *   node scripts/validate-html.ts [--dir dist]
 * Prints each error as `file:line:col message`, then `N passed, M failed` (pages).
 * Fails on any error, and when the folder holds no HTML at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBuiltSite } from '../src/integrations/dist.ts';

interface VnuMessage {
  type: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const dir = resolve(values.dir);
/** Relative to where we run, unless that climbs out of it. */
const show = (path: string) => (relative('.', path).startsWith('..') ? path : relative('.', path) || '.');

const files = existsSync(dir) ? readBuiltSite(dir).pages.map((p) => join(dir, p)) : [];
if (files.length === 0) {
  console.error(`No .html files in ${show(dir)}/ (run npm run build first).`);
  process.exit(1);
}

const jar = String(createRequire(import.meta.url)('vnu-jar'));
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) {
  console.error(`Cannot run java (${run.error.message}): the Nu checker needs Java 11+; run npm run test:setup.`);
  process.exit(1);
}

// vnu writes its JSON report to stderr, after anything the JVM says there (JAVA_TOOL_OPTIONS…).
let messages: VnuMessage[];
try {
  messages = (JSON.parse(run.stderr.slice(run.stderr.search(/^\{/m))) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`The Nu checker did not report (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  process.exit(1);
}

const failed = new Set<string>();
for (const m of messages) {
  if (m.type !== 'error' && m.type !== 'non-document-error') continue;
  const file = m.url?.startsWith('file:') ? show(fileURLToPath(m.url)) : (m.url ?? '?');
  failed.add(file);
  console.log(`${file}:${m.firstLine ?? m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0} ${m.message}`);
}
console.log(`${files.length - failed.size} passed, ${failed.size} failed`);
if (run.status !== 0 && failed.size === 0) console.error(`…but the Nu checker exited ${run.status}:\n${run.stdout}`);
process.exitCode = failed.size > 0 || run.status !== 0 ? 1 : 0;
