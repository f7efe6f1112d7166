/** Accessibility check of the page as it is now, with axe-core. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices.
 * (axe has no 2.2 level-A rules, so there is no `wcag22a` tag to ask for.)
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeOptions {
  /** Check only these parts of the page (CSS selectors). */
  include?: string[];
  /** Leave these parts out (CSS selectors). */
  exclude?: string[];
  /** Rule ids not to run; say why where you call it. */
  disableRules?: string[];
}

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One readable block per violated rule: id, impact, help, and the selector of each offending node. */
export function formatViolations(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ')}`);
      return [`  ${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`, `    ${v.helpUrl}`, ...nodes].join('\n');
    })
    .join('\n');
}

export async function expectNoAxeViolations(page: Page, opts: AxeOptions = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of opts.include ?? []) builder = builder.include(selector);
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector);
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules);
  const { violations } = await builder.analyze();
  const where = page.url();
  expect(violations.length, `axe found ${violations.length} violation(s) on ${where}:\n${formatViolations(violations)}`).toBe(0);
}
