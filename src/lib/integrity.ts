/**
 * Astro logs a reference to a missing entry but still builds; we do not. Every typed
 * reference of every collection is resolved once per build, and any that points nowhere
 * stops the build with the file, the field and the missing id.
 */
import { getCollection, getEntry } from 'astro:content';

interface Ref { collection: string; id: string }
interface Problem { file: string; field: string; ref: Ref }

const asRefs = (value: unknown): Ref[] => (Array.isArray(value) ? value : value ? [value] : []) as Ref[];

async function findBrokenReferences(): Promise<Problem[]> {
  const problems: Problem[] = [];
  const sources = [
    { entries: await getCollection('articles'), fields: ['themes', 'case'] },
    { entries: await getCollection('themes'), fields: ['related'] },
    { entries: await getCollection('glossary'), fields: ['themes'] },
  ];
  for (const { entries, fields } of sources) {
    for (const entry of entries) {
      for (const field of fields) {
        for (const ref of asRefs((entry.data as Record<string, unknown>)[field])) {
          // getEntry's overloads want literal collection names; these come from the data.
          if (!(await getEntry(ref as never))) problems.push({ file: entry.filePath ?? entry.id, field, ref });
        }
      }
    }
  }
  return problems;
}

let checked: Promise<void> | undefined;

/** Throws once, listing every broken reference; later calls reuse the first result. */
export function assertReferences(): Promise<void> {
  checked ??= findBrokenReferences().then((problems) => {
    if (problems.length === 0) return;
    const lines = problems.map((p) => `  ${p.file}：字段 ${p.field} 引用了不存在的 ${p.ref.collection} 条目“${p.ref.id}”`);
    throw new Error(`内容引用错误（invalid reference），构建已停止：\n${lines.join('\n')}`);
  });
  return checked;
}
