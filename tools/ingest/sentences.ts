/**
 * Sentences, for the fidelity test: a sentence ends at 。！？； and any closing quotes or
 * brackets right after (`……必浚其泉源。”`). An unreadable spot ⟦…⟧ is never split, even
 * when its garbled text contains 。.
 */
import { SENTENCE_END } from '../../src/lib/chinese/chars.ts';
import { OPEN, SPOT } from '../../src/lib/chinese/spots.ts';

const SENTENCE = new RegExp(`(?:${SPOT}|[^${SENTENCE_END}${OPEN}])+(?:[${SENTENCE_END}]+[”’」』）)]*)?|[${SENTENCE_END}]+`, 'gu');

export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
}
