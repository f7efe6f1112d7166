/**
 * Preloaded into the ingest CLI (`node --import`) by run-ingest.ts when a test names a file
 * ingest must not read (INGEST_UNREADABLE): every way node:fs reads a file's bytes throws
 * for that file, so a test shows that ingest refuses a huge file from its size alone,
 * whatever the machine's speed. (chmod would not do: the tests may run as root.)
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const forbidden = resolve(process.env.INGEST_UNREADABLE ?? '');
const isForbidden = (path: unknown) =>
  (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) &&
  resolve(path instanceof URL ? fileURLToPath(path) : String(path)) === forbidden;
const refusal = () => Object.assign(new Error(`test: ${forbidden} must not be read`), { code: 'EREADFORBIDDEN' });

type AnyFunction = (...args: unknown[]) => unknown;
function guard<T extends object>(target: T, names: string[]): void {
  for (const name of names) {
    const original = (target as Record<string, AnyFunction>)[name]!;
    (target as Record<string, AnyFunction>)[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
      if (isForbidden(path)) throw refusal();
      return original.call(this, path, ...rest);
    };
  }
}

guard(fs, ['readFileSync', 'openSync', 'readFile', 'open', 'createReadStream']);
guard(fs.promises, ['readFile', 'open']);
// Named imports (`import { readFileSync } from 'node:fs'`) see the guarded functions too.
syncBuiltinESMExports();
