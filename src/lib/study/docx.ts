/**
 * 导出为 Word: the study document (./export.ts) as a real .docx, with the `docx` library. Only
 * the export script loads this (src/scripts/study/notes-docx.ts, on the first click of 导出为
 * Word), never a page's first load.
 *
 * Laid out as a Chinese 学习心得 draft is expected to look in Word or WPS: A4, body in 宋体
 * 小四 (12 pt) with 首行缩进 two characters, title in 黑体 小二 centred, article titles as
 * 标题 1 (黑体 四号; they show in Word's navigation pane), quotes in 楷体 indented two
 * characters behind a thin red rule, with the reference marker [n] in superscript (GB/T 7714
 * 顺序编码制), a remark in small grey type when the site's paragraph changed since, and the
 * 参考文献 in 五号 (10.5 pt) with a hanging indent. East Asian text names 宋体, 黑体 and 楷体 (Word
 * and WPS on a Chinese system find SimSun, SimHei and KaiTi by these names, and substitute
 * elsewhere), Latin letters and digits Times New Roman; the text is marked zh-CN.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { Block, StudyDoc } from './export.ts';

/** East Asian faces by their Chinese names, which Word and WPS on Chinese systems match. */
export const FONTS = { body: '宋体', heading: '黑体', quote: '楷体' } as const;
const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia });
/** Sizes in half-points: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 36, heading: 28, body: 24, small: 21 } as const;
/** Twips: two characters of 小四 (12 pt each). */
const TWO_CHARS = 480;
const language = { value: 'en-US', eastAsia: 'zh-CN' } as const;

function paragraph(b: Block): Paragraph {
  const run = (text: string, extra: IRunOptions = {}) => new TextRun({ text, ...extra });
  switch (b.kind) {
    case 'title':
      return new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(b.text)] });
    case 'meta':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(b.text, { size: SIZE.small, color: '595959' })] });
    case 'heading':
    case 'references':
      return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(b.text)] });
    case 'quote':
      return new Paragraph({
        style: 'Quote',
        children: [run(b.text), run(`[${b.ref}]`, { superScript: true, font: font(FONTS.body) })],
      });
    case 'remark':
      return new Paragraph({ indent: { left: TWO_CHARS }, children: [run(b.text, { size: SIZE.small, color: '595959' })] });
    case 'note':
      return new Paragraph({ indent: { firstLine: TWO_CHARS }, children: [run(b.text)] });
    case 'reference':
      return new Paragraph({ indent: { left: TWO_CHARS, hanging: TWO_CHARS }, spacing: { after: 60 }, children: [run(`[${b.ref}] ${b.text}`, { size: SIZE.small })] });
  }
}

export function studyDocx(doc: StudyDoc): Document {
  return new Document({
    title: doc.title,
    creator: '基层党建案例库',
    styles: {
      default: {
        document: {
          run: { font: font(FONTS.body), size: SIZE.body, language },
          paragraph: { spacing: { line: 360, after: 120 } },
        },
        title: { run: { font: font(FONTS.heading), size: SIZE.title, bold: false, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading1: { run: { font: font(FONTS.heading), size: SIZE.heading, bold: false, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
      },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: font(FONTS.quote) },
          // A thin rule on the left marks the quote whatever font Word finds for 楷体.
          paragraph: { indent: { left: TWO_CHARS, right: TWO_CHARS }, spacing: { before: 120, after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A3171C', space: 8 } } },
        },
      ],
    },
    sections: [
      {
        // A4, with the margins of a Chinese official paper (上 37 mm, 左右 28 mm, 下 35 mm).
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1588 } } },
        children: doc.blocks.map(paragraph),
      },
    ],
  });
}
