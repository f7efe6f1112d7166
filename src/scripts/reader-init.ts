/**
 * Runs in <head>, before the page is drawn (a classic script, not deferred: Base.astro), so
 * the stored text size and theme apply from the first paint, with no flash of the wrong
 * theme. Only sets attributes on <html>; everything else is src/scripts/reader.ts.
 * A few hundred bytes; counted in the page's JavaScript budget (tests/build/budgets.test.ts).
 */
import { htmlAttributes } from '../lib/reader/prefs.ts';

try {
  const attrs = htmlAttributes((key) => localStorage.getItem(key));
  for (const name in attrs) document.documentElement.setAttribute(name, attrs[name]!);
} catch {
  // Storage blocked (private mode, WebView settings): the defaults apply.
}
