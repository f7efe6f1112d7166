/**
 * Editorial rules for the knowledge structure, checked on the content files themselves:
 * enough themes, each citing at least two articles with 3–6 questions, one of them applied
 * (结合本支部/本村/本单位实际…), and dated where it compares the 2004 speech; at least 40
 * glossary terms, each occurring in the articles; key figures verbatim in their paragraph.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { blocksOf, squash } from '../../../src/lib/content/blocks.ts';

const dir = (name: string) => join('content', name);
const files = (name: string, ext: string) => readdirSync(dir(name)).filter((n) => n.endsWith(ext)).sort();
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);

const articles = new Map(files('articles', '.mdx').map((n) => [n.replace(/\.mdx$/, ''), blocksOf(readFileSync(join(dir('articles'), n), 'utf8'))]));
const allText = squash([...articles.values()].flat().map((b) => b.text).join('\n'));

interface Theme { title: string; excerpts: { article: string; para: string; quote: string }[]; questions: string[]; keyPoints: string[] }
const themes = files('themes', '.mdx').map((n) => [n, frontmatter(readFileSync(join(dir('themes'), n), 'utf8')) as Theme] as const);
const glossary = files('glossary', '.yaml').map((n) => [n, parse(readFileSync(join(dir('glossary'), n), 'utf8')) as { term: string; aliases?: string[] }] as const);
const cases = files('cases', '.yaml').map((n) => [n, parse(readFileSync(join(dir('cases'), n), 'utf8')) as { figures?: { value: string; article: string; para: string }[]; practices?: unknown[] }] as const);

describe('themes', () => {
  it('there are 8 to 10', () => {
    expect(themes.length).toBeGreaterThanOrEqual(8);
    expect(themes.length).toBeLessThanOrEqual(10);
  });
  it.each(themes)('%s cites at least two articles, has key points and 3–6 questions', (_, t) => {
    expect(new Set(t.excerpts.map((e) => e.article)).size).toBeGreaterThanOrEqual(2);
    expect(t.keyPoints.length).toBeGreaterThanOrEqual(2);
    expect(t.questions.length).toBeGreaterThanOrEqual(3);
    expect(t.questions.length).toBeLessThanOrEqual(6);
  });
  it.each(themes)('%s asks at least one applied question (结合本支部/本村/本单位实际…)', (_, t) => {
    expect(t.questions.filter((q) => /^结合本(?:支部|村|单位|社区)/.test(q) && q.includes('实际'))).not.toEqual([]);
  });
  // The 丽水 speech dates from late 2004, the other texts from 2018–2024: a question setting
  // them side by side says which is which, or a trainee reads them as contemporaries.
  it.each(themes)('%s dates its questions that compare the 2004 speech with later texts', (_, t) => {
    const others = /阳江|临沭|湛江|徐绍波|其他|各篇|几篇/;
    const undated = t.questions.filter((q) => q.includes('丽水') && others.test(q) && !q.includes('2004'));
    expect(undated).toEqual([]);
  });
});

describe('glossary', () => {
  it('has at least 40 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
  });
  it.each(glossary)('%s occurs in the articles', (_, g) => {
    const variants = [g.term, ...(g.aliases ?? [])];
    expect(variants.some((v) => allText.includes(squash(v))), `${g.term} occurs in no article`).toBe(true);
  });
});

describe('cases', () => {
  it.each(cases)('%s has practices, and every key figure is verbatim in its paragraph', (_, c) => {
    expect(c.practices?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(c.figures?.length ?? 0).toBeGreaterThanOrEqual(1);
    for (const f of c.figures ?? []) {
      const block = articles.get(f.article)?.find((b) => b.id === f.para);
      expect(block, `${f.article}#${f.para}`).toBeDefined();
      expect(block!.text).toContain(f.value);
    }
  });
});
