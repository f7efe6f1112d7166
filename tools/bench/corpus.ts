/**
 * Synthetic articles for the scale benchmark (`npm run bench`): corpora of 100, 1,000 and
 * 5,000 articles shaped like the real ones, to see how build time, index size and search
 * bytes grow with the number of articles.
 *
 * Shaped like the real articles: the paragraphs and headings are the real ones (the
 * glossary terms occur in them as in the real texts), recombined; each article's length is
 * drawn from the real articles' lengths; sections and sub-sections are numbered as in the
 * real texts (一、… （一）…) and every block has its id. So that the vocabulary grows with
 * the corpus, as it does with real articles from more places, each synthetic article moves
 * to an invented place (the real place names are replaced) and its numbers are redrawn.
 * A real corpus still brings more new words than this; the index figures at scale are a
 * lower bound.
 *
 * Deterministic: the same seed gives the same corpus.
 */
import { DOMAINS, GENRES } from '../../src/lib/content/labels.ts';

export interface CorpusModel {
  /** Paragraph texts (MDX, escaped as in the real files), without block ids. */
  paragraphs: string[];
  /** Section and sub-section heading texts, without their numbering. */
  h2: string[];
  h3: string[];
  /** The real articles' lengths in characters of text. */
  lengths: number[];
}

/** The places of the real articles, replaced in synthetic ones. */
const REAL_PLACES = ['阳江', '临沭', '临沐', '湛江', '丽水', '莒南', '台州'];
const PLACE_CHARS = [...'安宁平阳江山河城州泉林青东西南新兴华清云海湖丰源德昌福和永长临武金石龙凤岭川溪桥台原庆嘉康泰顺通宜兰秀峰宝乐吉隆盛远广洪浦阜沙田松柏'];
const NUMERALS = [...'一二三四五六七八九十'];

const ID_MARKER = /\s*\^[\w-]+\s*$/;
const NUMBERING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*/;

/** Text without components: a restoration keeps its restored words, an unreadable spot goes. */
const plain = (mdx: string) => mdx.replace(/<Restored\b[^>]*>([\s\S]*?)<\/Restored>/g, '$1').replace(/<Unreadable\b[^>]*\/>/g, '');
const textLength = (mdx: string) => mdx.replace(/\\|\*\*/g, '').replace(/\s/g, '').length;

/** The model of the real articles: their MDX files' text. */
export function corpusModel(files: string[]): CorpusModel {
  const model: CorpusModel = { paragraphs: [], h2: [], h3: [], lengths: [] };
  for (const file of files) {
    const body = file.replace(/^---\n[\s\S]*?\n---\n/, '');
    let length = 0;
    for (const block of body.split(/\n\s*\n/)) {
      const line = plain(block.trim());
      if (!ID_MARKER.test(line)) continue;
      const text = line.replace(ID_MARKER, '');
      const heading = /^(#{2,4})\s+(.*)$/.exec(text);
      if (heading) (heading[1] === '##' ? model.h2 : model.h3).push(heading[2]!.replace(NUMBERING, ''));
      else if (text && !text.startsWith('|') && !text.startsWith('-')) model.paragraphs.push(text);
      length += textLength(text);
    }
    model.lengths.push(length);
  }
  return model;
}

/** A small seeded generator (mulberry32): numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;
const numeral = (n: number) => (n <= 10 ? NUMERALS[n - 1]! : `十${NUMERALS[n - 11] ?? ''}`);

/** The article's text moved to `place`, its numbers redrawn (same number of digits). */
function localise(text: string, place: string, random: () => number): string {
  let out = text;
  for (const real of REAL_PLACES) out = out.split(real).join(place);
  return out.replace(/\d+/g, (digits) => [...digits].map((_, i) => (i === 0 && digits.length > 1 ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10))).join(''));
}

export interface SyntheticArticle {
  slug: string;
  mdx: string;
  /** Characters of text, as counted for the model's lengths. */
  length: number;
}

/** The `n`-th synthetic article (1-based), from the model. */
export function syntheticArticle(n: number, model: CorpusModel, random: () => number): SyntheticArticle {
  const place = pick(PLACE_CHARS, random) + pick(PLACE_CHARS, random);
  const target = Math.round(pick(model.lengths, random) * (0.8 + 0.4 * random()));
  const para = () => localise(pick(model.paragraphs, random), place, random);
  const blocks: string[] = [];
  let length = 0;
  const add = (text: string, id: string) => {
    blocks.push(`${text} ^${id}`);
    length += textLength(text);
  };

  const intro = 1 + Math.floor(random() * 2);
  for (let p = 1; p <= intro; p++) add(para(), `s0-p${p}`);
  for (let s = 1; length < target; s++) {
    add(`## ${numeral(s)}、${localise(pick(model.h2, random), place, random)}`, `s${s}`);
    const subs = model.h3.length > 0 && random() < 0.4 ? 2 + Math.floor(random() * 3) : 0;
    if (subs === 0) {
      const count = 2 + Math.floor(random() * 4);
      for (let p = 1; p <= count && length < target; p++) add(para(), `s${s}-p${p}`);
      continue;
    }
    for (let t = 1; t <= subs && length < target; t++) {
      add(`### （${numeral(t)}）${localise(pick(model.h3, random), place, random)}`, `s${s}-${t}`);
      const count = 1 + Math.floor(random() * 3);
      for (let p = 1; p <= count && length < target; p++) add(para(), `s${s}-${t}-p${p}`);
    }
  }

  const text = blocks.filter((b) => !b.startsWith('#')).slice(0, 3).map((b) => b.replace(ID_MARKER, '').replace(/\\|\*\*/g, ''));
  const summary = `（合成文章，用于规模测试）${text.join('')}`.slice(0, 120);
  const frontmatter = [
    `title: ${JSON.stringify(`${place}市${pick(model.h2, random).slice(0, 24)}`)}`,
    'titleSupplied: true',
    `published: { site: ${JSON.stringify('合成语料')} }`,
    `region: { province: ${JSON.stringify(`${pick(PLACE_CHARS, random)}${pick(PLACE_CHARS, random)}省`)}, city: ${JSON.stringify(`${place}市`)} }`,
    `level: ${pick(['市', '县', '区'] as const, random)}`,
    `domain: ${pick(DOMAINS, random)}`,
    `genre: ${pick(GENRES, random)}`,
    `summary: ${JSON.stringify(summary)}`,
    `editorNote: ${JSON.stringify('合成文章：由真实文章的段落重新组合而成，地名和数字已替换，只用于规模测试。')}`,
    `source: synthetic-${n}.txt`,
  ];
  return { slug: `synthetic-${String(n).padStart(5, '0')}`, mdx: `---\n${frontmatter.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`, length };
}
