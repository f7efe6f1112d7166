/**
 * What a built page must not carry, so that the strict Content-Security-Policy
 * (deploy/_headers: script-src 'self', style-src 'self') holds with no exception and no
 * content ever runs as code: inline scripts, event-handler attributes, javascript: URLs,
 * inline styles, embedded frames and objects, and resources from other origins.
 * A JSON data block (<script type="application/json">) is data, not a script, and is allowed.
 */
import { elementsOf } from './html.ts';

/** Script types a browser runs; any other type (application/json…) is a data block. */
const EXECUTABLE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster'];
/** Elements that fetch what they point at (an <a> only navigates when clicked). */
const FETCHES = new Set(['script', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'embed', 'object', 'input', 'image']);
const FETCHING_LINKS = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

export function unsafeMarkup(html: string, siteOrigin: string): string[] {
  const found: string[] = [];
  for (const { name, attrs, content } of elementsOf(html)) {
    if (name === 'script' && !attrs.has('src') && EXECUTABLE.test(attrs.get('type')?.trim() ?? '') && content?.trim()) {
      found.push(`内联脚本 <script>${content.trim().slice(0, 40)}…`);
    }
    if (name === 'style') found.push('内联样式 <style>');
    if (['iframe', 'frame', 'object', 'embed'].includes(name)) found.push(`嵌入元素 <${name}>`);
    for (const [attr, value] of attrs) {
      if (attr.startsWith('on')) found.push(`事件处理属性 <${name} ${attr}>`);
      if (attr === 'style') found.push(`内联样式属性 <${name} style>`);
      if (URL_ATTRIBUTES.includes(attr) && /^\s*javascript:/i.test(value)) found.push(`javascript: 地址 <${name} ${attr}>`);
    }
    const fetched = FETCHES.has(name) ? attrs.get('src') : name === 'link' && FETCHING_LINKS.test(attrs.get('rel') ?? '') ? attrs.get('href') : undefined;
    if (fetched && /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(fetched) && new URL(fetched, siteOrigin).origin !== new URL(siteOrigin).origin) {
      found.push(`第三方资源 <${name}> ${fetched}`);
    }
  }
  return found;
}
