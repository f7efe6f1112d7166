/**
 * Landing on a search result: the page was opened with ?hl=三会一课 (and usually the
 * section as #anchor). Marks every occurrence of the terms in the page's content, brings
 * the first one at or after the anchor into view, and shows a small bar to step to the
 * next occurrence or to clear the marks (which also drops ?hl= from the address, so a
 * copied link is clean). Loaded only when ?hl= is present (SearchBox.astro).
 *
 * Not Pagefind's highlight module: it marks the parameter's words as written, so a
 * Traditional query or a term split by a glossary button (一个<button>三会一课</button>)
 * would not be found, and it offers no way to dismiss the marks.
 */
import { locate } from '../lib/search/locate.ts';
import { parseQuery } from '../lib/search/query.ts';

/** What search does not index (definitions, “被引用于”, notes, navigation) is not marked either. */
const SKIP = 'script, style, nav, footer, [popover], [hidden], [data-pagefind-ignore], .search-hl-bar';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Wraps each range of the concatenated text of `nodes` in <mark>, across node boundaries. */
function mark(nodes: Text[], terms: string[]): HTMLElement[] {
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += n.data;
  }
  const marks: HTMLElement[] = [];
  // From the last range backwards, so splitting a node never shifts a range still to do.
  for (const r of locate(text, terms).reverse()) {
    const pieces: HTMLElement[] = [];
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const from = Math.max(r.start - starts[i]!, 0);
      const to = Math.min(r.end - starts[i]!, node.data.length);
      if (from >= to) continue;
      const middle = node.splitText(from);
      middle.splitText(to - from);
      const m = document.createElement('mark');
      m.className = 'search-hl';
      middle.replaceWith(m);
      m.append(middle);
      pieces.unshift(m);
    }
    marks.unshift(pieces[0]!);
  }
  return marks;
}

function clear(bar: HTMLElement) {
  for (const m of document.querySelectorAll('mark.search-hl')) {
    const parent = m.parentNode!;
    m.replaceWith(...m.childNodes);
    parent.normalize();
  }
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url);
}

function start() {
  const terms = parseQuery(new URLSearchParams(location.search).get('hl') ?? '');
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (terms.length === 0 || !root) return;
  const marks = mark(textNodes(root), terms);
  if (marks.length === 0) return;

  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const after = anchor ? marks.findIndex((m) => anchor.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) : 0;
  let current = Math.max(after, 0);

  const bar = document.createElement('div');
  bar.className = 'search-hl-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', '搜索词标记');
  const note = document.createElement('p');
  note.setAttribute('aria-live', 'polite');
  const next = document.createElement('button');
  next.type = 'button';
  next.className = 'secondary';
  next.textContent = '下一处';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '清除标记';
  bar.append(note, ...(marks.length > 1 ? [next] : []), close);
  document.body.append(bar);

  const show = (i: number) => {
    marks.forEach((m) => m.classList.remove('current'));
    const m = marks[i]!;
    m.classList.add('current');
    m.scrollIntoView({ block: 'center' });
    note.textContent = `已标出${terms.map((t) => `“${t}”`).join('')}：第 ${i + 1} / ${marks.length} 处`;
  };
  next.addEventListener('click', () => show((current = (current + 1) % marks.length)));
  close.addEventListener('click', () => clear(bar));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && bar.isConnected && !(CSS.supports('selector(:popover-open)') && document.querySelector(':popover-open'))) clear(bar);
  });
  show(current);
}

start();
