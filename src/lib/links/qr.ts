/**
 * QR codes of page URLs, drawn at build time as SVG: the symbol is encoded by the `qrcode`
 * library; we only draw it, as one path of dark runs, so the file stays small and prints
 * crisply. No script and no outside service is involved when a reader sees or prints it.
 */
import { create } from 'qrcode';

/** Light modules around the symbol, as the QR standard asks, so scanners find its edges. */
const QUIET = 4;

/** The symbol's modules, row by row (true = dark). */
export function qrModules(text: string): boolean[][] {
  // Level M restores up to 15% of a damaged or badly printed code; the URLs stay small.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => modules.get(y, x) === 1));
}

/**
 * The code as SVG, black on white whatever the page's colour scheme: a standalone file, or,
 * given a label, an image to put in the page itself (role="img" with that name).
 */
export function qrSvg(text: string, label?: string): string {
  const rows = qrModules(text);
  const size = rows.length + 2 * QUIET;
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run;
    }
  });
  const named = label === undefined ? '' : ` role="img" aria-label="${label.replace(/[&"<]/g, (c) => `&#${c.charCodeAt(0)};`)}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 4}" height="${size * 4}" shape-rendering="crispEdges"${named}><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>\n`;
}
