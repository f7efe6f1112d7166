/**
 * The search page: reads the query and filters from the form and the URL, asks the search
 * worker (search-worker.ts) and shows the answers. Results that contain the query come
 * first; pages with only some of its characters are offered under “相关结果”.
 * A query that is a glossary entry's synonym or alias (支委会) also searches for its term
 * (三会一课), and says so: “含同义词”. When fewer than three pages contain the query, the
 * 相关结果 are shown at once rather than behind a button.
 * Traditional characters are converted here, not in the worker: the worker is one
 * bundle, and the conversion table's large half must stay a separate file, fetched only
 * for a Traditional query.
 *
 * History: the URL always shows the search on screen. Typing replaces the current history
 * entry (one entry per burst of typing, not per keystroke); submitting, changing a filter
 * or typing again after leaving the box adds one, so back and forward step through
 * searches, and popstate restores the form from the URL.
 */
import { FILTER_KEYS, activeFilters, readState, writeState, type SearchState } from '../lib/search/url-state.ts';
import { decodeBitmap, hasTraditional, toSimplified, type TradBitmap } from '../lib/search/trad.ts';
import { TRAD_BITMAP } from '../lib/search/trad-bitmap.ts';
import { parseQuery } from '../lib/search/query.ts';
import { synonymEntry } from '../lib/search/synonyms.ts';
import type { Hit, Page, Request, Response, TermEntry } from './search-types.ts';

const root = document.querySelector<HTMLElement>('.search-page')!;
const form = root.querySelector<HTMLFormElement>('.search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const filterBox = form.querySelector<HTMLDetailsElement>('.search-filters')!;
const filterCount = form.querySelector<HTMLElement>('.search-filter-count')!;
const status = root.querySelector<HTMLElement>('.search-status')!;
const hitsList = root.querySelector<HTMLOListElement>('#search-hits')!;
const moreButton = root.querySelector<HTMLButtonElement>('.search-more')!;
const related = root.querySelector<HTMLElement>('.search-related')!;
const relatedNote = related.querySelector<HTMLElement>('.search-related-note')!;
const relatedButton = related.querySelector<HTMLButtonElement>('.search-related-show')!;
const relatedList = related.querySelector<HTMLOListElement>('.search-related-hits')!;
const empty = root.querySelector<HTMLElement>('.search-empty')!;
const emptyNote = empty.querySelector<HTMLElement>('.search-empty-note')!;
const suggestions = empty.querySelector<HTMLUListElement>('.search-suggestions')!;
const glossary = JSON.parse(document.getElementById('search-terms')?.textContent ?? '[]') as TermEntry[];

const select = (key: string) => form.elements.namedItem(key) as HTMLSelectElement | null;

// ---- state ↔ form ↔ URL -------------------------------------------------------------

function formState(): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = select(key)?.value;
    if (value) filters[key] = value;
  }
  return { q: input.value, filters };
}

function showState(s: SearchState) {
  input.value = s.q;
  for (const key of FILTER_KEYS) {
    const el = select(key);
    if (el) el.value = s.filters[key] && [...el.options].some((o) => o.value === s.filters[key]) ? s.filters[key]! : '';
  }
  updateFilterCount();
  if (activeFilters(formState().filters) > 0) filterBox.open = true;
}

function updateFilterCount() {
  const n = activeFilters(formState().filters);
  filterCount.textContent = n > 0 ? `（已选 ${n} 项）` : '';
}

