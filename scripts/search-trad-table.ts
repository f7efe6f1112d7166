/**
 * npx node scripts/search-trad-table.ts
 *
 * Regenerates the Traditional → Simplified table for search queries from opencc-js
 * (src/lib/search/trad-bitmap.ts and trad-simplified.ts). Run it after upgrading opencc-js;
 * tests/unit/lib/search/trad.test.ts fails until the committed files match.
 */
import { writeFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { buildTradTable, tradModules } from '../src/lib/search/trad-table.ts';

const to = (from: 't' | 'tw' | 'hk') => OpenCC.Converter({ from, to: 'cn' });
const table = buildTradTable({ t: to('t'), tw: to('tw'), hk: to('hk') });
const modules = tradModules(table);
writeFileSync(new URL('../src/lib/search/trad-bitmap.ts', import.meta.url), modules.bitmap);
writeFileSync(new URL('../src/lib/search/trad-simplified.ts', import.meta.url), modules.simplified);
console.log(`wrote src/lib/search/trad-bitmap.ts and trad-simplified.ts (${[...table.simplified].length} characters)`);
