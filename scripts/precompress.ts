/**
 * npm run precompress [-- dir]   (default dist)
 *
 * A gzip copy beside each text file of a built site, for nginx's gzip_static
 * (tools/bench/precompress.ts says why).
 */
import { precompress } from '../tools/bench/precompress.ts';

const dir = process.argv[2] ?? 'dist';
const { files, before, after } = precompress(dir);
console.log(`precompress: ${files} files in ${dir}/, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB gzip (.gz beside each)`);