let typing = false;
function record(push: boolean) {
  const url = `${location.pathname}${writeState(formState())}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

// ---- the worker ---------------------------------------------------------------------

let worker: Worker | undefined;
let seq = 0;
let messages = 0;
const waiting = new Map<number, (res: Response) => void>();

/** A request without its message number, which `send` adds (Omit over each kind of request). */
type Ask = Request extends infer R ? (R extends unknown ? Omit<R, 'n'> : never) : never;

function send(req: Ask): Promise<Response> {
  if (!worker) {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Response>) => {
      waiting.get(e.data.n)?.(e.data);
      waiting.delete(e.data.n);
    };
    worker.onerror = () => failed('search worker failed to start');
  }
  const n = ++messages;
  const answer = new Promise<Response>((resolve) => waiting.set(n, resolve));
  worker.postMessage({ ...req, n } as Request);
  return answer;
}

// ---- Traditional characters -----------------------------------------------------------

let tradMap: TradBitmap | undefined;
async function simplified(q: string): Promise<string> {
  tradMap ??= decodeBitmap(TRAD_BITMAP);
  if (!hasTraditional(tradMap, q)) return q;
  const { SIMPLIFIED } = await import('../lib/search/trad-simplified.ts');
  return toSimplified(tradMap, SIMPLIFIED, q);
}

// ---- rendering ------------------------------------------------------------------------

function span(text: string, className?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.textContent = text;
  if (className) el.className = className;
  return el;
}

function renderPage(page: Page | Hit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  const title = document.createElement('h3');
  const link = document.createElement('a');
  link.href = page.href;
  link.textContent = page.title;
  title.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-meta';
  meta.append(span(page.type, 'search-type'), ...page.details.map((d) => span(d)));
  li.append(title, meta);
  if ('excerpt' in page) {
    if (page.section.length > 0) meta.append(span(`见：${page.section.join(' › ')}`, 'search-section'));
    const text = document.createElement('p');
    text.className = 'search-excerpt';
    text.innerHTML = page.excerpt; // escaped text and <mark> only (lib/search/excerpt.ts)
    li.append(text);
  }
  return li;
}

const quoteTerms = (terms: string[]) => terms.map((t) => `“${t}”`).join('');
/** What results contain, and the note on a synonym: “支委会”或“三会一课”, （含同义词：…）. */
const contained = (terms: string[], synonymOf?: string) => (synonymOf ? `${quoteTerms(terms)}或“${synonymOf}”` : quoteTerms(terms));
const synonymNote = (terms: string[], synonymOf?: string) => (synonymOf ? `（含同义词：${quoteTerms(terms)}是术语“${synonymOf}”的同义词）` : '');

function setState(state: 'idle' | 'loading' | 'done' | 'error') {
  root.dataset.searchState = state;
}

// ---- searching ------------------------------------------------------------------------

let current = 0;
let currentTerms: string[] = [];
/** What the results contain, as the status line says it: “支委会”或“三会一课”. */
let currentWhat = '';
let glossarySent = false;

async function run() {
  const id = ++seq;
  current = id;
  const state = formState();
  hitsList.replaceChildren();
  relatedList.replaceChildren();
  related.hidden = true;
  empty.hidden = true;
  moreButton.hidden = true;
  const q = state.q.trim();
  document.title = q ? `搜索：${q} · 基层党建案例库` : '搜索 · 基层党建案例库';
  if (!q) {
    status.textContent = '';
    setState('idle');
    return;
  }
  setState('loading');
  status.textContent = '正在搜索……';
  const simple = await simplified(q);
  const synonym = synonymEntry(parseQuery(simple), glossary);
  if (!CAN_SEARCH) return void ((await searchSaved(id, simple, 'engine', synonym?.term)) || unsupported());
  const res = await send({ kind: 'search', id, q: simple, filters: state.filters, ...(glossarySent ? {} : { glossary }), ...(synonym ? { synonymOf: synonym.term } : {}) });
  glossarySent = true;
  if (id !== current) return;
  if (res.kind === 'error') return (await searchSaved(id, simple, 'offline', synonym?.term)) || failed(res.message);
  if (res.kind !== 'hits') return;
  const terms = res.terms;
  currentTerms = terms;
  if (terms.length === 0) {
    status.textContent = '请输入要搜索的字词。';
    setState('idle');
    return;
  }
  const converted = simple !== q ? `（按简体${quoteTerms(terms)}搜索）` : '';
  const where = activeFilters(state.filters) > 0 ? '，已按筛选条件' : '';
  showHits(res.hits, res.more);
  const what = contained(terms, synonym?.term);
  currentWhat = what;
  const also = synonymNote(terms, synonym?.term);
  if (res.hits.length > 0) {
    const count = res.more ? `约 ${res.about} 个` : ` ${res.hits.length} 个`;
    status.textContent = `找到${count}含有${what}的页面${also}${converted}${where}${res.more ? `，先列出 ${res.hits.length} 个` : ''}。`;
    // Few exact results: the related ones are worth seeing without asking.
    if (!res.more && res.hits.length < 3) await loadRelated(id, true);
    else setState('done');
  } else {
    status.textContent = `没有页面含有${quoteTerms(terms)}${converted}${where}。`;
    showEmpty(res.suggestions, where !== '');
    await loadRelated(id, true);
  }
}

function showHits(hits: Hit[], more: boolean) {
  hitsList.append(...hits.map(renderPage));
  moreButton.hidden = !more;
  // 相关结果 come only after every result that contains the query.
  related.hidden = more;
  relatedButton.hidden = false;
  relatedNote.textContent = `只含${quoteTerms(currentTerms)}中部分字词的页面，不在上面的结果里。`;
}

async function loadRelated(id: number, automatic: boolean) {
  related.hidden = false;
  relatedButton.hidden = true;
  relatedNote.textContent = '正在查找……';
  const res = await send({ kind: 'related', id });
  if (id !== current || res.kind !== 'related') return;
  relatedList.append(...res.pages.map(renderPage));
  if (res.pages.length === 0) {
    relatedNote.textContent = '没有只含部分字词的页面。';
    if (automatic) related.hidden = true;
  } else {
    relatedNote.textContent = `以下页面不含完整的${quoteTerms(currentTerms)}，只含其中的部分字词。`;
    if (automatic) status.textContent += `下面列出只含其中部分字词的相关结果。`;
    else (relatedList.querySelector('a') as HTMLElement | null)?.focus();
  }
  setState('done');
}

function showEmpty(terms: TermEntry[], filtered: boolean) {
  emptyNote.textContent = filtered ? '可以减少筛选条件再试，或换一个词。' : '可以检查错别字、换一个说法，或只输入其中的关键词。';
  suggestions.replaceChildren(...terms.map((t) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = `${location.pathname}${writeState({ q: t.term, filters: {} })}`;
    a.textContent = t.term;
    li.append(a);
    return li;
  }));
  empty.hidden = false;
}

/**
 * Pagefind could not answer (no network, most likely): search the pages this device keeps
 * for offline reading instead (search-offline.ts). False when none are kept.
 */
/**
 * Pagefind runs WebAssembly in a module worker. An engine without WebAssembly (or with it
 * turned off, as iOS's Lockdown Mode does) cannot search the index: it looks through the
 * pages kept on the device, if any, and otherwise says so and where else to look.
 */
const CAN_SEARCH = typeof WebAssembly === 'object' && typeof Worker === 'function';

function unsupported() {
  const link = (path: string, text: string) => Object.assign(document.createElement('a'), { href: `${import.meta.env.BASE_URL}${path}`, textContent: text });
  status.replaceChildren('这个浏览器不能运行站内搜索（它不支持或关闭了 WebAssembly）。可以从', link('glossary/', '术语表'), '和', link('articles/', '文章列表'), '查找，或换用其他浏览器搜索。');
  setState('error');
}

/** Searches the pages kept on this device: with no network, or (`engine`) no search engine. */
async function searchSaved(id: number, q: string, why: 'offline' | 'engine' = 'offline', synonymOf?: string): Promise<boolean> {
  const { searchOffline } = await import('./search-offline.ts');
  const { saved, terms, hits } = await searchOffline(q, formState().filters, synonymOf);
  if (id !== current) return true;
  if (saved === 0) return false;
  const where = activeFilters(formState().filters) > 0 ? '，已按筛选条件' : '';
  hitsList.append(...hits.map(renderPage));
  status.textContent = `${why === 'offline' ? '现在连不上网络' : '这个浏览器不能运行站内搜索（它不支持或关闭了 WebAssembly）'}，只在这台设备保存的 ${saved} 个页面中查找${where}：${
    hits.length > 0 ? `找到 ${hits.length} 个含有${contained(terms, synonymOf)}的页面${synonymNote(terms, synonymOf)}。` : `没有页面含有${contained(terms, synonymOf)}。`
  }${why === 'offline' ? '联网后可以搜索全部内容。' : '换用其他浏览器可以搜索全部内容。'}`;
  setState('done');
  return true;
}

function failed(message: string) {
  // `astro dev` serves no index: it is written by `astro build` (src/integrations/pagefind.ts).
  status.textContent = import.meta.env.DEV ? '开发服务器没有搜索索引：请先 npm run build，再用 npm run preview 试搜索。' : '搜索暂时无法使用，请稍后再试。';
  setState('error');
  console.error(message);
}

moreButton.addEventListener('click', async () => {
  const id = current;
  moreButton.disabled = true;
  const res = await send({ kind: 'more', id });
  moreButton.disabled = false;
  if (id !== current || res.kind !== 'hits') return;
  const first = hitsList.children.length;
  showHits(res.hits, res.more);
  (hitsList.children[first]?.querySelector('a') as HTMLElement | null)?.focus();
  if (!res.more) status.textContent = `找到 ${hitsList.children.length} 个含有${currentWhat}的页面。`;
});

relatedButton.addEventListener('click', () => void loadRelated(current, false));

// ---- events ---------------------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    record(!typing);
    typing = true;
    void run();
  }, 250);
});
input.addEventListener('blur', () => (typing = false));

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  typing = false;
  record(true);
  void run();
});

form.addEventListener('change', (e) => {
  if (!(e.target instanceof HTMLSelectElement)) return;
  typing = false;
  updateFilterCount();
  record(true);
  void run();
});

addEventListener('popstate', () => {
  showState(readState(location.search));
  void run();
});

/** Arrow keys move between the box and the result links; Escape goes back to the box. */
root.addEventListener('keydown', (e) => {
  if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(e.key)) return;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.search-hit h3 a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'Escape') {
    if (at >= 0) input.focus();
    return;
  }
  if (document.activeElement !== input && at < 0) return;
  e.preventDefault();
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
});

// Start: the search in the URL (from a shared link or the header box), if any.
showState(readState(location.search));
if (input.value.trim()) void run();
else input.focus();
