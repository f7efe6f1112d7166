/** Runs the ingest CLI as a user runs it (`npm run ingest` is `node scripts/ingest.ts`). */
import { spawnSync } from 'node:child_process';

export interface IngestRun {
  status: number | null;
  /** Lines ingest printed (they start with “ingest:”), on stdout and on stderr. */
  out: string[];
  err: string[];
  stderr: string;
}

export interface IngestOptions {
  /** A file ingest must not read: any read of its bytes through node:fs fails (unreadable.ts). */
  unreadable?: string;
}

export function ingest(...args: string[]): IngestRun {
  return ingestWith({}, ...args);
}

export function ingestWith({ unreadable }: IngestOptions, ...args: string[]): IngestRun {
  const preload = unreadable ? ['--import', new URL('./unreadable.ts', import.meta.url).href] : [];
  const env = unreadable ? { ...process.env, INGEST_UNREADABLE: unreadable } : process.env;
  // This process's own Node (the Node 22 of node_modules/.bin, as under npm): no npx start-up per run.
  const result = spawnSync(process.execPath, [...preload, 'scripts/ingest.ts', ...args], { encoding: 'utf8', env });
  const said = (text: string) => text.split('\n').filter((l) => l.startsWith('ingest:'));
  return { status: result.status, out: said(result.stdout), err: said(result.stderr), stderr: result.stderr };
}
