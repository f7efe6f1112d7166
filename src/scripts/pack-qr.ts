/**
 * The QR code of a pack's address, drawn in the browser with `qrcode` (the library the build
 * draws every page's code with, src/lib/qr.ts), loaded only by the pack page, as a file of
 * its own (about 9 KiB gzip). It draws the address in `data-url` of `.pack-qr` on `dj:qr`.
 * Built as SVG elements, never as markup text. Level L: a pack's address is long, and the largest
 * modules print best; paper handouts are not much damaged.
 */
import { create } from 'qrcode';

const NS = 'http://www.w3.org/2000/svg';
const QUIET = 4;

function qrElement(text: string, label: string): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'L' });
  const n = modules.size;
  const size = n + 2 * QUIET;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.get(y, x)) continue;
      let run = 1;
      while (x + run < n && modules.get(y, x + run)) run++;
      d += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run;
    }
  }
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const rect = document.createElementNS(NS, 'rect');
  rect.setAttribute('width', `${size}`);
  rect.setAttribute('height', `${size}`);
  rect.setAttribute('fill', '#fff');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('fill', '#000');
  path.setAttribute('d', d);
  svg.append(rect, path);
  return svg;
}

document.addEventListener('dj:qr', (e) => {
  const box = e.target as HTMLElement;
  if (box.dataset.url) box.replaceChildren(qrElement(box.dataset.url, '本课程包地址的二维码'));
}, true);
