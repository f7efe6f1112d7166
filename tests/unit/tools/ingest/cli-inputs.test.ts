/**
 * `npm run ingest` given anything an editor might hand it: each gives a correct draft, or
 * one line of error and a non-zero exit, never a stack trace and never a file left behind.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest, ingestWith, type IngestOptions } from './run-ingest.ts';
import { renderMdx } from './render-mdx.ts';

const FIXTURES = join('tests', 'fixtures', 'ingest');
const SOURCE_000 = join('content', 'sources', '000_22ce02ce44aa76e6.txt');

const root = mkdtempSync(join(tmpdir(), 'dj-ingest-inputs-'));
const out = join(root, 'out');
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
});

function source(name: string, content: string | Uint8Array): string {
  const path = join(root, name);
  writeFileSync(path, content);
  return path;
}

/** One line on stderr, exit 1, no stack trace, and nothing written (not even a temporary file). */
function expectRefusal(args: string[], message: string | RegExp, options: IngestOptions = {}) {
  const run = ingestWith(options, ...args, '--slug', 'draft', '--out-dir', out);
  expect(run.status, run.stderr).toBe(1);
  expect(run.err).toHaveLength(1);
  expect(run.err[0]).toMatch(typeof message === 'string' ? `ingest: ${message}` : message);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(run.out).toEqual([]);
  expect(readdirSync(out)).toEqual([]);
  return run;
}

/** Exit 0, one line of report, and the draft only (no temporary file beside it). */
function draftOf(file: string, slug = 'draft'): { mdx: string; report: string } {
  const run = ingest(file, '--slug', slug, '--out-dir', out);
  expect(run.status, run.stderr).toBe(0);
  expect(run.out).toHaveLength(1);
  expect(readdirSync(out)).toEqual([`${slug}.mdx`]);
  return { mdx: readFileSync(join(out, `${slug}.mdx`), 'utf8'), report: run.out[0]! };
}

const withoutSource = (mdx: string) => mdx.replace(/^source: .*$/m, '');

describe('ingest refuses, in one line, a file that holds no article', () => {
  it('an empty file', () => {
    expectRefusal([source('empty.txt', '')], '文件是空的（0 字节）');
  });

  it('a file of only whitespace (spaces, tabs, ideographic spaces, blank lines)', () => {
    expectRefusal([source('blank.txt', ' \n\t\r\n\u3000\u3000\n\n')], '文件里只有空白，没有文字');
  });

  it('a file of only page furniture and source lines', () => {
    const furniture = '手機(jī)版\n歡迎使用手機(jī)瀏覽\n1 1 1\n微信掃一掃 ×\n收聽(tīng)本文 00:00/00:00\n來(lái)源:《黨建研究》2022年第3期\n分享讓更多人看到\n';
    expectRefusal([source('furniture.txt', furniture)], /^ingest: 去掉网页杂项.*没有剩下正文$/);
  });

  it('a binary file, naming a known kind', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectRefusal([source('picture.txt', png)], /^ingest: 这是PNG 图片，不是文本/);
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expectRefusal([source('noise.txt', noise)], /^ingest: 看起来是二进制文件，不是文本/);
  });

  it('a saved web page without an article in it', () => {
    expectRefusal([join(FIXTURES, 'list-page.html')], /^ingest: 这是一个网页（HTML），但找不到正文/);
  });

  it('a 50 MB file, from its size alone, without reading it', () => {
    const path = join(root, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    // Any read of the file's bytes fails in this run (unreadable.ts): the refusal comes from its size.
    expectRefusal([path], /^ingest: 文件有 50\.0 MB，超过 10\.0 MB 的上限/, { unreadable: path });
    rmSync(path);
  });

  it('(the guard the 50 MB case relies on: a file ingest would read fails when made unreadable)', () => {
    const path = source('small.txt', '第一段正文，足够长的一句话，说明基层党建工作的做法和成效。\n');
    expectRefusal([path], `无法读取 ${path}（EREADFORBIDDEN）`, { unreadable: path });
  });

  it('a path that does not exist, and a folder', () => {
    expectRefusal([join(root, 'nope.txt')], `找不到文件 ${join(root, 'nope.txt')}`);
    expectRefusal([root], `${root} 不是文件（是目录或设备）`);
  });
});

