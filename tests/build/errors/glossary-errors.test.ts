/** The content schema stops on a glossary entry that breaks the editorial rules (src/lib/content/glossary-rules.ts). */
import { describe, expect, it } from 'vitest';
import { runAstro } from '../../support/fixture-build.ts';

describe('the content schema', () => {
  it('stops on a definition that retells an article and on a source number, naming file and fields', () => {
    const { status, output } = runAstro('sync', 'content-bad-glossary');
    expect(status).not.toBe(0);
    expect(output).toContain('content-bad-glossary/glossary/liangwei.yaml');
    expect(output).toContain('definition: 释义（definition）应说明术语是什么意思，不转述文章（这里写了“文章”）');
    expect(output).toContain('usage: 文中用法（usage）里有内部来源编号“002”');
  });

  it('stops on an official wording whose source gives no year', () => {
    const { status, output } = runAstro('sync', 'content-bad-glossary-source');
    expect(status).not.toBe(0);
    expect(output).toContain('content-bad-glossary-source/glossary/zhuti-dangri.yaml');
    expect(output).toContain('source: 出处（source）应写明年份');
  });
});
