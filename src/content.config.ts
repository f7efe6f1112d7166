/**
 * The schemas of all four collections and the references between them.
 * A wrong id in a reference, a missing field or a value outside an enum stops
 * the build; Astro names the file and the field, our messages say what is wrong
 * in the editor's words.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DOMAINS, GENRES, LEVELS } from './lib/content/labels.ts';
import { BLOCK_ID } from './lib/content/blocks.ts';
import { CONTENT_ROOT as root } from './knowledge/files.ts';
import { mdxCollection } from './knowledge/mdx-loader.ts';
import { namesYear, retellsArticle, sourceNumber } from './lib/content/glossary-rules.ts';
import { BLANK, SELF_TEST_SOURCE } from './lib/content/self-test.ts';

const oneOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `${what}必须是以下之一：${values.join('、')}` });

const text = (what: string) => z.string({ error: () => `缺少${what}，或${what}不是文字` }).trim().min(1, `${what}不能为空`);

/** Where the article sits: 省 / 市 / 县或区. Empty parts are simply left out. */
const region = z.object({
  /** 省级行政区，如“广东省” */
  province: z.string().optional(),
  /** 地级市，如“阳江市” */
  city: z.string().optional(),
  /** 县、区，按原文（如原文隐去的“**区”） */
  county: z.string().optional(),
});

// Articles and themes are MDX, rendered once by mdxCollection: their entries carry the data
// only. The MDX body, HTML and headings are read through the knowledge layer (k.rendered;
// src/knowledge/rendered.ts says why); `entry.body` and `render(entry)` are empty.
const articles = defineCollection({
  loader: mdxCollection({ base: `${root}/articles` }),
  schema: z.object({
    /** 标题，按原文；原文无标题时由编者拟定（见 titleSupplied） */
    title: text('标题（title）'),
    /** true 表示标题为编者所拟，页面会注明 */
    titleSupplied: z.boolean().default(false),
    /** 作者署名，按原文；原文未署名时省略 */
    author: z.string().optional(),
    /** 作者职务，按原文所印 */
    authorRole: z.string().optional(),
    /** 发表或转载信息，均按原文所印 */
    published: z.object({
      /** 刊物或报纸，如“党建研究” */
      publication: z.string().optional(),
      /** 期次，如“2022年第3期” */
      issue: z.string().optional(),
      /** 刊载网站，如“共产党员网” */
      site: z.string().optional(),
      /** true 表示刊载网站是编者据页面栏目等推断的，页面本身未写明（在编者按里说明依据） */
      siteInferred: z.boolean().optional(),
      /** 日期，按原文所印 */
      date: z.string().optional(),
      /** 原网页的“导语”，按原文所印 */
      lede: z.string().optional(),
      /** 责任编辑，按原文所印 */
      editors: z.string().optional(),
    }),
    /** 文章所谈的时期，与发表日期不同时写明，并在编者按里说明依据 */
    period: z.string().optional(),
    region,
    level: oneOf(LEVELS, '层级（level）'),
    domain: oneOf(DOMAINS, '领域（domain）'),
    genre: oneOf(GENRES, '文体（genre）'),
    themes: z.array(reference('themes')).default([]),
    /** 所属案例；002 这类指导性文章不是案例，省略即可 */
    case: reference('cases').optional(),
    /** 编者写的简短摘要（20–200 字） */
    summary: text('摘要（summary）').pipe(z.string().min(20, '摘要至少 20 字').max(200, '摘要不超过 200 字')),
    /** 编者按：清理了什么、校补了什么、推断了什么及其依据 */
    editorNote: text('编者按（editorNote）'),
    /** 原始抓取文本（或存下的网页），位于 content/sources/ */
    source: z.string().regex(/^[\w.-]+\.(?:txt|html?)$/, '原始文本应为 content/sources/ 下的 .txt（或 .html）文件名'),
  }),
});

/** A paragraph of an article, by its stable block id (see src/lib/content/blocks.ts). */
const paragraphRef = {
  article: reference('articles'),
  /** 段落编号，如 s1-p2 */
  para: z.string().regex(BLOCK_ID, '段落编号应为 s1-p2 这样的形式'),
};

