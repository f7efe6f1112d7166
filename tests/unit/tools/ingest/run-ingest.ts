/** Runs the ingest CLI as a user runs it (`npm run ingest` is `node scripts/ingest.ts`). */
import { spawnSync } from 'node:child_process';

export interface IngestRun {
  status: number | null;
  /** Lines ingest printed (they start with “ingest:”), on stdout and on stderr. */
  out: string[];
  err: string[];
  stderr: string;
  ms: number;
}

export function ingest(...args: string[]): IngestRun {
  const started = Date.now();
  // This process's own Node (the Node 22 of node_modules/.bin, as under npm): no npx start-up per run.
  const result = spawnSync(process.execPath, ['scripts/ingest.ts', ...args], { encoding: 'utf8' });
  const said = (text: string) => text.split('\n').filter((l) => l.startsWith('ingest:'));
  return { status: result.status, out: said(result.stdout), err: said(result.stderr), stderr: result.stderr, ms: Date.now() - started };
}
