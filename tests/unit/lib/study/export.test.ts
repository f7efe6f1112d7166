import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { escapeMarkdown, exportFileName, studyDoc, toMarkdown, type ExportData } from '../../../../src/lib/study/export.ts';
import { studyDocx } from '../../../../src/lib/study/docx.ts';
import { articleRefs, gbt7714 } from '../../../../src/lib/links/citation.ts';
import { textHash, type Note } from '../../../../src/lib/study/notes.ts';

const note = (over: Partial<Note> & Pick<Note, 'id' | 'article' | 'para' | 'text'>): Note => ({
  hash: textHash(over.text), title: '', marked: true, note: '', created: '2026-12-01T08:00:00.000Z', updated: '2026-12-01T08:00:00.000Z', ...over,
});

const data: ExportData = {
  site: 'https://dangjian.example.org/',
  articles: [
    { slug: 'yangjiang', title: '树立大抓基层的鲜明导向 夯实党的执政基础', author: '阳江市委组织部', published: { publication: '党建研究', issue: '2022年第3期' }, url: 'https://dangjian.example.org/articles/yangjiang/' },
    { slug: 'lishui', title: '在**区农村基层组织主题教育活动部署会议上的讲话', published: {}, url: 'https://dangjian.example.org/articles/lishui/' },
  ],
};

// Out of order on purpose: the document follows the site's article order and each article's paragraph order.
const notes: Note[] = [
  note({ id: 'n4', article: 'lishui', para: 's1-p2', text: '抓好**区的班子建设。', note: '第二处', created: '2026-12-03T20:00:00.000Z' }),
  note({ id: 'n1', article: 'yangjiang', para: 's1-p2', text: '推动党员中心户全覆盖。', note: '要点一\n\n要点二', created: '2026-12-02T01:00:00.000Z' }),
  note({ id: 'n3', article: 'lishui', para: 's1-p1', text: '强班子、树正气、促发展。', note: '', marked: true, created: '2026-12-03T10:00:00.000Z' }),
  note({ id: 'n2', article: 'yangjiang', para: 's1-p2', text: '推动党员中心户全覆盖。', note: '同一段的第二条笔记', created: '2026-12-01T17:00:00.000Z' }),
  note({ id: 'n5', article: 'yangjiang', para: 's0-p1', text: '# 不是标题 *也不是强调*', note: '1. 不是列表', created: '2026-12-01T09:00:00.000Z' }),
];
const now = new Date('2026-12-04T02:00:00.000Z');

