/**
 * Unreadable spots. Once found, a garbled spot is wrapped as ⟦…⟧ (U+27E6, U+27E7) and every
 * later rule leaves it alone, so the editor and the page's note see it exactly as scraped.
 */
export const OPEN = '⟦';
export const CLOSE = '⟧';

/** One marked spot, for use inside RegExp sources. */
export const SPOT = `${OPEN}[^${CLOSE}]*${CLOSE}`;

const SPOTS = new RegExp(SPOT, 'g');

export const wrap = (garbled: string): string => `${OPEN}${garbled}${CLOSE}`;

/** Applies a text rule to the readable parts of a line only. */
export function outsideSpots(text: string, rule: (readable: string) => string): string {
  return text
    .split(new RegExp(`(${SPOT})`))
    .map((part, i) => (i % 2 === 1 ? part : rule(part)))
    .join('');
}

/** Rewrites each spot; `render` gets the garbled text without its brackets. */
export const mapSpots = (text: string, render: (garbled: string) => string): string =>
  text.replace(SPOTS, (spot) => render(spot.slice(1, -1)));

/** The garbled texts of a line, in order, without their brackets. */
export const spotsIn = (text: string): string[] => (text.match(SPOTS) ?? []).map((spot) => spot.slice(1, -1));

/** The line with its spots left out: for rules that judge a line's shape (length, punctuation). */
export const withoutSpots = (text: string): string => text.replace(SPOTS, '');
