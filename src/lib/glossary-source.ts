/**
 * The glossary as the Markdown plugins need it, read straight from content/glossary/*.yaml:
 * plugins run while MDX compiles, outside the content layer. The content layer's schema
 * still validates the same files; this reads only the fields the plugins use.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { TermVariants } from './term-match.ts';

export interface GlossaryTerm extends TermVariants {
  term: string;
  definition: string;
}

export function loadGlossary(dir: string): GlossaryTerm[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data = parse(readFileSync(join(dir, name), 'utf8')) as { term: string; aliases?: string[]; definition: string };
      return { slug: name.replace(/\.yaml$/, ''), term: data.term, definition: data.definition, variants: [data.term, ...(data.aliases ?? [])] };
    });
}
