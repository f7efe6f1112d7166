import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusModel, seeded, syntheticArticle } from '../../../../tools/bench/corpus.ts';
import { growth, table, width } from '../../../../tools/bench/table.ts';
import { isBlockId } from '../../../../src/lib/content/blocks.ts';

const dir = join('content', 'articles');
const model = corpusModel(readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(join(dir, f), 'utf8')));

describe('synthetic corpus', () => {
  it('models the real articles', () => {
    expect(model.lengths).toHaveLength(5);
    expect(model.paragraphs.length).toBeGreaterThan(50);
    expect(model.h2.length).toBeGreaterThan(5);
    expect(model.paragraphs.join('')).not.toMatch(/<Restored|\^s\d/);
  });

  it('is the same for the same seed', () => {
    expect(syntheticArticle(1, model, seeded(7)).mdx).toBe(syntheticArticle(1, model, seeded(7)).mdx);
    expect(syntheticArticle(1, model, seeded(7)).mdx).not.toBe(syntheticArticle(1, model, seeded(8)).mdx);
  });

  it('writes articles shaped like the real ones: length, numbered headings, every block with a unique id', () => {
    const random = seeded(42);
    const [min, max] = [Math.min(...model.lengths), Math.max(...model.lengths)];
    for (let n = 1; n <= 20; n++) {
      const a = syntheticArticle(n, model, random);
      expect(a.length).toBeGreaterThanOrEqual(min * 0.8 - 1);
      expect(a.length).toBeLessThanOrEqual(max * 1.2 + 1500);
      const body = a.mdx.split('\n---\n')[1]!;
      const ids = body.split('\n\n').filter(Boolean).map((b) => /\^([\w-]+)$/.exec(b.trim())?.[1]);
      expect(ids.every((id) => id && isBlockId(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(body).toMatch(/^## 一、/m);
      expect(a.mdx).toMatch(/^summary: ".{20,}"$/m);
    }
  });

  it('moves each article to an invented place', () => {
    const a = syntheticArticle(3, model, seeded(1));
    expect(a.mdx).not.toMatch(/阳江|临沭|湛江|丽水/);
  });
});

describe('bench tables', () => {
  it('counts Chinese characters as two columns', () => {
    expect(width('ab')).toBe(2);
    expect(width('文章')).toBe(4);
    expect(table(['kind', 'KiB'], [['文章', '1.5'], ['home', '12.0']])).toBe('kind   KiB\n----  ----\n文章   1.5\nhome  12.0');
  });

  it('gives the growth exponent: 1 for linear, 0 for flat', () => {
    expect(growth([{ n: 100, value: 10 }, { n: 1000, value: 100 }])).toBeCloseTo(1);
    expect(growth([{ n: 100, value: 50 }, { n: 5000, value: 50 }])).toBeCloseTo(0);
    expect(growth([{ n: 100, value: 1 }])).toBeUndefined();
  });
});