describe('ingest decodes what it can recognise, and says so', () => {
  it('GBK: the same draft as from the UTF-8 text', () => {
    const utf8 = draftOf(join(FIXTURES, 'simplified.utf8.txt'), 'utf8');
    rmSync(join(out, 'utf8.mdx'));
    const gbk = draftOf(join(FIXTURES, 'simplified.gbk.txt'), 'utf8');
    expect(gbk.report).toContain('按 GBK 编码读入');
    expect(withoutSource(gbk.mdx)).toBe(withoutSource(utf8.mdx));
  });

  it('Big5: the same draft as from the UTF-8 text, converted to Simplified', () => {
    const utf8 = draftOf(join(FIXTURES, 'traditional.utf8.txt'), 'utf8');
    rmSync(join(out, 'utf8.mdx'));
    const big5 = draftOf(join(FIXTURES, 'traditional.big5.txt'), 'utf8');
    expect(big5.report).toContain('按 Big5 编码读入');
    expect(withoutSource(big5.mdx)).toBe(withoutSource(utf8.mdx));
    expect(big5.mdx).toContain('广东湛江');
  });

  it('stops with a message when the encoding is none it can be sure of', () => {
    const latin1 = Uint8Array.from([...'Le parti a été très élégant à Paris, où ça se passe.\n'].map((c) => c.charCodeAt(0)));
    expectRefusal([source('latin1.txt', latin1)], /^ingest: 无法识别文件的编码：不是 UTF-8，也不像 GBK 或 Big5/);
    const whole = readFileSync(SOURCE_000);
    const lost = Buffer.concat([whole.subarray(0, 1000), whole.subarray(1001)]); // one byte lost
    const line = whole.subarray(0, 1000).toString('utf8').split('\n').length;
    expectRefusal([source('damaged.txt', lost)], new RegExp(`^ingest: 看起来是 UTF-8 文本，但有 \\d 处字节已损坏（第一处在第 ${line} 行）`));
  });

  it('UTF-8 with a byte-order mark and CRLF line ends: the same draft as without', () => {
    const plain = draftOf(SOURCE_000, 'plain');
    rmSync(join(out, 'plain.mdx'));
    const windows = `\uFEFF${readFileSync(SOURCE_000, 'utf8').replace(/\n/g, '\r\n')}`;
    const bom = draftOf(source('000_22ce02ce44aa76e6.txt', windows), 'plain');
    expect(bom.mdx).toBe(plain.mdx);
    expect(bom.mdx).toMatch(/^---\ntitle: "树立大抓基层的鲜明导向 夯实党的执政基础"/);
  });

  it('a web page saved from a browser: the article and its title, none of the page around it', async () => {
    const { mdx, report } = draftOf(join(FIXTURES, 'saved-page.html'));
    expect(report).toContain('从 HTML 网页中取出正文');
    expect(mdx).toMatch(/^---\ntitle: "健全全面从严治党体系"/);
    expect(mdx).toContain('中共中央政治局6月27日下午就健全全面从严治党体系进行第十五次集体学习。');
    for (const noise of ['首页', '要闻', '相关新闻', '版权所有', '统计代码', '分享到微信', 'float', 'text-indent']) expect(mdx).not.toContain(noise);
    const { ids } = await renderMdx(mdx);
    expect(ids.length).toBeGreaterThan(3);
  });
});

describe('ingest never leaves a half-written or clobbered file', () => {
  it('refuses an existing slug without --force, and leaves the article as it was', () => {
    writeFileSync(join(out, 'draft.mdx'), 'curated');
    const run = ingest(SOURCE_000, '--slug', 'draft', '--out-dir', out);
    expect(run.status).toBe(1);
    expect(run.err).toEqual([`ingest: ${join(out, 'draft.mdx')} 已存在，未覆盖；确要覆盖请加 --force`]);
    expect(readdirSync(out)).toEqual(['draft.mdx']);
    expect(readFileSync(join(out, 'draft.mdx'), 'utf8')).toBe('curated');
  });

  it('says in one line when the draft cannot be written, and leaves no temporary file', () => {
    mkdirSync(join(out, 'draft.mdx'));
    const run = ingest(SOURCE_000, '--slug', 'draft', '--out-dir', out, '--force');
    expect(run.status).toBe(1);
    expect(run.err).toEqual([`ingest: 无法写入 ${join(out, 'draft.mdx')}（EISDIR）`]);
    expect(readdirSync(out)).toEqual(['draft.mdx']);
    const notADir = source('file-not-dir', 'x');
    const blocked = ingest(SOURCE_000, '--slug', 'draft', '--out-dir', join(notADir, 'sub'));
    expect(blocked.status).toBe(1);
    expect(blocked.err[0]).toMatch(/^ingest: 无法创建目录 .*（ENOTDIR）$/);
  });
});