describe('studyDoc', () => {
  const doc = studyDoc(notes, data, now, 'Asia/Shanghai');

  it('quotes each paragraph once, in article then reading order, its notes after it, each paragraph its own reference', () => {
    expect(doc.blocks).toEqual([
      { kind: 'title', text: '学习笔记' },
      { kind: 'meta', text: '2026-12-04 从基层党建案例库导出。共 2 篇文章、4 处段落。引文后的编号对应文末参考文献，网址指向原段落。' },
      { kind: 'heading', text: '树立大抓基层的鲜明导向 夯实党的执政基础' },
      { kind: 'quote', text: '# 不是标题 *也不是强调*', ref: 1 },
      { kind: 'note', text: '1. 不是列表' },
      { kind: 'quote', text: '推动党员中心户全覆盖。', ref: 2 },
      { kind: 'note', text: '同一段的第二条笔记' },
      { kind: 'note', text: '要点一' },
      { kind: 'note', text: '要点二' },
      { kind: 'heading', text: '在**区农村基层组织主题教育活动部署会议上的讲话' },
      // s1-p1 comes before s1-p2 in this article: the order is the article's, not the ids'.
      { kind: 'quote', text: '强班子、树正气、促发展。', ref: 3 },
      { kind: 'quote', text: '抓好**区的班子建设。', ref: 4 },
      { kind: 'note', text: '第二处' },
      { kind: 'references', text: '参考文献' },
      { kind: 'reference', ref: 1, text: '阳江市委组织部. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [2026-12-01]. https://dangjian.example.org/articles/yangjiang/#s0-p1.' },
      // The access date is the day (Beijing time here) of the first note on the paragraph.
      { kind: 'reference', ref: 2, text: '阳江市委组织部. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [2026-12-02]. https://dangjian.example.org/articles/yangjiang/#s1-p2.' },
      { kind: 'reference', ref: 3, text: '在**区农村基层组织主题教育活动部署会议上的讲话[EB/OL]. [2026-12-03]. https://dangjian.example.org/articles/lishui/#s1-p1.' },
      { kind: 'reference', ref: 4, text: '在**区农村基层组织主题教育活动部署会议上的讲话[EB/OL]. [2026-12-04]. https://dangjian.example.org/articles/lishui/#s1-p2.' },
    ]);
  });

  it('gives the reference 引用本页 gives, with the paragraph’s address', () => {
    const a = data.articles[0]!;
    const cite = gbt7714(articleRefs(a, `${a.url}#s1-p2`, '2026-12-02')[0]!.ref);
    expect(doc.blocks).toContainEqual({ kind: 'reference', ref: 2, text: cite });
  });

  it('keeps notes on an article the site no longer has, with the title the note remembers', () => {
    const gone = studyDoc([note({ id: 'x', article: 'old-article', para: 's1-p1', text: '旧文。', title: '旧文章', note: '还在' })], data, now, 'Asia/Shanghai');
    expect(gone.blocks.filter((b) => b.kind === 'heading')).toEqual([{ kind: 'heading', text: '旧文章' }]);
    expect(gone.blocks.at(-1)).toEqual({ kind: 'reference', ref: 1, text: '旧文章[EB/OL]. [2026-12-01]. https://dangjian.example.org/articles/old-article/#s1-p1.' });
  });

  it('says under a quote when the site’s paragraph changed or is gone since, and quotes what the note was taken on', () => {
    const site: Record<string, string | null | undefined> = { 'yangjiang#s1-p2': '推动党员中心户全覆盖，改过了。', 'lishui#s1-p1': null, 'lishui#s1-p2': undefined };
    const now2 = (n: Note) => (`${n.article}#${n.para}` in site ? site[`${n.article}#${n.para}`] : n.text);
    const blocks = studyDoc(notes, data, now, 'Asia/Shanghai', now2).blocks;
    const after = (text: string) => blocks[blocks.findIndex((b) => b.kind === 'quote' && b.text === text) + 1];
    expect(after('推动党员中心户全覆盖。')).toEqual({ kind: 'remark', text: '原文已修订：本段在记笔记之后改过，以上引文是记笔记时的文字。' });
    expect(after('强班子、树正气、促发展。')).toEqual({ kind: 'remark', text: '本段已不在文章中，以上引文是记笔记时的文字。' });
    // Unchanged, or not known (offline): nothing said.
    expect(after('抓好**区的班子建设。')).toEqual({ kind: 'note', text: '第二处' });
    expect(after('# 不是标题 *也不是强调*')).toEqual({ kind: 'note', text: '1. 不是列表' });
    expect(toMarkdown({ title: '', blocks: [after('推动党员中心户全覆盖。')!] })).toBe('*原文已修订：本段在记笔记之后改过，以上引文是记笔记时的文字。*\n');
  });

  it('says so when there are no notes, and lists no references', () => {
    const empty = studyDoc([], data, now, 'Asia/Shanghai');
    expect(empty.blocks.map((b) => b.kind)).toEqual(['title', 'meta']);
    expect(empty.blocks[1]).toMatchObject({ text: expect.stringContaining('还没有笔记') });
  });
});

