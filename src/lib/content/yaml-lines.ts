/**
 * The line a field of a YAML document (or of an MDX file's frontmatter) is written on, so a
 * build error can name file:line as well as the field. Uses the `yaml` package's own source
 * ranges (the same parser the content files are read with), not a search for the text.
 */
import { LineCounter, isNode, parseDocument } from 'yaml';

/**
 * The 1-based line of the value at `path` (keys and list indexes, e.g. ['selfTest', 2, 'answer']),
 * or of the nearest enclosing field written in the file; undefined when there is none.
 * For an MDX file, the frontmatter between its `---` lines is read and lines count from the file's start.
 */
export function lineOfField(text: string, path: (string | number)[], mdx = false): number | undefined {
  let yaml = text;
  let offset = 0;
  if (mdx) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m) return undefined;
    yaml = m[1]!;
    offset = 1;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
  }
  return undefined;
}
