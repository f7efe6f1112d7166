/** Plain-text tables for the bench's output, with East Asian characters counted as two columns. */

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** Rows of cells under a header; numbers (and cells that start with one) are right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d.,+-]/.test(String(r[i] ?? '')) || r[i] === '—'));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i]! - width(c));
        return numeric[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** 12345 → "12.1" (KiB, one decimal). */
export const kib = (bytes: number): string => (bytes / 1024).toFixed(1);

/** How a cost grows from the smallest size to the largest: the exponent b of cost ≈ a·nᵇ (1 = linear, 0 = flat). */
export function growth(points: { n: number; value: number }[]): number | undefined {
  const usable = points.filter((p) => p.n > 0 && p.value > 0);
  if (usable.length < 2) return undefined;
  const first = usable[0]!;
  const last = usable.at(-1)!;
  return Math.log(last.value / first.value) / Math.log(last.n / first.n);
}
