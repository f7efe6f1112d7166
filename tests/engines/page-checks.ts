/**
 * What tests/e2e/reading.spec.ts checks in Chromium, written as plain functions of the page's
 * window, so that any driver can run them in any engine (tools/engines.ts serialises
 * each one and calls it in the page, or in the frame that stands for a narrow screen).
 * Each function must stay self-contained: no imports, no closures over this module.
 */

/** One page of each kind, and the widths every kind is checked at (here and in reading.spec.ts). */
export const KINDS = {
  home: '',
  article: 'articles/linshu/',
  theme: 'themes/ganbu-duiwu/',
  case: 'cases/yangjiang/',
  compare: 'compare/',
  glossary: 'glossary/',
  term: 'glossary/sanhui-yike/',
  articles: 'articles/',
  search: 'search/?q=三会一课',
  offline: 'offline/',
  notes: 'notes/',
} as const;
export const WIDTHS = [320, 390, 1280];

/**
 * Tap targets that must be at least 44 × 44 px (the same list as reading.spec.ts): links in
 * running text, glossary term buttons and the restoration marks are exempt (WCAG 2.5.8).
 */
export const TARGETS = [
  '.site-nav a',
  '.breadcrumbs a',
  '.toc a',
  '.link-chips a',
  '.card h2 a',
  '.card h3 a',
  '.reader-settings summary',
  '.reader-choices span',
  'main button:not(.term):not(.restored-mark)',
  'header button',
  'input:not([type=radio]):not([type=hidden])',
  'select',
  'main summary',
].join(', ');

/** Closing punctuation that must never begin a line (kinsoku). */
export const CLOSING = '，。、；：？！）」』”’》〉】〕…％';

/** Running text that is not marked as secondary (reading.spec.ts's smallText). */
export const SECONDARY = '.small, .muted, .chips, .stats, .search-meta, .cited-by, .excerpt-source, .reader-note, .breadcrumbs, .toc, .provenance, .source-line, .print-only, [popover], .share-panel, .resume';

export interface Layout {
  /** How far the page scrolls sideways, in CSS px (0 or less is right). */
  overflow: number;
  /** Running text under 16 px. */
  smallText: string[];
  /** Tap targets under 44 × 44 px. */
  smallTargets: string[];
  /** Tap targets in view that something else covers at their centre (overlapping controls). */
  covered: string[];
}

/** Sideways scrolling, text size, and the size and overlap of tap targets, as the page is drawn. */
export function layout(win: Window, { targets, secondary }: { targets: string; secondary: string }): Layout {
  const doc = win.document;
  const describe = (el: Element) => `${el.closest('[class]')?.className.split(' ')[0] ?? ''} ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
  const smallText = [...doc.querySelectorAll('main p, main li, main dd')]
    .filter((el) => el.getBoundingClientRect().height > 0 && !el.closest(secondary))
    .filter((el) => parseFloat(win.getComputedStyle(el).fontSize) < 16)
    .map((el) => `${describe(el)} ${win.getComputedStyle(el).fontSize}`);
  const shown = [...doc.querySelectorAll(targets)]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return win.getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0 && !el.closest('[hidden], [popover]:not(:popover-open), details:not([open]) > :not(summary)');
    })
    .map((el) => ({ el, box: el.getBoundingClientRect() }));
  const smallTargets = shown
    .filter(({ box }) => box.width < 43.5 || box.height < 43.5)
    .map(({ el, box }) => `${describe(el)} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`);
  // What is drawn at the centre of each target in view must be the target (or its label's
  // control), unless it is a bar fixed over the page by design.
  const overlay = (el: Element | null) => {
    for (let e = el; e; e = e.parentElement) if (['fixed', 'sticky'].includes(win.getComputedStyle(e).position)) return true;
    return false;
  };
  const covered = shown
    .filter(({ box }) => box.top >= 0 && box.bottom <= win.innerHeight && box.left >= 0 && box.right <= win.innerWidth)
    .filter(({ el, box }) => {
      const top = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(top && (el.contains(top) || top.contains(el) || el.closest('label')?.contains(top))) && !overlay(top);
    })
    .map(({ el, box }) => `${describe(el)} at ${box.left.toFixed(0)},${box.top.toFixed(0)} under ${doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.outerHTML.slice(0, 60)}`);
  return { overflow: doc.documentElement.scrollWidth - win.innerWidth, smallText, smallTargets, covered };
}

/** Appends a long address and a long number to the first paragraph; returns the sideways scroll then. */
export function longStrings(win: Window): number {
  const p = win.document.querySelector('main p');
  p?.append(` https://dangjian.example.org/articles/a-very-long-address-without-any-break-at-all/#s1-p2 ${'1234567890'.repeat(6)} `);
  const overflow = win.document.documentElement.scrollWidth - win.innerWidth;
  p?.lastChild?.remove();
  return overflow;
}

/** Lines of the article text that begin with closing punctuation. */
export function badLineStarts(win: Window, closing: string): string[] {
  const doc = win.document;
  const bad: string[] = [];
  for (const p of doc.querySelectorAll('.article-body p')) {
    const walker = doc.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
    let lastTop: number | undefined;
    let lastText = '';
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest('[popover], .cited-by, .visually-hidden')) continue;
      const range = doc.createRange();
      for (let i = 0; i < node.data.length; i++) {
        const ch = node.data[i]!;
        if (/\s/.test(ch)) continue;
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // WebKit also gives an empty box at the end of the line before a character that starts one.
        const rect = [...range.getClientRects()].find((r) => r.width > 0);
        if (!rect) continue;
        if (lastTop !== undefined && rect.top > lastTop + rect.height / 2 && closing.includes(ch)) bad.push(`${p.id}: “${lastText.slice(-6)}⏎${ch}”`);
        lastTop = rect.top;
        lastText += ch;
      }
    }
  }
  return bad;
}

/**
 * Script errors at load, seen from the page itself: what the probe at the top of the page
 * recorded (tests/engines/error-probe.ts: uncaught errors, unhandled rejections, resources
 * that failed to load); each of the page's module scripts imported again from the page's own
 * realm, which rejects when it failed to load or parse (and, but in WebKit, to run); and
 * stylesheets that did not load or hold no rules.
 */
export async function loadErrors(win: Window): Promise<string[]> {
  const errors: string[] = [...((win as unknown as { __engineErrors?: string[] }).__engineErrors ?? ['no error probe in the page'])];
  const doc = win.document;
  for (const s of doc.querySelectorAll<HTMLScriptElement>('script[type=module][src]')) {
    try {
      // Indirect eval in the page's window, so the module map is the page's own.
      await (win as unknown as { eval(src: string): Promise<unknown> }).eval(`import(${JSON.stringify(s.src)})`);
    } catch (e) {
      errors.push(`${s.src}: ${e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? (e as Error).message : String(e)}`);
    }
  }
  for (const l of doc.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')) {
    if (!l.sheet || l.sheet.cssRules.length === 0) errors.push(`stylesheet ${l.href} did not load`);
  }
  return errors;
}

/** Resolves once `selector` matches (or rejects after `ms`). */
export async function waitFor(win: Window, { selector, ms }: { selector: string; ms: number }): Promise<boolean> {
  const end = Date.now() + ms;
  while (!win.document.querySelector(selector)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${selector}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}
