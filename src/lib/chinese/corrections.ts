/**
 * Words that opencc (tw → cn) turns wrong, with the right Simplified form. opencc maps 著
 * to 着 except in the Traditional phrases it knows, so 著 in Simplified words (“write”,
 * “marked”) comes out as 着: 编著 → 编着 (found proof-reading 001, which is already
 * Simplified); 显著, 卓著, 著称 go the same way. Each entry is a whole word that cannot be
 * read with 着, so the ordinary 着 (着力, 有着落, 带着) is never touched.
 */
export const CORRECTIONS: readonly (readonly [wrong: string, right: string])[] = [
  ['编着', '编著'],
  ['论着', '论著'],
  ['专着', '专著'],
  ['译着', '译著'],
  ['显着', '显著'],
  ['卓着', '卓著'],
  ['着称', '著称'],
  ['土着', '土著'],
];

export function applyCorrections(text: string): string {
  return CORRECTIONS.reduce((t, [wrong, right]) => t.replaceAll(wrong, right), text);
}
