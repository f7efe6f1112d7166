import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../../../src/lib/built/html-safety.ts';

const origin = 'https://dj.example.org';

describe('unsafeMarkup', () => {
  it('passes script files, JSON data blocks, stylesheets and same-origin resources', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>
      <script type="application/json" id="t">[{"a":"\\u003c"}]</script><img src="https://dj.example.org/qr.svg">
      <a href="https://www.12371.cn/">外部链接只是链接</a>`;
    expect(unsafeMarkup(html, origin)).toEqual([]);
  });

  it('names inline scripts, handlers, javascript: URLs, inline styles, frames and third-party resources', () => {
    const html = `<script>alert(1)</script><button onclick="x()">b</button><a href=" javascript:x()">a</a>
      <style>p{}</style><p style="color:red">p</p><iframe src="/x/"></iframe>
      <script src="https://cdn.example.com/a.js"></script><link rel="preload" href="//fonts.example.com/f.woff2"><img src="http://t.example/p.gif">`;
    expect(unsafeMarkup(html, origin)).toEqual([
      '内联脚本 <script>alert(1)…',
      '事件处理属性 <button onclick>',
      'javascript: 地址 <a href>',
      '内联样式 <style>',
      '内联样式属性 <p style>',
      '嵌入元素 <iframe>',
      '第三方资源 <script> https://cdn.example.com/a.js',
      '第三方资源 <link> //fonts.example.com/f.woff2',
      '第三方资源 <img> http://t.example/p.gif',
    ]);
  });
});