describe('toMarkdown', () => {
  it('writes headings, block quotes with [n], notes, and the reference list', () => {
    expect(toMarkdown(studyDoc(notes, data, now, 'Asia/Shanghai'))).toBe(`# 学习笔记

2026-12-04 从基层党建案例库导出。共 2 篇文章、4 处段落。引文后的编号对应文末参考文献，网址指向原段落。

## 树立大抓基层的鲜明导向 夯实党的执政基础

> \\# 不是标题 \\*也不是强调\\*[1]

1\\. 不是列表

> 推动党员中心户全覆盖。[2]

同一段的第二条笔记

要点一

要点二

## 在\\*\\*区农村基层组织主题教育活动部署会议上的讲话

> 强班子、树正气、促发展。[3]

> 抓好\\*\\*区的班子建设。[4]

第二处

## 参考文献

[1] 阳江市委组织部. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [2026-12-01]. https://dangjian.example.org/articles/yangjiang/#s0-p1.

[2] 阳江市委组织部. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [2026-12-02]. https://dangjian.example.org/articles/yangjiang/#s1-p2.

[3] 在\\*\\*区农村基层组织主题教育活动部署会议上的讲话[EB/OL]. [2026-12-03]. https://dangjian.example.org/articles/lishui/#s1-p1.

[4] 在\\*\\*区农村基层组织主题教育活动部署会议上的讲话[EB/OL]. [2026-12-04]. https://dangjian.example.org/articles/lishui/#s1-p2.
`);
  });

  it('escapes what Markdown would read as markup, and only that', () => {
    expect(escapeMarkdown('a*b_c`d<e~f\\g')).toBe('a\\*b\\_c\\`d\\<e\\~f\\\\g');
    expect(escapeMarkdown('- 列表')).toBe('\\- 列表');
    expect(escapeMarkdown('> 引用')).toBe('\\> 引用');
    expect(escapeMarkdown('12) 项')).toBe('12\\) 项');
    expect(escapeMarkdown('[1]: http://x')).toBe('\\[1]: http://x');
    expect(escapeMarkdown('题名[EB/OL]，2022年3月')).toBe('题名[EB/OL]，2022年3月');
  });
});

describe('studyDocx', () => {
  it('is a Word file that a .docx reader reads back: each heading, quote with its marker, note and reference', async () => {
    const doc = studyDoc(notes, data, now, 'Asia/Shanghai');
    const file = await Packer.toBuffer(studyDocx(doc));
    const { value: html } = await mammoth.convertToHtml({ buffer: file });
    expect(html).toContain('<h1>树立大抓基层的鲜明导向 夯实党的执政基础</h1>');
    expect(html).toContain('<h1>参考文献</h1>');
    expect(html).toContain('推动党员中心户全覆盖。<sup>[2]</sup>');
    const { value: text } = await mammoth.extractRawText({ buffer: file });
    const paragraphs = text.split('\n').filter(Boolean);
    const expected = doc.blocks.map((b) => (b.kind === 'quote' ? `${b.text}[${b.ref}]` : b.kind === 'reference' ? `[${b.ref}] ${b.text}` : b.text));
    expect(paragraphs).toEqual(expected);
  });

  it('names Chinese fonts for East Asian text and marks the text zh-CN', async () => {
    const zip = await Packer.toBuffer(studyDocx(studyDoc(notes, data, now, 'Asia/Shanghai')));
    // fflate: the zip library docx itself uses.
    const parts = unzipSync(new Uint8Array(zip));
    const styles = strFromU8(parts['word/styles.xml']!);
    const xml = strFromU8(parts['word/document.xml']!);
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).toContain('w:eastAsia="楷体"');
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(xml).toContain('w:pStyle w:val="Quote"');
  });
});

describe('exportFileName', () => {
  it('is 学习笔记 and the reader’s date', () => {
    expect(exportFileName('docx', now, 'Asia/Shanghai')).toBe('学习笔记-2026-12-04.docx');
    expect(exportFileName('md', new Date('2026-12-04T20:00:00Z'), 'Asia/Shanghai')).toBe('学习笔记-2026-12-05.md');
  });
});
