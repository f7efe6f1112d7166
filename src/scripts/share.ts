/**
 * What the share panel and the 复制链接 controls do with JavaScript: copy the full address
 * of a paragraph, a section or the page; copy a reference; put the reader's own date in
 * the references and in the RIS/BibTeX files they download; print. Without it the controls
 * are plain links to their anchors, the references carry the build date and say so, the
 * files download as built, and the copy and print buttons stay hidden.
 */
import { isoDate } from '../lib/links/citation.ts';
// 更多操作 and 整页加入课程包 load their code on first use (src/scripts/block-actions.ts), as one
// standalone file: `?worker&url` only gives its address (a plain import() would make every
// page load Vite's preload helper). It answers the `dj:act` event sent from the button.
import blockActions from './block-actions.ts?worker&url';

const today = isoDate(new Date());
const status = document.querySelector<HTMLElement>('.share-status');
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
let timer: number | undefined;
let actions: Promise<unknown> | undefined;

function say(message: string): void {
  if (!status) return;
  status.textContent = message;
  clearTimeout(timer);
  timer = window.setTimeout(() => (status.textContent = ''), 5000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No async clipboard (plain http, some in-app browsers): the older way still works there.
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

// GB/T 7714's 引用日期 is when the reader accessed the page: today, not the build date.
const built = document.querySelector('time.access-date')?.getAttribute('datetime');
for (const time of document.querySelectorAll('time.access-date')) {
  time.textContent = today;
  time.setAttribute('datetime', today);
}
for (const el of document.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
for (const el of document.querySelectorAll<HTMLElement>('[data-no-js]')) el.hidden = true;

/** A RIS or BibTeX file as built, with the reader's date for the build date. */
async function download(link: HTMLAnchorElement): Promise<void> {
  const text = (await (await fetch(link.href)).text()).replaceAll(built!, today).replaceAll(built!.replace(/-/g, '/'), today.replace(/-/g, '/'));
  const save = document.createElement('a');
  save.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  save.download = link.download;
  save.click();
  URL.revokeObjectURL(save.href);
}

document.addEventListener('click', (event) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const el = (event.target as Element).closest<HTMLElement>('a.permalink, [data-copy], a[data-dated], [data-print], .block-act, .page-act');
  if (!el) return;
  if (el.matches('.block-act, .page-act')) {
    void (actions ??= import(/* @vite-ignore */ blockActions)).then(() => el.dispatchEvent(new CustomEvent('dj:act', { bubbles: true, detail: say })));
  } else if (el.matches('a.permalink')) {
    event.preventDefault();
    const hash = el.getAttribute('href')!;
    // The address bar shows the spot too, for when copying is refused.
    history.replaceState(history.state, '', hash);
    const url = new URL(hash, canonical).href;
    void copy(url).then((done) => say(done ? `已复制链接：${url}` : '无法自动复制：地址栏里就是这一处的链接。'));
  } else if (el.dataset.copy) {
    const text = document.getElementById(el.dataset.copy)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    void copy(text).then((done) => say(done ? `已复制：${text}` : '无法自动复制，请选中文字后复制。'));
  } else if (el.matches('a[data-dated]') && built && built !== today) {
    event.preventDefault();
    download(el as HTMLAnchorElement).catch(() => (location.href = (el as HTMLAnchorElement).href));
  } else if (el.matches('[data-print]')) {
    window.print();
  }
});
