/**
 * Chinese text takes full-width punctuation. The scrapes mix in ASCII `,:;!?()`; each is
 * made full width only where it touches Chinese, so numbers (99.7%, 4.8万, 1+2+6,
 * 2022-09-18 05:01:00), list numbers (`1.`) and Latin text keep theirs.
 */
import { CJK, CJK_PUNCT, HAN } from '../../src/lib/chinese/chars.ts';
import { outsideSpots } from '../../src/lib/chinese/spots.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const full = (c: string): string => FULL_WIDTH[c] ?? c;

const isCjk = (c: string | undefined): boolean => c !== undefined && new RegExp(`^${CJK}$`, 'u').test(c);

/** `,:;!?` with Chinese on either side. */
const MARK = new RegExp(`(?<=${CJK})[,:;!?]|[,:;!?](?=${CJK})`, 'gu');

/** A parenthesis pair is Chinese when its content or either outer neighbour is: `村(社区)`, `(1)条`. */
function parenPairs(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (pair, inner: string, at: number) => {
    const chinese = new RegExp(CJK, 'u').test(inner) || isCjk(text[at - 1]) || isCjk(text[at + pair.length]);
    return chinese ? `（${inner}）` : pair;
  });
}

/** A parenthesis left without its partner (the other half lost in a garbled spot). */
const LONE_PAREN = new RegExp(`(?<=${CJK})[()]|[()](?=${CJK})`, 'gu');

/** Stray spaces between Chinese punctuation and a character: `“灰尘” 和`, `系统 “四位一体”`. */
const STRAY_SPACE = new RegExp(`(?<=[${CJK_PUNCT}]) +(?=${HAN})|(?<=${HAN}) +(?=[${CJK_PUNCT}])`, 'gu');

export function normalisePunctuation(line: string): string {
  return outsideSpots(line, (text) =>
    parenPairs(text).replace(MARK, full).replace(LONE_PAREN, full).replace(STRAY_SPACE, ''),
  );
}
