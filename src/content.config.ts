/**
 * The schemas of all four collections and the references between them.
 * A wrong id in a reference, a missing field or a value outside an enum stops
 * the build; Astro names the file and the field, our messages say what is wrong
 * in the editor's words.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DOMAINS, GENRES, LEVELS } from './lib/taxonomy.ts';

/** Tests point this at a fixture tree to prove that bad content stops the build. */
const root = process.env.CONTENT_DIR ?? './content';

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

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/articles` }),
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
    /** 原始抓取文本，位于 content/sources/ */
    source: z.string().regex(/^[\w.-]+\.txt$/, '原始文本应为 content/sources/ 下的 .txt 文件名'),
  }),
});

const cases = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${root}/cases` }),
  schema: z.object({
    /** 案例名，如“阳江市” */
    name: text('案例名（name）'),
    region,
    level: oneOf(LEVELS, '层级（level）'),
    domain: oneOf(DOMAINS, '领域（domain）'),
    /** 案例所涉时期 */
    period: z.string().optional(),
    /** 一句话概括，编者撰写 */
    summary: text('概括（summary）'),
  }),
});

const themes = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/themes` }),
  schema: z.object({
    title: text('专题名（title）'),
    /** 排序用的序号 */
    order: z.number().int().positive(),
    summary: text('概述（summary）'),
    related: z.array(reference('themes')).default([]),
  }),
});

const glossary = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: `${root}/glossary` }),
  schema: z.object({
    term: text('术语（term）'),
    /** 术语的其他写法，用于在文中识别 */
    aliases: z.array(z.string()).default([]),
    definition: text('释义（definition）'),
    themes: z.array(reference('themes')).default([]),
  }),
});

export const collections = { articles, cases, themes, glossary };
