import { describe, expect, it } from 'vitest';
import { chineseStops } from '../../../../src/lib/search/punctuation.ts';

describe('chineseStops', () => {
  it('turns the full stop Pagefind adds after Chinese blocks into 。', () => {
    expect(chineseStops('三会一课. 释义. 党支部应当组织党员按期参加党员大会。 规范表述')).toBe('三会一课。释义。党支部应当组织党员按期参加党员大会。规范表述');
    expect(chineseStops('三会\u200b一课\u200b. \u200b释义\u200b. ')).toBe('三会\u200b一课\u200b。\u200b释义\u200b。');
    expect(chineseStops('“两个维护”. 概述.')).toBe('“两个维护”。概述。');
    expect(chineseStops('2个领域. ')).toBe('2个领域。');
  });
  it('keeps a space after Chinese punctuation when Latin text follows', () => {
    expect(chineseStops('会议。 Party')).toBe('会议。 Party');
  });
  it('keeps decimal points and Latin text as they are', () => {
    expect(chineseStops('99.7%的村. Party building. 1+2+6')).toBe('99.7%的村。Party building. 1+2+6');
    expect(chineseStops('占比达99.7%')).toBe('占比达99.7%');
  });
});
