/**
 * 投屏: the pack one item per screen, for a classroom projector (`/pack/?…&v=present`, or the
 * 投屏 button). Loaded by the pack page only when asked for.
 *
 * Keys: → ↓ Space PageDown next (a long item scrolls first), ← ↑ PageUp back, Home / End,
 * Esc back to the pack, F fullscreen. Presentation clickers send PageUp/PageDown. A tap on
 * the right two thirds of the screen goes on, on the left third back. Text is at least 32 px
 * at 1280 × 720 and grows with the screen (pack.css); a long item scrolls within its slide.
 */
import type { PackItem } from '../lib/pack/address.ts';
import type { Shown } from '../lib/pack/data.ts';

export interface Presentation {
  title: string;
  items: { item: PackItem; shown: Shown }[];
  exit(): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

export function startPresenting(p: Presentation): void {
  document.querySelector('.present')?.remove();
  const box = el('div', 'present');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', `投屏：${p.title}`);
  const slide = el('div', 'slide');
  slide.tabIndex = 0;
  const footer = el('p', 'slide-source');
  const position = el('p', 'slide-pos');
  position.setAttribute('aria-live', 'polite');
  const controls = el('div', 'present-controls');
  const button = (label: string, action: () => void, aria?: string) => {
    const b = el('button', undefined, label);
    b.type = 'button';
    if (aria) b.setAttribute('aria-label', aria);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      action();
    });
    return b;
  };
  let index = 0;
  const total = Math.max(1, p.items.length);

  const show = (i: number) => {
    index = Math.max(0, Math.min(total - 1, i));
    const entry = p.items[index];
    const s = entry?.shown;
    const body: HTMLElement[] = [];
    if (!entry) body.push(el('p', 'slide-text', '这个课程包还没有内容。'));
    else if (!s || !s.found) body.push(el('p', 'slide-text', '这一段已不在本站。'));
    else {
      body.push(el('p', 'slide-kind', s.kind));
      if (s.heading) body.push(el('h2', 'slide-heading', s.heading));
      for (const t of s.paragraphs) body.push(el('p', 'slide-text', t));
      if (s.list?.length) {
        const list = el(s.question ? 'ol' : 'ul', 'slide-list');
        list.append(...s.list.map((x) => el('li', undefined, x)));
        body.push(list);
      }
    }
    if (entry?.item.note) body.push(el('p', 'slide-note', `备注：${entry.item.note}`));
    slide.replaceChildren(...body);
    slide.scrollTop = 0;
    footer.textContent = s?.found ? `${s.source}` : p.title;
    position.textContent = `${index + 1} / ${total}`;
  };

  const atEnd = () => slide.scrollTop + slide.clientHeight >= slide.scrollHeight - 2;
  const atStart = () => slide.scrollTop <= 2;
  const next = () => show(index + 1);
  const back = () => show(index - 1);
  const pageDown = () => (atEnd() ? next() : slide.scrollBy({ top: slide.clientHeight * 0.85 }));
  const pageUp = () => (atStart() ? back() : slide.scrollBy({ top: -slide.clientHeight * 0.85 }));
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void box.requestFullscreen?.().catch(() => undefined);
  };
  const exit = () => {
    removeEventListener('keydown', onKey);
    if (document.fullscreenElement) void document.exitFullscreen();
    box.remove();
    document.body.classList.remove('presenting');
    p.exit();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const act: Record<string, () => void> = {
      ArrowRight: next, ArrowDown: pageDown, PageDown: pageDown, ' ': e.shiftKey ? pageUp : pageDown,
      ArrowLeft: back, ArrowUp: pageUp, PageUp: pageUp, Home: () => show(0), End: () => show(total - 1),
      Escape: exit, f: fullscreen, F: fullscreen,
    };
    const run = act[e.key];
    if (!run || (e.key === 'Escape' && document.fullscreenElement)) return;
    if ((e.target as Element).closest?.('.present-controls') && (e.key === ' ' || e.key === 'Enter')) return;
    e.preventDefault();
    run();
  };

  controls.append(button('←', back, '上一项'), button('→', next, '下一项'), button('全屏', fullscreen, '全屏（F）'), button('退出', exit, '退出投屏（Esc）'));
  box.append(slide, footer, position, controls);
  box.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a, button')) return;
    if (e.clientX < innerWidth / 3) back();
    else next();
  });
  document.body.classList.add('presenting');
  document.body.append(box);
  addEventListener('keydown', onKey);
  show(0);
  slide.focus();
}
