/**
 * GB/T 7714-2015 references, RIS and BibTeX, against hand-checked examples: the standard's
 * own (as the gbt7714 BibTeX style prints them) and our pages, with fixed dates.
 */
import { describe, expect, it } from 'vitest';
import { bibtex, gbt7714, isoDate, journalIssue, ris, type JournalArticle, type WebPage, articleRefs, caseRefs, themeRefs } from '../../../../src/lib/links/citation.ts';

const SITE = 'https://dangjian.example.org';
const yangjiang = {
  title: '树立大抓基层的鲜明导向 夯实党的执政基础',
  author: '杨春涛',
  published: { publication: '党建研究', issue: '2022年第3期', site: '共产党员网' },
};

describe('GB/T 7714-2015', () => {
  it('formats the standard’s own examples', () => {
    const oclc: WebPage = { kind: 'web', authors: ['Online Computer Library Center, Inc'], title: 'About OCLC', subtitle: 'History of cooperation', site: 'OCLC', url: 'http://www.oclc.org/about/cooperation.en.html', accessed: '2012-03-27' };
    expect(gbt7714(oclc)).toBe('Online Computer Library Center, Inc. About OCLC: History of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.');
    const he: JournalArticle = { kind: 'journal', authors: ['何龄修'], title: '读南明史', journal: '中国史研究', year: '1998', issue: '3' };
    expect(gbt7714(he)).toBe('何龄修. 读南明史[J]. 中国史研究, 1998(3).');
  });

  it('cites an article page and, where the frontmatter prints it, the journal it first appeared in', () => {
    const [page, original, ...rest] = articleRefs(yangjiang, `${SITE}/articles/yangjiang/`, '2025-03-01');
    expect(rest).toEqual([]);
    expect(gbt7714(page!.ref)).toBe('杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[EB/OL]. [2025-03-01]. https://dangjian.example.org/articles/yangjiang/.');
    expect(gbt7714(original!.ref)).toBe('杨春涛. 树立大抓基层的鲜明导向 夯实党的执政基础[J]. 党建研究, 2022(3).');
  });

  it('starts with the title when the text names no author, and offers no original it cannot cite', () => {
    const refs = articleRefs({ title: '临沭县抓党建促发展的做法', published: {} }, `${SITE}/articles/linshu/`, '2025-03-01');
    expect(refs.map((r) => gbt7714(r.ref))).toEqual(['临沭县抓党建促发展的做法[EB/OL]. [2025-03-01]. https://dangjian.example.org/articles/linshu/.']);
    expect(articleRefs({ title: 'T', published: { publication: '党建研究' } }, `${SITE}/`, '2025-03-01')).toHaveLength(1);
  });

  it('cites theme and case pages as the site’s own work', () => {
    expect(gbt7714(themeRefs('组织体系与组织覆盖', `${SITE}/themes/zuzhi-tixi/`, '2025-03-01')[0]!.ref)).toBe(
      '基层党建案例库. 组织体系与组织覆盖: 基层党建专题[EB/OL]. [2025-03-01]. https://dangjian.example.org/themes/zuzhi-tixi/.',
    );
    expect(gbt7714(caseRefs('广东省阳江市', `${SITE}/cases/yangjiang/`, '2025-03-01')[0]!.ref)).toBe(
      '基层党建案例库. 广东省阳江市: 基层党建案例[EB/OL]. [2025-03-01]. https://dangjian.example.org/cases/yangjiang/.',
    );
  });

  it('names three authors at most, then 等', () => {
    const four: JournalArticle = { kind: 'journal', authors: ['甲', '乙', '丙', '丁'], title: '题名', journal: '刊名', year: '2020' };
    expect(gbt7714(four)).toBe('甲, 乙, 丙, 等. 题名[J]. 刊名, 2020.');
  });

  it('reads the issue as printed', () => {
    expect(journalIssue('2022年第3期')).toEqual({ year: '2022', issue: '3' });
    expect(journalIssue('2022 年 第 12 期')).toEqual({ year: '2022', issue: '12' });
    expect(journalIssue('2022年')).toEqual({ year: '2022' });
    expect(journalIssue('第3期')).toBeUndefined();
  });
});

describe('RIS and BibTeX', () => {
  const [page, original] = articleRefs(yangjiang, `${SITE}/articles/yangjiang/`, '2025-03-01');

  it('writes RIS as Zotero reads it: web page with access date, journal article with issue', () => {
    expect(ris(page!.ref)).toBe(
      ['TY  - ELEC', 'AU  - 杨春涛', 'TI  - 树立大抓基层的鲜明导向 夯实党的执政基础', 'T2  - 基层党建案例库', `UR  - ${SITE}/articles/yangjiang/`, 'Y2  - 2025/03/01', 'LA  - zh-CN', 'ER  - ', ''].join('\r\n'),
    );
    expect(ris(original!.ref)).toBe(
      ['TY  - JOUR', 'AU  - 杨春涛', 'TI  - 树立大抓基层的鲜明导向 夯实党的执政基础', 'T2  - 党建研究', 'PY  - 2022', 'IS  - 3', 'LA  - zh-CN', 'ER  - ', ''].join('\r\n'),
    );
  });

  it('writes BibTeX entries, keeping an organisation as one name', () => {
    expect(bibtex(original!.ref, 'articles-yangjiang-original')).toBe(
      '@article{articles-yangjiang-original,\n  author = {杨春涛},\n  title = {树立大抓基层的鲜明导向 夯实党的执政基础},\n  journal = {党建研究},\n  year = {2022},\n  number = {3},\n  langid = {chinese},\n}\n',
    );
    expect(bibtex(themeRefs('组织体系与组织覆盖', `${SITE}/themes/zuzhi-tixi/`, '2025-03-01')[0]!.ref, 'themes-zuzhi-tixi')).toBe(
      `@online{themes-zuzhi-tixi,\n  author = {{基层党建案例库}},\n  title = {组织体系与组织覆盖},\n  subtitle = {基层党建专题},\n  organization = {基层党建案例库},\n  url = {${SITE}/themes/zuzhi-tixi/},\n  urldate = {2025-03-01},\n  langid = {chinese},\n}\n`,
    );
  });

  it('escapes what BibTeX would read as commands', () => {
    const ref: JournalArticle = { kind: 'journal', authors: ['A'], title: '50% & {more} #1_x', journal: 'J', year: '2020' };
    expect(bibtex(ref, 'k')).toContain('title = {50\\% \\& \\{more\\} \\#1\\_x},');
  });
});

describe('dates', () => {
  it('gives the calendar date in the time zone asked for', () => {
    const evening = new Date('2025-03-01T17:30:00Z');
    expect(isoDate(evening, 'Asia/Shanghai')).toBe('2025-03-02');
    expect(isoDate(evening, 'UTC')).toBe('2025-03-01');
  });
});
