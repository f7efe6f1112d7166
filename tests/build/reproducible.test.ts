/**
 * Two builds of one commit are the same bytes: nothing in the site depends on when or where
 * it was built (the build date is the last commit's, or SOURCE_DATE_EPOCH; src/knowledge/
 * shared-pages.ts). A second build, into a folder of its own, is compared file by file with
 * dist/ (built by `npm run build` before these tests).
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/integrations/dist.ts';
import { buildSite } from '../support/build.ts';
import { DIST } from './dist.ts';

describe('the build', () => {
  const again = buildSite({});
  afterAll(() => rmSync(again.dir, { recursive: true, force: true }));

  it('is byte-identical when run twice', () => {
    expect(again.status, again.output.slice(-2000)).toBe(0);
    const first = readBuiltSite(DIST);
    const second = readBuiltSite(again.dir);
    expect(second.files).toEqual(first.files);
    const differing = first.files.filter((f) => !first.bytes(f)!.equals(second.bytes(f)!));
    expect(differing).toEqual([]);
  });
});
