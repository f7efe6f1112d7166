/** Reading our QR code SVGs back, as a phone camera would (jsQR over the drawn modules). */
import jsQR from 'jsqr';

/** The SVG's dark runs back as modules, on its full grid (quiet zone included). */
export function svgModules(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, run] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** What the code says, from its modules drawn `scale` pixels each; undefined if it does not scan. */
export function decodeModules(grid: boolean[][], scale = 4): string | undefined {
  const n = grid.length * scale;
  const data = new Uint8ClampedArray(n * n * 4).fill(255);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const at = ((y * scale + dy) * n + x * scale) * 4;
        for (let dx = 0; dx < scale; dx++) data.fill(0, at + dx * 4, at + dx * 4 + 3);
      }
    }),
  );
  return jsQR(data, n, n)?.data;
}

export const decodeSvg = (svg: string): string | undefined => decodeModules(svgModules(svg));
