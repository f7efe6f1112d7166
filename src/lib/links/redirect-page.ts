/**
 * Astro's redirect page for static hosts, in Chinese. Astro writes an English page
 * (“Redirecting from /a/ to /b/”) with no language or character set; a reader who follows an
 * old link in a handout, on a slow phone, may see it for a moment. This rewrites it from the
 * addresses in Astro's page, so it keeps working whatever Astro's wording.
 */
const attr = (html: string, re: RegExp): string | undefined => re.exec(html)?.[1];

export function chineseRedirectPage(astroHtml: string): string {
  const to = attr(astroHtml, /http-equiv="refresh" content="\d+;\s*url=([^"]*)"/);
  if (to === undefined) throw new Error('重定向页面里没有 <meta http-equiv="refresh">（Astro 改了重定向页面的写法？）');
  const delay = attr(astroHtml, /http-equiv="refresh" content="(\d+);/) ?? '0';
  const canonical = attr(astroHtml, /<link rel="canonical" href="([^"]*)"/) ?? to;
  // Astro has already escaped the addresses for HTML.
  return `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<title>本页已移至新网址</title>
<meta http-equiv="refresh" content="${delay}; url=${to}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<body>
<p>本页已移至新网址，正在转到 <a href="${to}">${to}</a>。如果没有自动跳转，请点这个链接。</p>
</body>
</html>
`;
}
