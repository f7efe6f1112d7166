/**
 * 核对 in a theme's 自测 (issue 13): whether what the reader chose or typed is right. Pure,
 * for src/scripts/self-test.ts. Each question's form carries the accepted answers (built from
 * the theme's content file): the correct option's index for 单选, 对 or 错 for 判断, the
 * answer and its other accepted forms for 填空.
 */

/**
 * A fill-in answer as compared: no spaces, no quotation marks, brackets or Chinese
 * punctuation (a reader may type “有没有” or 有没有), full-width letters and digits as
 * half-width, Latin letters in lower case. Dots and percent signs stay: 99.7% is not 997.
 */
export function normalizeAnswer(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'`、，,。；;：:！!？?·…—-]/gu, '')
    .toLowerCase();
}

export type Verdict = 'right' | 'wrong' | 'empty';

/** The verdict on what was given; 'empty' when nothing was chosen or typed (not an answer). */
export function verdict(given: string | null | undefined, accepted: string[]): Verdict {
  const g = normalizeAnswer(given ?? '');
  if (!g) return 'empty';
  return accepted.some((a) => normalizeAnswer(a) === g) ? 'right' : 'wrong';
}

/** The accepted answers as the form carries them (a JSON array of strings); [] when unreadable. */
export function acceptedAnswers(data: string | undefined): string[] {
  try {
    const v: unknown = JSON.parse(data ?? '[]');
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether every question of the self-check has been answered and checked (the set holds their indexes). */
export const allAnswered = (answered: ReadonlySet<number>, count: number): boolean =>
  count > 0 && Array.from({ length: count }, (_, i) => i).every((i) => answered.has(i));
