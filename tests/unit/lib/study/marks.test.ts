import { describe, expect, it } from 'vitest';
import { isDone } from '../../../../src/lib/study/marks.ts';

describe('isDone', () => {
  const done = new Set(['yangjiang', 'linshu']);
  it('an item naming one slug: done when it is in the record', () => {
    expect(isDone('yangjiang', done)).toBe(true);
    expect(isDone('zhanjiang', done)).toBe(false);
  });
  it('an item naming several: only when all are', () => {
    expect(isDone('yangjiang linshu', done)).toBe(true);
    expect(isDone('yangjiang  zhanjiang', done)).toBe(false);
  });
  it('an item naming none is never marked', () => {
    expect(isDone('', done)).toBe(false);
    expect(isDone(undefined, done)).toBe(false);
  });
});
