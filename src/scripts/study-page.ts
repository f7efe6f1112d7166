/**
 * What this browser remembers of the reader's study, drawn on the page (issues 5 and 13);
 * loaded by reader.ts only once something of it is stored (a last-read article, notes, a
 * finished 自测), so a first visit carries none of it. A standalone file (no exports), like
 * block-actions.ts.
 *
 * - 继续阅读: the home page's link to the last article read, and an article's offer to go
 *   back to where the reader left off;
 * - the reading record: an article counts as read once its end was reached. reader.ts stores
 *   the last article read and how far; it is recorded here, on the next page;
 * - a quiet ✓ on article lists for the articles read (study/read-marks.ts);
 * - 已完成自测 on a theme whose self-check was answered in full (stored by self-test.ts);
 * - 学习笔记 on an article: highlights and notes under their paragraphs (study-notes.ts);
 * - 清除本机记录 with notes stored: asks first, offering to export them (study/clear-ask.ts).
 */
import { KEYS, offerResume, parseLast, percent } from '../lib/reader/prefs.ts';
import { addSlug, loadSlugs } from '../lib/study/record.ts';
import { drawMarks } from './study/read-marks.ts';
import { articleSlug } from './study/spots.ts';
// Highlights and notes on an article: a file of their own, loaded only when notes are stored.
import studyNotes from './study-notes.ts?worker&url';
import clearAskScript from './study/clear-ask.ts?worker&url';
import { localStore } from './browser.ts';

const store = localStore();
const last = parseLast(store?.getItem(KEYS.last));

// ---- 继续阅读 -------------------------------------------------------------------------

/** Home page: the slot (ResumeReading.astro), shown from the first paint by reader.css when data-resume is set. */
const slot = document.querySelector<HTMLElement>('.resume');
if (slot && last) {
  const link = slot.querySelector('a')!;
  link.href = `${last.path}${last.block ? `#${last.block}` : ''}`;
  link.textContent = last.title;
  slot.querySelector('span')!.textContent = last.progress < 0.97 ? `读到 ${percent(last.progress)}` : '已读完';
  slot.hidden = false;
}

/** An article (ReadingProgress.astro): offer to go back to the paragraph the reader left off at. */
const offer = document.querySelector<HTMLElement>('.resume-bar');
if (offer && offerResume(last, location.pathname, location.hash)) {
  offer.querySelector('span')!.textContent = percent(last.progress);
  offer.querySelector('a')!.hash = last.block;
  offer.hidden = false;
  const done = () => (offer.hidden = true);
  offer.addEventListener('click', (e) => (e.target as Element).matches('a, button') && done());
  addEventListener('scroll', () => scrollY > innerHeight && done(), { passive: true });
}

// ---- the reading record (学习记录) ------------------------------------------------------

const read = last && last.progress >= 0.97 ? /\/articles\/([a-z0-9-]+)\/$/.exec(last.path)?.[1] : undefined;
if (store && read && addSlug(store, 'read', read)) document.dispatchEvent(new Event('dj:record'));

// ---- ✓ on article lists (src/scripts/study/read-marks.ts) -------------------------------

const readSlugs = new Set(store ? loadSlugs(store, 'read') : []);
if (read) readSlugs.add(read);
if (readSlugs.size > 0) {
  drawMarks(document, 'article', readSlugs, '已读');
  // The 课程包 page draws its items once their data has come.
  const later = document.querySelector('.pack-items');
  if (later) new MutationObserver(() => drawMarks(later, 'article', readSlugs, '已读')).observe(later, { childList: true });
}

// ---- 已完成自测: on the theme page (SelfTest.astro) and on theme lists ----------------------

const tested = new Set(store ? loadSlugs(store, 'selftest') : []);
const selfTest = document.querySelector<HTMLElement>('#self-test[data-theme-slug]');
if (selfTest && tested.has(selfTest.dataset.themeSlug!)) selfTest.querySelector<HTMLElement>('.st-done')!.hidden = false;
if (tested.size > 0) drawMarks(document, 'selftest', tested, '已完成自测', true);

// ---- 学习笔记: highlights and notes on an article's paragraphs ----------------------------

const noted = articleSlug();
if (noted && store?.getItem(KEYS.notes)) void import(/* @vite-ignore */ studyNotes);

// ---- 清除本机记录 with notes stored: ask first, offering to export them --------------------

// reader.ts sends `dj:ask` from the button (loading this file if a note was only just taken),
// and clears once the button is marked sure. The dialog (study/clear-ask.ts) loads on first use.
let clearAsk: Promise<unknown> | undefined;
document.addEventListener('dj:ask', (e) => {
  void (clearAsk ??= import(/* @vite-ignore */ clearAskScript)).then(() => e.target!.dispatchEvent(new Event('dj:clear-ask', { bubbles: true })));
});
