/** The QR codes decode to the address they stand for, and the SVG draws exactly the symbol. */
import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from '../../../../src/lib/links/qr.ts';
import { decodeSvg, svgModules } from '../../../support/qr-decode.ts';

describe('qr', () => {
  for (const url of ['https://dangjian.example.org/articles/nongcun-jiceng-dangjian/', 'https://example.edu.cn/dangjian/themes/lianxi-fuwu-qunzhong/']) {
    it(`draws a code that scans as ${url}`, () => {
      expect(decodeSvg(qrSvg(url))).toBe(url);
    });
  }

  it('draws every module of the symbol and nothing else, inside a 4-module quiet zone', () => {
    const url = 'https://dangjian.example.org/cases/yangjiang/';
    const modules = qrModules(url);
    const drawn = svgModules(qrSvg(url));
    expect(drawn.length).toBe(modules.length + 8);
    expect(drawn.slice(4, -4).map((row) => row.slice(4, -4))).toEqual(modules);
    expect(drawn.slice(0, 4).flat().concat(drawn.slice(-4).flat()).some(Boolean)).toBe(false);
  });

  it('is black on white whatever the page’s colours', () => {
    expect(qrSvg('https://x.org/')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*><rect [^>]*fill="#fff"\/><path fill="#000" d="M/);
  });
});
