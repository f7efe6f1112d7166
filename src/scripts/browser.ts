/**
 * What the scripts loaded on first use share (the ⋯ menu, 学习笔记, /notes/, 课程包, 自测): the
 * site's base path, this browser's storage, and making an element. The scripts every page
 * loads first (reader.ts, share.ts) keep their own few bytes and do not import this.
 */
import { normaliseBase } from '../lib/links/urls.ts';

/** The site's base path, with its slash: `/` or `/dangjian/` (one normaliser: lib/links/urls.ts). */
export const BASE = /* @__PURE__ */ normaliseBase(import.meta.env.BASE_URL);

/** This browser's localStorage, or undefined where even touching it throws (site data disabled). */
export function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** An element with properties set and children appended; text goes in as text, never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}
