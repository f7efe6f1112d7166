/**
 * 学习记录 (issue 13): which articles were read to the end and which themes' 自测 were answered
 * in full, kept only in this browser (localStorage keys KEYS.read and KEYS.selftest, each a
 * JSON array of slugs). No score, no dates, nothing sent.
 */
import { KEYS } from '../reader/prefs.ts';
import type { Store } from '../pack/store.ts';

type Kind = 'read' | 'selftest';
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const MAX = 10000;

/** The slugs stored under the kind's key; [] when none or unreadable. */
export function loadSlugs(store: Store, kind: Kind): string[] {
  try {
    const v: unknown = JSON.parse(store.getItem(KEYS[kind]) ?? '[]');
    return Array.isArray(v) ? [...new Set(v.filter((s): s is string => typeof s === 'string' && SLUG.test(s)))].slice(0, MAX) : [];
  } catch {
    return [];
  }
}

/** Adds the slug; false when storage refused (the record then holds for this page only). */
export function addSlug(store: Store, kind: Kind, slug: string): boolean {
  const list = loadSlugs(store, kind);
  if (list.includes(slug)) return true;
  try {
    store.setItem(KEYS[kind], JSON.stringify([...list, slug]));
    return true;
  } catch {
    return false;
  }
}
