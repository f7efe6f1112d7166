/**
 * A source file's bytes to text. The scrapes are UTF-8, but a text saved on a Chinese
 * Windows machine is often GBK (Simplified) or Big5 (Traditional), and neither says so:
 * both decode almost any byte string without error. So each is tried and the reading whose
 * characters are the common ones of that encoding (GB2312's first level, Big5's frequent
 * characters, and their punctuation) wins; the wrong reading of Chinese bytes is a jumble
 * of which far fewer are. What is not text, or not clearly one encoding, is refused with
 * what it seems to be, never guessed.
 */
import { IngestError } from './errors.ts';

export type Encoding = 'UTF-8' | 'UTF-16' | 'GBK' | 'Big5';
export interface Decoded { text: string; encoding: Encoding }

/** Files editors have mistaken for text, by their first bytes. */
const SIGNATURES: readonly [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF 文件'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP 压缩包或 Word（.docx）等 Office 文件'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'Word（.doc）等旧版 Office 文件'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文档'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG 图片'],
  [[0xff, 0xd8, 0xff], 'JPEG 图片'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF 图片'],
  [[0x1f, 0x8b], 'gzip 压缩文件'],
  [[0x52, 0x61, 0x72, 0x21], 'RAR 压缩包'],
];

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Control bytes no text file has (tab, line ends, form feed and escape are fine). */
const isControl = (b: number) => b < 0x20 ? ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b) : b === 0x7f;

function assertText(bytes: Uint8Array): void {
  const known = SIGNATURES.find(([prefix]) => startsWith(bytes, prefix));
  if (known) throw new IngestError(`这是${known[1]}，不是文本：请把正文复制出来，另存为 .txt（UTF-8）`);
  const head = bytes.subarray(0, 65536);
  const controls = head.reduce((n, b) => n + (isControl(b) ? 1 : 0), 0);
  if (head.includes(0) || controls > head.length / 100) {
    throw new IngestError('看起来是二进制文件，不是文本：请确认选对了文件，正文应存为 .txt（UTF-8）');
  }
}

const decoder = (label: string) => new TextDecoder(label, { fatal: true });

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The characters of the given rows (lead bytes) of a double-byte encoding. */
function rows(label: string, ranges: [number, number][], trails: [number, number][]): Set<string> {
  const bytes: number[] = [];
  for (const [from, to] of ranges) for (let lead = from; lead <= to; lead++) {
    for (const [tf, tt] of trails) for (let trail = tf; trail <= tt; trail++) bytes.push(lead, trail);
  }
  return new Set([...new TextDecoder(label).decode(new Uint8Array(bytes))].filter((c) => c !== '\uFFFD'));
}

interface Legacy { encoding: Encoding; label: string; common: () => Set<string> }

const lazy = <T>(make: () => T) => { let value: T | undefined; return () => (value ??= make()); };

const LEGACY: readonly Legacy[] = [
  // GB2312 punctuation rows (A1–A3) and its 3,755 first-level characters (B0–D7).
  { encoding: 'GBK', label: 'gbk', common: lazy(() => rows('gbk', [[0xa1, 0xa3], [0xb0, 0xd7]], [[0xa1, 0xfe]])) },
  // Big5 punctuation rows (A1–A3) and its 5,401 frequent characters (A4–C6).
  { encoding: 'Big5', label: 'big5', common: lazy(() => rows('big5', [[0xa1, 0xa3], [0xa4, 0xc6]], [[0x40, 0x7e], [0xa1, 0xfe]])) },
];

/** The share of a text's non-ASCII characters that are common ones of the encoding. */
function commonShare(text: string, common: Set<string>): number {
  const wide = [...text].filter((c) => c > '\x7f');
  return wide.length === 0 ? 0 : wide.filter((c) => common.has(c)).length / wide.length;
}

/** A right reading scores near 1, a wrong one of real Chinese text well under 0.7. */
const CONFIDENT = 0.9;
const MARGIN = 0.15;

function legacy(bytes: Uint8Array): Decoded {
  const readings = LEGACY.flatMap(({ encoding, label, common }) => {
    const text = tryDecode(label, bytes);
    return text === undefined ? [] : [{ encoding, text, score: commonShare(text, common()) }];
  }).sort((a, b) => b.score - a.score);
  const [best, next] = readings;
  if (best && best.score >= CONFIDENT && (next === undefined || best.score - next.score >= MARGIN)) {
    return { text: best.text, encoding: best.encoding };
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  const bad = loose.split('\uFFFD').length - 1;
  if (bad * 20 < [...loose].filter((c) => c > '\x7f').length) {
    const line = loose.slice(0, loose.indexOf('\uFFFD')).split('\n').length;
    throw new IngestError(`看起来是 UTF-8 文本，但有 ${bad} 处字节已损坏（第一处在第 ${line} 行）：文件可能不完整，请重新保存原文`);
  }
  if (best && best.score >= 0.6) {
    throw new IngestError(`不是 UTF-8 文本，看起来像 ${best.encoding} 编码，但无法确定：请用文本编辑器另存为 UTF-8 后再试`);
  }
  throw new IngestError('无法识别文件的编码：不是 UTF-8，也不像 GBK 或 Big5；请用文本编辑器另存为 UTF-8 后再试');
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const text = tryDecode(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes);
    if (text === undefined) throw new IngestError('文件开头标明是 UTF-16 编码，但内容无法按 UTF-16 解码：请另存为 UTF-8 后再试');
    return { text, encoding: 'UTF-16' };
  }
  assertText(bytes);
  // The decoder drops a UTF-8 byte-order mark (EF BB BF) itself.
  const utf8 = tryDecode('utf-8', bytes);
  return utf8 === undefined ? legacy(bytes) : { text: utf8, encoding: 'UTF-8' };
}
