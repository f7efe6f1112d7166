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
import { KEYS, blockAt, offerResume, parseLast, percent, progressOf, DEFAULT_SIZE, DEFAULT_THEME, type LastRead } from '../lib/reader/prefs.ts';
import { SW_FILE } from '../lib/offline/sw-file.ts';

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
    cleared = true;
    for (const key of Object.values(KEYS)) store(key, null);
    location.reload();
  });
}

// ---- the last article read ------------------------------------------------------------

const last = parseLast(stored(KEYS.last));
if (!last) html.removeAttribute('data-resume');

/** Home page: the slot (ResumeReading.astro), shown from the first paint by reader.css when data-resume is set. */
const slot = document.querySelector<HTMLElement>('.resume');
if (slot && last) {
  const link = slot.querySelector('a')!;
  link.href = `${last.path}${last.block ? `#${last.block}` : ''}`;
  link.textContent = last.title;
  slot.querySelector('span')!.textContent = last.progress < 0.97 ? `读到 ${percent(last.progress)}` : '已读完';
  slot.hidden = false;
}

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

  const offer = document.querySelector<HTMLElement>('.resume-bar');
  if (offer && offerResume(last, path, location.hash)) {
    offer.querySelector('span')!.textContent = percent(last.progress);
    offer.querySelector('a')!.hash = last.block;
    offer.hidden = false;
    const done = () => (offer.hidden = true);
    offer.addEventListener('click', (e) => (e.target as Element).matches('a, button') && done());
    addEventListener('scroll', () => scrollY > innerHeight && done(), { passive: true });
  }
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

// ---- offline reading ------------------------------------------------------------------

if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${SW_FILE}`).catch(() => {
      // No service worker (an old WebView, a private window): the site works online as before.
    });
  });
}
