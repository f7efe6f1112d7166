/** The shapes the ingest pipeline hands over: cleaned text blocks and the metadata found. */
export type Block = { kind: 'heading'; depth: 2 | 3 | 4; text: string } | { kind: 'paragraph'; text: string };

/** What the scraped text says about itself, as printed (see `published` in src/content.config.ts). */
export interface SourceMeta {
  title?: string;
  author?: string;
  authorRole?: string;
  publication?: string;
  issue?: string;
  site?: string;
  date?: string;
  lede?: string;
  editors?: string;
}

export interface Cleaned {
  meta: SourceMeta;
  blocks: Block[];
  /** Each garbled spot, as scraped, in document order. */
  unreadable: string[];
}
