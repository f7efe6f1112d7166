/**
 * The reader's comforts, on every page (ReaderSettings.astro loads it as a module):
 *
 * - the settings panel (text size, light/dark/system): the radio buttons already work
 *   without this script, for the page at hand (reader.css reads them with :has()); this
 *   remembers the choice on the device and keeps <html data-size/data-theme> in step;
 * - on an article: a reading-progress bar, and the position saved as the last article
 *   read; coming back to it without a #paragraph link offers to continue from there;
 * - on the home page: “continue reading” for the last article read;
 * - the service worker (offline reading), registered once the page has loaded.
 *
 * Everything stays in this browser's localStorage; nothing is sent anywhere.
 */
import { KEYS, blockAt, parseLast, progressOf, DEFAULT_SIZE, DEFAULT_THEME, type LastRead } from '../lib/reader/prefs.ts';
import { SW_FILE } from '../lib/offline/sw-file.ts';
// Notes and the reading record (issue 13) load only once something of them is stored.
import studyPage from './study-page.ts?worker&url';

const html = document.documentElement;
/** Set by 清除本机记录: nothing more is stored from this page. */
let cleared = false;

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
}
function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// ---- settings -------------------------------------------------------------------------

/** Radio name dj-size / dj-theme → attribute data-size / data-theme, key KEYS.size / KEYS.theme. */
const DEFAULTS = { size: DEFAULT_SIZE, theme: DEFAULT_THEME } as const;
type Pref = keyof typeof DEFAULTS;
const current = (p: Pref) => html.getAttribute(`data-${p}`) ?? DEFAULTS[p];

const settings = document.querySelector<HTMLElement>('.reader-settings');
if (settings) {
  // Without :has() the panel shows only once this has run (reader.css).
  settings.classList.add('is-scripted');
  const radios = settings.querySelectorAll<HTMLInputElement>('input[type=radio]');
  radios.forEach((r) => (r.checked = r.value === current(r.name.slice(3) as Pref)));
  settings.addEventListener('change', (e) => {
    const { name, value } = e.target as HTMLInputElement;
    const p = name.slice(3) as Pref;
    const chosen = value === DEFAULTS[p] ? null : value;
    if (chosen) html.setAttribute(`data-${p}`, chosen);
    else html.removeAttribute(`data-${p}`);
    store(KEYS[p], chosen);
  });
  // Forget everything stored here, and show the page as a first visit would.
  const clear = settings.querySelector<HTMLButtonElement>('.reader-clear')!;
  clear.hidden = false;
  clear.addEventListener('click', () => {
    // With notes stored, study-page.ts asks first, and clicks again once the reader is sure.
    if (stored(KEYS.notes) && !('sure' in clear.dataset)) return void import(/* @vite-ignore */ studyPage).then(() => clear.dispatchEvent(new Event('dj:ask', { bubbles: true })));
    cleared = true;
    for (const key of Object.values(KEYS)) store(key, null);
    location.reload();
  });
}

// ---- the last article read ------------------------------------------------------------

const last = parseLast(stored(KEYS.last));
if (!last) html.removeAttribute('data-resume');

// The home page's 继续阅读 and an article's offer to go back are drawn by study-page.ts, loaded below
// whenever a last-read article is stored.

// ---- on an article (ReadingProgress.astro) ---------------------------------------------

const body = document.querySelector<HTMLElement>('.article-body');
const bar = document.querySelector<HTMLElement>('.read-progress');
const title = document.querySelector('h1')?.firstChild?.textContent?.trim();
if (body && bar && title) {
  const path = location.pathname;
  // Paragraphs and headings (their ids are the stable block ids: s2-p3), not the notes inside them.
  const blocks = [...body.querySelectorAll<HTMLElement>(':scope > [id]')];
  const measure = () => {
    const box = body.getBoundingClientRect();
    return progressOf(box.top, box.height, innerHeight);
  };
  const save = () => {
    if (cleared) return;
    const block = blockAt(blocks.map((b) => ({ id: b.id, top: b.getBoundingClientRect().top })), innerHeight * 0.15);
    store(KEYS.last, JSON.stringify({ path, title, progress: measure(), block } satisfies LastRead));
  };

  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The position is saved only once the reader moves on by their own doing (a gesture, the
  // wheel, a key, a tap): an article only opened is not “read”, and opening the last one
  // again keeps where they were.
  let moved = false;
  const onScroll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      bar.style.transform = `scaleX(${measure()})`;
    });
    if (moved) {
      clearTimeout(timer);
      timer = setTimeout(save, 500);
    }
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('pagehide', () => moved && save());
  for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) addEventListener(type, () => (moved = true), { once: true, passive: true });
  onScroll();
}

// ---- the 课程包 being collected: its count in the header (src/lib/pack/store.ts) ----------

const packCount = document.querySelector('.pack-count');
if (packCount) {
  let n = 0;
  try {
    n = (JSON.parse(stored(KEYS.pack)!) as { items: unknown[] }).items.length;
  } catch {
    // Nothing stored, or not a pack.
  }
  packCount.textContent = `${n}`;
  if (!n) html.removeAttribute('data-pack');
}

// ---- 学习笔记, 学习记录 (src/scripts/study-page.ts) ------------------------------------------

if (stored(KEYS.last) || stored(KEYS.read) || stored(KEYS.notes) || stored(KEYS.selftest)) void import(/* @vite-ignore */ studyPage);

// ---- offline reading ------------------------------------------------------------------

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${SW_FILE}`).catch(() => {
      // No service worker (an old WebView, a private window): the site works online as before.
    });
  });
}