const cases = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${root}/cases` }),
  schema: z.object({
    /** 案例名，如“广东省阳江市” */
    name: text('案例名（name）'),
    /** 简称，用于表格列头，如“阳江” */
    short: text('简称（short）'),
    region,
    level: oneOf(LEVELS, '层级（level）'),
    domain: oneOf(DOMAINS, '领域（domain）'),
    /** 案例所涉时期 */
    period: z.string().optional(),
    /** 一句话概括，编者撰写 */
    summary: text('概括（summary）'),
    /** 主要做法，每条对应专题并链接到原文段落 */
    practices: z
      .array(z.object({ title: text('做法名（title）'), summary: text('做法概括（summary）'), themes: z.array(reference('themes')).min(1), ...paragraphRef }))
      .default([]),
    /** 关键数字一节的标题，默认“关键数字”；原文列的是条目数（如“四点意见”）而不是统计数字时，写明是什么 */
    figuresTitle: z.string().optional(),
    /** 关键数字：value 必须与原文一字不差 */
    figures: z.array(z.object({ label: text('数字说明（label）'), value: text('数字（value）'), ...paragraphRef })).default([]),
    /** 可资借鉴之处，编者据原文归纳 */
    takeaways: z.array(z.string()).default([]),
  }),
});

const excerpt = z.object({
  ...paragraphRef,
  /** 原文摘录，必须与段落原文一字不差（构建时核对） */
  quote: text('摘录（quote）'),
  /** 几个字的概括，用于对照表 */
  gist: text('概括（gist）'),
});

/**
 * 自测题（issue 13）。题目和答案照所引段落的原文表述；构建时核对 source 所指段落存在，且答案的
 * 关键词在这一段里（单选：keywords，或正确选项的文字；判断：keywords；填空：答案和 accept），
 * 见 src/lib/content/self-test.ts。
 */
const selfTestCommon = {
  /** 题目。填空题在答案处写“____”（四个下划线） */
  question: text('题目（question）'),
  /** 出处：文章短名#段落编号，如 yangjiang#s3-p2 */
  source: z
    .string({ error: () => '缺少出处（source），应写成“文章短名#段落编号”，如 yangjiang#s3-p2' })
    .regex(SELF_TEST_SOURCE, '出处（source）应写成“文章短名#段落编号”，如 yangjiang#s3-p2'),
  /** 编者的简短说明（可省略）：照原文说明为什么对或错 */
  explain: z.string().trim().min(1, '说明（explain）不能为空；不需要时删去这一行').optional(),
};
const keywords = z.array(text('关键词（keywords）'));

const selfTestQuestion = z.discriminatedUnion(
  'type',
  [
    z
      .object({
        type: z.literal('单选'),
        ...selfTestCommon,
        options: z.array(text('选项（options）')).min(2, '单选题至少要有 2 个选项（options）').max(6, '单选题最多 6 个选项（options）'),
        /** 正确选项，与 options 中的一项一字不差 */
        answer: text('答案（answer）'),
        /** 可省略：省略时核对正确选项的文字是否在原文段落里 */
        keywords: keywords.min(1, '关键词（keywords）不能为空列表；不需要时删去这一行').optional(),
      })
      .superRefine((q, ctx) => {
        if (!q.options.includes(q.answer)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `单选题的答案（answer）“${q.answer}”必须与某个选项（options）一字不差` });
        if (new Set(q.options).size !== q.options.length) ctx.addIssue({ code: 'custom', path: ['options'], message: '单选题的选项（options）不能重复' });
      }),
    z.object({
      type: z.literal('判断'),
      ...selfTestCommon,
      answer: oneOf(['对', '错'] as const, '判断题的答案（answer）'),
      /** 原文段落里证明对或错的词句（必填） */
      keywords: z
        .array(text('关键词（keywords）'), { error: () => '判断题要写关键词（keywords）：原文段落里证明对或错的词句' })
        .min(1, '判断题要写关键词（keywords）：原文段落里证明对或错的词句'),
    }),
    z.object({
      type: z.literal('填空'),
      ...selfTestCommon,
      question: text('题目（question）').refine((q) => q.split(BLANK).length === 2, `填空题的题目（question）里要有一处且只有一处空格“${BLANK}”`),
      answer: text('答案（answer）'),
      /** 其他可接受的写法（可省略），也须在原文段落里 */
      accept: z.array(text('可接受的答案（accept）')).default([]),
    }),
  ],
  { error: () => '题型（type）必须是以下之一：单选、判断、填空' },
);

const themes = defineCollection({
  loader: mdxCollection({ base: `${root}/themes` }),
  schema: z.object({
    title: text('专题名（title）'),
    /** 排序用的序号 */
    order: z.number().int().positive(),
    summary: text('概述（summary）'),
    /** 要点 */
    keyPoints: z.array(z.string()).default([]),
    /** 各地怎么做：原文摘录 */
    excerpts: z.array(excerpt).default([]),
    /** 相关术语 */
    terms: z.array(reference('glossary')).default([]),
    related: z.array(reference('themes')).default([]),
    /** 思考题 */
    questions: z.array(z.string()).default([]),
    /** 自测：3 到 5 题，见上面的 selfTestQuestion */
    selfTest: z
      .array(selfTestQuestion)
      .max(5, '自测（selfTest）最多 5 题')
      .refine((list) => list.length === 0 || list.length >= 3, '自测（selfTest）应有 3 到 5 题')
      .default([]),
  }),
});

/** Glossary text a reader sees: never an internal source number (src/lib/glossary-rules.ts). */
const readerText = (what: string) =>
  z.string().superRefine((value, ctx) => {
    const n = sourceNumber(value);
    if (n) ctx.addIssue({ code: 'custom', message: `${what}里有内部来源编号“${n}”：读者不知道它指什么，请写文章名（如“阳江文章（杨春涛）”或《标题》）` });
  });

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${root}/glossary` }),
  schema: z
    .object({
      term: text('术语（term）').pipe(readerText('术语（term）')),
      /** 术语在文中的其他写法：用于在正文里识别并链接术语 */
      aliases: z.array(readerText('别名（aliases）')).default([]),
      /** 检索同义词：读者可能输入的全称、简称、常见变体（只用于检索，不在正文里链接） */
      synonyms: z.array(readerText('同义词（synonyms）')).default([]),
      /**
       * 释义：这个术语是什么意思。有规范表述的一字不差地引用（basis: 规范表述，source 写明文件和年份）；
       * 没有的写一句中性的释义（basis: 文中用法）。不转述文章：文章怎么用写在 usage。
       */
      definition: text('释义（definition）')
        .pipe(readerText('释义（definition）'))
        .superRefine((value, ctx) => {
          const words = retellsArticle(value);
          if (words) ctx.addIssue({ code: 'custom', message: `释义（definition）应说明术语是什么意思，不转述文章（这里写了“${words}”）：文章怎么用，写进文中用法（usage）` });
        }),
      /** 释义的依据：规范表述（引自 source 所写的文件），或编者据文中用法撰写 */
      basis: oneOf(['规范表述', '文中用法'] as const, '释义依据（basis）'),
      /** 规范表述的出处：文件名（或讲话、会议）和年份，如“《中国共产党支部工作条例（试行）》（2018年）” */
      source: z.string().trim().min(1, '出处（source）不能为空').pipe(readerText('出处（source）')).optional(),
      /** 文中用法：各篇文章怎样使用这个术语，可以点名文章（阳江文章（杨春涛）、临沭文章……） */
      usage: text('文中用法（usage）').pipe(readerText('文中用法（usage）')),
      themes: z.array(reference('themes')).default([]),
    })
    .superRefine((g, ctx) => {
      if (g.basis === '规范表述' && !g.source) ctx.addIssue({ code: 'custom', path: ['source'], message: '释义依据为规范表述时，必须写明出处（source）：文件名和年份' });
      else if (g.source && !namesYear(g.source)) ctx.addIssue({ code: 'custom', path: ['source'], message: `出处（source）应写明年份，如“（2018年）”：${g.source}` });
    }),
});

export const collections = { articles, cases, themes, glossary };
