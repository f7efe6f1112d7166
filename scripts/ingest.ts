/**
 * npm run ingest -- <file> [--slug s] [--force] [--out-dir dir]
 *
 * Cleans a raw scraped text (src/lib/ingest) and writes the draft content/articles/<slug>.mdx.
 * It never overwrites an article unless --force: curated articles are an editor's work.
 * Whatever it is given (an empty, binary, GBK or Big5 file, a saved web page, a huge file,
 * a wrong path), the answer is a draft or one line saying what is wrong, with exit code 1;
 * never a stack trace, never a half-written file.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanSource, toMdx } from '../tools/ingest/index.ts';
import { IngestError } from '../tools/ingest/errors.ts';
import { isSlug, slugFromFileName } from '../tools/ingest/slug.ts';
import { checkSize, requireBody, sourceText, type SourceText } from '../tools/ingest/source-input.ts';

const USAGE = '用法：npm run ingest -- <原始文本.txt> [--slug 短名] [--force] [--out-dir 目录]';

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, force: { type: 'boolean', default: false }, 'out-dir': { type: 'string' } },
    });
  } catch (error) {
    throw new IngestError(`${(error as Error).message}。${USAGE}`);
  }
}

/** A file-system failure (permissions, a full disk, a file where a folder should be) in one line. */
function fsError(what: string, error: unknown): IngestError {
  const { code, message } = error as NodeJS.ErrnoException;
  return new IngestError(`${what}（${code ?? message}）`);
}

function readSource(file: string): SourceText {
  if (!existsSync(file)) throw new IngestError(`找不到文件 ${file}`);
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new IngestError(`${file} 不是文件（是目录或设备）`);
    // Before reading: a wrong multi-gigabyte file must not be read into memory first.
    checkSize(stat.size);
    return sourceText(readFileSync(file));
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fsError(`无法读取 ${file}`, error);
  }
}

const refusal = (target: string) => new IngestError(`${target} 已存在，未覆盖；确要覆盖请加 --force`);

/** Moves the file into place only if nothing is there yet: a hard link never overwrites. */
function placeNew(temp: string, target: string): void {
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refusal(target);
    renameSync(temp, target); // a file system without hard links: the earlier check must do
  }
}

/** Writes beside the target, then moves it into place: a reader never sees half a file. */
function writeDraft(target: string, text: string, force: boolean): void {
  if (!force && existsSync(target)) throw refusal(target);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, 'utf8');
    if (force) renameSync(temp, target);
    else placeNew(temp, target);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw fsError(`无法写入 ${target}`, error);
  } finally {
    rmSync(temp, { force: true });
  }
}

function main(): void {
  const { values, positionals } = options();
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new IngestError(USAGE);
  const slug = values.slug ?? slugFromFileName(basename(file));
  if (!isSlug(slug)) throw new IngestError(`短名“${slug}”不合格式：只用小写英文字母、数字和连字符，如 yangjiang`);
  const outDir = values['out-dir'] ?? join('content', 'articles');
  const source = readSource(file);
  const cleaned = cleanSource(source.text);
  requireBody(cleaned);
  const target = join(outDir, `${slug}.mdx`);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw fsError(`无法创建目录 ${outDir}`, error);
  }
  writeDraft(target, toMdx(cleaned, { sourceFile: basename(file) }), values.force);
  const headings = cleaned.blocks.filter((b) => b.kind === 'heading').length;
  const title = cleaned.meta.title === undefined ? '原文无标题' : `标题“${cleaned.meta.title}”`;
  console.log(
    `ingest: 已写入 ${target}（${title}，${headings} 个标题，${cleaned.blocks.length - headings} 段；` +
      `标出 ${cleaned.unreadable.length} 处无法识读，待编者校补${source.notes.map((n) => `；${n}`).join('')}）`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`ingest: ${error.message}`);
    process.exitCode = 1;
  } else {
    // A bug in ingest, not a problem with the file: still one line; INGEST_DEBUG=1 shows where.
    console.error(`ingest: 内部错误：${(error as Error).message ?? error}（请报告；加 INGEST_DEBUG=1 可看详细位置）`);
    if (process.env.INGEST_DEBUG) console.error(error);
    process.exitCode = 2;
  }
}
