/**
 * The offline page: lists the pages this device keeps for offline reading (the service
 * worker's PAGES_CACHE), with their titles as kept, so a reader can see what is there.
 */
import { PAGES_CACHE } from '../lib/offline/names.ts';

/** A kept page's <title>, without the site name. */
function savedTitle(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const text = new DOMParser().parseFromString(title, 'text/html').documentElement.textContent ?? '';
  return text.replace(/ · 基层党建案例库$/, '').trim();
}

async function list() {
  const box = document.querySelector<HTMLElement>('.offline-saved');
  if (!box || !('caches' in self)) return;
  const cache = await caches.open(PAGES_CACHE);
  const items: HTMLLIElement[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (!response) continue;
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = request.url;
    a.textContent = savedTitle(await response.text()) || new URL(request.url).pathname;
    li.append(a);
    items.push(li);
  }
  if (items.length === 0) return;
  box.querySelector('ul')!.replaceChildren(...items);
  box.hidden = false;
}

void list();
