import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { decodeBitmap, hasTraditional, toSimplified } from '../../../../src/lib/search/trad.ts';
import { buildTradTable, tradModules } from '../../../../src/lib/search/trad-table.ts';
import { TRAD_BITMAP } from '../../../../src/lib/search/trad-bitmap.ts';
import { SIMPLIFIED } from '../../../../src/lib/search/trad-simplified.ts';

const map = decodeBitmap(TRAD_BITMAP);
const convert = (q: string) => (hasTraditional(map, q) ? toSimplified(map, SIMPLIFIED, q) : q);

describe('Traditional queries', () => {
  it('become the Simplified words of the site', () => {
    expect(convert('陽江')).toBe('阳江');
    expect(convert('黨建')).toBe('党建');
    expect(convert('三會一課')).toBe('三会一课');
    expect(convert('雙報到')).toBe('双报到');
    expect(convert('“兩個維護”')).toBe('“两个维护”');
    expect(convert('臨沭縣')).toBe('临沭县');
    expect(convert('裡')).toBe('里');
  });

  it('leave Simplified queries, and characters both scripts use, as they are', () => {
    for (const q of ['阳江', '党建', '三会一课', '什么', '著名', '乾坤', '99.7%', 'Party']) {
      expect(hasTraditional(map, q), q).toBe(false);
      expect(convert(q)).toBe(q);
    }
  });

  it('are converted by a table that stays well under 30 KiB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const files = ['trad-bitmap.ts', 'trad-simplified.ts'].map((f) => readFileSync(`src/lib/search/${f}`));
    expect(gzipSync(files[1]!).length).toBeLessThan(10 * 1024);
    expect(gzipSync(Buffer.concat(files)).length).toBeLessThan(30 * 1024);
  });
});

describe('the generated table', () => {
  it('is what opencc-js gives now (run scripts/search-trad-table.ts after an upgrade)', () => {
    const to = (from: 't' | 'tw' | 'hk') => OpenCC.Converter({ from, to: 'cn' });
    const modules = tradModules(buildTradTable({ t: to('t'), tw: to('tw'), hk: to('hk') }));
    expect(readFileSync('src/lib/search/trad-bitmap.ts', 'utf8')).toBe(modules.bitmap);
    expect(readFileSync('src/lib/search/trad-simplified.ts', 'utf8')).toBe(modules.simplified);
  });

  it('agrees with OpenCC on every character it holds', () => {
    const [t, tw, hk] = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
    let checked = 0;
    for (let cp = 0x4e00; cp <= 0x9fff; cp += 7) {
      const c = String.fromCodePoint(cp);
      if (!hasTraditional(map, c)) continue;
      checked += 1;
      const ours = toSimplified(map, SIMPLIFIED, c);
      expect(ours).not.toBe(c);
      expect([t!(c), tw!(c), hk!(c)]).toContain(ours);
    }
    expect(checked).toBeGreaterThan(300);
  });
});
