/**
 * The ingest pipeline: a raw scraped text in, cleaned blocks and metadata out, and the
 * draft MDX for content/articles/. Pure and deterministic: no file system, no clock.
 */
import { convertLine } from './convert-line.ts';
import { removeFurniture } from './furniture.ts';
import { toBlocks } from './headings.ts';
import { extractMetadata } from './metadata.ts';
import { spotsIn } from '../../src/lib/chinese/spots.ts';
import type { Cleaned } from './types.ts';

export type { Block, Cleaned, SourceMeta } from './types.ts';
export { sentences } from './sentences.ts';
export { toMdx } from './to-mdx.ts';

/**
 * Clean a raw scraped text: no file system access. In block text, each unreadable spot is
 * wrapped as ⟦original garbled text⟧ (U+27E6 … U+27E7).
 */
export function cleanSource(raw: string): Cleaned {
  const lines = raw
    .split(/\r\n?|\n/)
    .map(convertLine)
    .filter((line) => line.length > 0);
  const kept = removeFurniture(lines);
  const { meta, body } = extractMetadata(kept);
  return { meta, blocks: toBlocks(body), unreadable: kept.flatMap(spotsIn) };
}
