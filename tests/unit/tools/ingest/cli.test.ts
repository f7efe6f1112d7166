/** The ingest CLI, run as a user runs it, into a temporary directory. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSlug, slugFromFileName } from '../../../../tools/ingest/slug.ts';
import { ingest } from './run-ingest.ts';

const SOURCE = join('content', 'sources', '000_22ce02ce44aa76e6.txt');

describe('npm run ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dj-ingest-'));
  const target = join(dir, 'yangjiang.mdx');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the draft and says how many unreadable spots it marked', () => {
    const { status, out } = ingest(SOURCE, '--slug', 'yangjiang', '--out-dir', dir);
    expect(status).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(target);
    expect(out[0]).toContain('标出 3 处无法识读');
    expect(readFileSync(target, 'utf8')).toContain('source: 000_22ce02ce44aa76e6.txt');
  });

  it('refuses to overwrite without --force, in one line, without a stack trace', () => {
    writeFileSync(target, 'curated');
    const { status, err, stderr } = ingest(SOURCE, '--slug', 'yangjiang', '--out-dir', dir);
    expect(status).not.toBe(0);
    expect(err).toEqual([`ingest: ${target} 已存在，未覆盖；确要覆盖请加 --force`]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(target, 'utf8')).toBe('curated');
  });

  it('overwrites with --force', () => {
    expect(ingest(SOURCE, '--slug', 'yangjiang', '--out-dir', dir, '--force').status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: "树立大抓基层的鲜明导向 夯实党的执政基础"/);
  });

  it('says so plainly when the file is missing or the slug is malformed', () => {
    const missing = ingest(join(dir, 'nope.txt'), '--out-dir', dir);
    expect(missing.status).not.toBe(0);
    expect(missing.err).toEqual([`ingest: 找不到文件 ${join(dir, 'nope.txt')}`]);
    const badSlug = ingest(SOURCE, '--slug', 'Yang_Jiang', '--out-dir', dir);
    expect(badSlug.status).not.toBe(0);
    expect(badSlug.err[0]).toMatch(/短名“Yang_Jiang”不合格式/);
    expect(ingest('--out-dir', dir).err[0]).toMatch(/用法/);
  });
});

describe('slugs', () => {
  it('derives a lowercase ASCII slug from the file name', () => {
    expect(slugFromFileName('000_22ce02ce44aa76e6.txt')).toBe('000-22ce02ce44aa76e6');
    expect(slugFromFileName('Lishui Speech.txt')).toBe('lishui-speech');
    expect(slugFromFileName('丽水.txt')).toBe('');
  });

  it('accepts only lowercase letters, digits and single hyphens', () => {
    expect(['yangjiang', 'nongcun-jiceng-dangjian', '000-22ce'].every(isSlug)).toBe(true);
    expect(['', 'Yang', 'a_b', '-a', 'a-', 'a--b', '丽水'].some(isSlug)).toBe(false);
  });
});
