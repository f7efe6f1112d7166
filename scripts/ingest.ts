/**
 * npm run ingest -- <file> [--slug s] [--force] [--out-dir dir]
 *
 * Cleans a raw scraped text (src/lib/ingest) and writes the draft content/articles/<slug>.mdx.
 * It never overwrites an article unless --force: curated articles are an editor's work.
 * Mistakes of use get a one-line message and exit code 1, not a stack trace.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { cleanSource, toMdx } from '../src/lib/ingest/index.ts';
import { isSlug, slugFromFileName } from '../src/lib/ingest/slug.ts';

const USAGE = '用法：npm run ingest -- <原始文本.txt> [--slug 短名] [--force] [--out-dir 目录]';

class UserError extends Error {}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, force: { type: 'boolean', default: false }, 'out-dir': { type: 'string' } },
    });
  } catch (error) {
    throw new UserError(`${(error as Error).message}。${USAGE}`);
  }
}

function readSource(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`找不到文件 ${file}`);
  return readFileSync(file, 'utf8');
}

const refusal = (target: string) => new UserError(`${target} 已存在，未覆盖；确要覆盖请加 --force`);

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
  writeFileSync(temp, text, 'utf8');
  try {
    if (force) renameSync(temp, target);
    else placeNew(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

function main(): void {
  const { values, positionals } = options();
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new UserError(USAGE);
  const slug = values.slug ?? slugFromFileName(basename(file));
  if (!isSlug(slug)) throw new UserError(`短名“${slug}”不合格式：只用小写英文字母、数字和连字符，如 yangjiang`);
  const outDir = values['out-dir'] ?? join('content', 'articles');
  const cleaned = cleanSource(readSource(file));
  const target = join(outDir, `${slug}.mdx`);
  mkdirSync(outDir, { recursive: true });
  writeDraft(target, toMdx(cleaned, { sourceFile: basename(file) }), values.force);
  const headings = cleaned.blocks.filter((b) => b.kind === 'heading').length;
  const title = cleaned.meta.title === undefined ? '原文无标题' : `标题“${cleaned.meta.title}”`;
  console.log(
    `ingest: 已写入 ${target}（${title}，${headings} 个标题，${cleaned.blocks.length - headings} 段；` +
      `标出 ${cleaned.unreadable.length} 处无法识读，待编者校补）`,
  );
}

try {
  main();
} catch (error) {
  if (!(error instanceof UserError)) throw error;
  console.error(`ingest: ${error.message}`);
  process.exitCode = 1;
}
