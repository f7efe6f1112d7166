/**
 * npm run bench:load [-- --dir dist --duration 20 --connections 32 --threads 2]
 *
 * The site served by nginx under load from wrk (tools/bench/load.ts says how).
 */
import { parseArgs } from 'node:util';
import { benchLoad, formatLoad } from '../tools/bench/load.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, duration: { type: 'string' }, connections: { type: 'string' }, threads: { type: 'string' } } });
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
try {
  const report = await benchLoad({ dir: values.dir, duration: num(values.duration), connections: num(values.connections), threads: num(values.threads) });
  console.log(formatLoad(report));
  if (report.results.some((r) => r.errors > 0)) process.exitCode = 1;
} catch (error) {
  console.error(`bench:load: ${(error as Error).message}`);
  process.exitCode = 1;
}
