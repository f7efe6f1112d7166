import { describe, expect, it } from 'vitest';
import { countChars, plainText, readingMinutes } from '../../../src/lib/text-stats.ts';

describe('plainText', () => {
  it('drops block markers, heading marks, JSX tags and bold marks, keeps escaped text literal', () => {
    const mdx = '## 一、标题 ^s1\n\n\\*\\*区**开展**活动，师资<Restored original="??h級" n="1">。县级</Restored>财政。 ^s1-p1\n';
    expect(plainText(mdx)).toBe('一、标题\n\n**区开展活动，师资。县级财政。\n');
  });
});

describe('countChars and readingMinutes', () => {
  it('counts every visible character, not whitespace', () => {
    expect(countChars('一、标题\n\n正文 12% A')).toBe(10);
  });
  it('rounds reading time up to whole minutes at 400 characters a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(400)).toBe(1);
    expect(readingMinutes(401)).toBe(2);
    expect(readingMinutes(4500)).toBe(12);
  });
});
