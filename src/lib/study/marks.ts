/**
 * Which list items get the reading record's quiet marks (issue 13; drawn by
 * src/scripts/study/read-marks.ts): an item names one or more slugs (space-separated, e.g. a
 * theme page's source column naming its case's articles) and is marked once all are done.
 */
export function isDone(slugs: string | undefined, done: ReadonlySet<string>): boolean {
  const list = (slugs ?? '').split(/\s+/).filter(Boolean);
  return list.length > 0 && list.every((s) => done.has(s));
}
