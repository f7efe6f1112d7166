/**
 * 自测 (issue 13): the questions of a theme's self-check, as its content file writes them
 * (`selfTest:` in content/themes/*.mdx, schema in src/content.config.ts), and the build
 * check that each one's answer stands in the paragraph it cites (run by
 * src/knowledge/integrity.ts, like the excerpt check).
 *
 * Which words are looked for in the source paragraph (whitespace aside, as excerpts are):
 * - 单选: each of `keywords` when given, else the correct option's text (`answer`);
 * - 判断: each of `keywords` (required: 对 or 错 alone says nothing of the paragraph; for a
 *   statement that is wrong they are the words of the paragraph that show it);
 * - 填空: the answer, and each other accepted form (`accept`).
 */
import { squash, type Block } from './blocks.ts';

/** `source:` is `<article-slug>#<paragraph-id>`, e.g. `yangjiang#s3-p2`. */
export const SELF_TEST_SOURCE = /^([a-z0-9][a-z0-9-]*)#(s\d+(?:-\d+)*-p\d+)$/;

/** The blank of a 填空 question, written in the question where the answer goes. */
export const BLANK = '____';

interface Common {
  question: string;
  source: string;
  /** 编者的简短说明（可省略），照原文说明为什么对或错 */
  explain?: string | undefined;
}
export interface ChoiceQuestion extends Common { type: '单选'; options: string[]; answer: string; keywords?: string[] | undefined }
export interface JudgeQuestion extends Common { type: '判断'; answer: '对' | '错'; keywords: string[] }
export interface FillQuestion extends Common { type: '填空'; answer: string; accept: string[] }
export type SelfTestQuestion = ChoiceQuestion | JudgeQuestion | FillQuestion;

export function parseSource(source: string): { article: string; para: string } | undefined {
  const m = SELF_TEST_SOURCE.exec(source);
  return m ? { article: m[1]!, para: m[2]! } : undefined;
}

/** The words the build looks for in the source paragraph, each with the field that holds it. */
export function checkedWords(q: SelfTestQuestion): { field: string; text: string }[] {
  if (q.type === '填空') return [{ field: 'answer', text: q.answer }, ...q.accept.map((text, i) => ({ field: `accept[${i}]`, text }))];
  if (q.keywords?.length) return q.keywords.map((text, i) => ({ field: `keywords[${i}]`, text }));
  return q.type === '单选' ? [{ field: 'answer', text: q.answer }] : [];
}

export interface SelfTestProblem {
  /** The question's index in `selfTest`. */
  index: number;
  /** The field within the question: `source`, `answer`, `keywords[0]`, `accept[1]`. */
  field: string;
  message: string;
}

const WHAT: Record<string, string> = { answer: '答案', keywords: '关键词', accept: '可接受的答案' };

/**
 * What is wrong with each question's source and answer; [] when all stand. `blocksOf` gives
 * an article's blocks, or undefined when there is no such article.
 */
export function selfTestProblems(questions: SelfTestQuestion[], blocksOf: (article: string) => Block[] | undefined): SelfTestProblem[] {
  const out: SelfTestProblem[] = [];
  questions.forEach((q, index) => {
    const cited = parseSource(q.source);
    if (!cited) {
      out.push({ index, field: 'source', message: `出处“${q.source}”应写成“文章短名#段落编号”，如 yangjiang#s3-p2` });
      return;
    }
    const blocks = blocksOf(cited.article);
    if (!blocks) {
      out.push({ index, field: 'source', message: `文章“${cited.article}”不存在` });
      return;
    }
    const block = blocks.find((b) => b.id === cited.para && b.kind === 'paragraph');
    if (!block) {
      out.push({ index, field: 'source', message: `段落编号“${cited.para}”在文章 ${cited.article} 中不存在` });
      return;
    }
    const text = squash(block.text);
    for (const { field, text: words } of checkedWords(q)) {
      if (!text.includes(squash(words))) {
        out.push({ index, field, message: `${WHAT[field.replace(/\[\d+\]$/, '')]}“${words}”不在段落 ${cited.para} 中（原文已改动，或答案、出处有误）` });
      }
    }
  });
  return out;
}
