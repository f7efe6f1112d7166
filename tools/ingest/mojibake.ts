/**
 * Unreadable spots. In the scrapes a stretch of text was read with its bytes out of step
 * (GBK pairs shifted by one byte), which leaves an ASCII `?` where a byte was lost, then
 * a run of wrong characters, ending in a stray byte that shows as an ASCII letter, `|` or
 * `€`: `?;鶎狱h` was 。基层党, `?!熬€` was 。“线. Where the site had glued pinyin to a lost
 * character, only the `?` and the gloss's tail remain: `?fù)?dān)` was 担.
 *
 * This runs on the raw line, before any other rule, so each spot is kept exactly as
 * scraped; it is wrapped as ⟦…⟧ and every later rule leaves it alone. It only marks:
 * restoring is the editor's work.
 */
import { PINYIN_LETTER } from '../../src/lib/chinese/chars.ts';
import { wrap } from '../../src/lib/chinese/spots.ts';

const P = PINYIN_LETTER;

/** `?fù)`: a lost character of which only the tail of its pinyin gloss survives. */
const LOST_CHARACTER = `\\?${P}{1,6}\\)`;

/**
 * `?cè)趺醋觥薄拔覟楦哔|(zhì)`: the lost byte(s), maybe a gloss tail, up to 16 shifted
 * characters (not ASCII, but for `;!?` that shifted bytes can become), then the stray byte,
 * which stands before Chinese, `(` or the line's end and is not the start of a pinyin word,
 * and maybe the gloss the site glued to the character that byte belonged to.
 */
const SHIFTED_RUN = `\\?+(?:${P}{1,6}\\))?(?:[^\\x00-\\x7F]|[;!?]){0,16}?[@-~€](?!${P})(?=[^\\x00-\\x7F]|\\(|$)(?:\\(${P}{1,6}\\))?`;

/** The run is tried first: it is the longer reading of a `?` followed by a gloss tail. */
const SPOT = new RegExp(`(?:${SHIFTED_RUN}|${LOST_CHARACTER})+`, 'gu');

/** Wraps each unreadable spot of a raw line as ⟦spot⟧. */
export function markUnreadable(line: string): string {
  return line.replace(SPOT, wrap);
}
