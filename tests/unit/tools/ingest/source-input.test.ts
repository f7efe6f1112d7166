/** Reading a source file's bytes: encodings, saved web pages, sizes (the CLI's cases are in cli-inputs.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../tools/ingest/decode.ts';
import { articleFromHtml, isHtmlPage, isWebArchive } from '../../../../tools/ingest/html.ts';
import { MAX_SOURCE_BYTES, checkSize, sourceText } from '../../../../tools/ingest/source-input.ts';

const fixture = (name: string) => readFileSync(join('tests', 'fixtures', 'ingest', name));
const simplified = fixture('simplified.utf8.txt').toString('utf8');

describe('decodeText', () => {
  it('tells GBK from Big5 even on one short line', () => {
    const gbk = fixture('simplified.gbk.txt');
    const firstLine = gbk.subarray(0, gbk.indexOf(0x0a) + 1);
    expect(decodeText(firstLine)).toEqual({ encoding: 'GBK', text: simplified.slice(0, simplified.indexOf('\n') + 1) });
    expect(decodeText(fixture('traditional.big5.txt')).encoding).toBe('Big5');
  });

  it('reads UTF-16 with a byte-order mark, and drops a UTF-8 one', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('三会一课\n', 'utf16le')]);
    expect(decodeText(le)).toEqual({ encoding: 'UTF-16', text: '三会一课\n' });
    expect(decodeText(Buffer.from('\uFEFF三会一课', 'utf8'))).toEqual({ encoding: 'UTF-8', text: '三会一课' });
  });

  it('says which encoding a text seems to be in when it cannot be sure', () => {
    // Half a line of GBK, half of bytes that fit neither encoding's common characters.
    const mixed = Buffer.concat([fixture('simplified.gbk.txt').subarray(0, 40), Buffer.from([0x81, 0x40, 0x82, 0x41, 0x83, 0x42, 0x84, 0x43, 0x85, 0x44])]);
    expect(() => decodeText(mixed)).toThrow(/^不是 UTF-8 文本，看起来像 GBK 编码，但无法确定/);
  });
});

describe('saved web pages', () => {
  it('recognises a page by its opening markup, past a “saved from” comment', () => {
    expect(isHtmlPage('<!-- saved from url=(0041)https://x/ -->\n<!DOCTYPE html><html>')).toBe(true);
    expect(isHtmlPage('\uFEFF<html lang="zh">')).toBe(true);
    expect(isHtmlPage('正文里提到 <html> 标签。')).toBe(false);
    expect(isWebArchive('From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related;')).toBe(true);
    expect(() => sourceText(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n'))).toThrow(/^这是 MHTML 网页存档/);
  });

  it('prefers the page’s one <article>, with its own header, over longer link lists', () => {
    const para = '基层党组织是党的全部工作和战斗力的基础，要把党的组织优势转化为治理效能。'.repeat(2);
    const page = `<!doctype html><body><nav>${'<a href="#">党建要闻栏目</a>'.repeat(30)}</nav>
      <article><header><h1>示例标题</h1></header><p>${para}</p><p>${para}</p><footer>分享到微信</footer></article></body>`;
    const text = articleFromHtml(page);
    expect(text.split('\n').filter(Boolean)).toEqual(['示例标题', para, para]);
  });
});

describe('checkSize', () => {
  it('accepts up to the limit, refuses nothing and beyond', () => {
    expect(() => checkSize(MAX_SOURCE_BYTES)).not.toThrow();
    expect(() => checkSize(0)).toThrow('文件是空的（0 字节）');
    expect(() => checkSize(MAX_SOURCE_BYTES + 1)).toThrow(/^文件有 10\.0 MB，超过 10\.0 MB 的上限/);
  });
});
