// Readers for the files packaging produces, written from the formats' specifications so the
// tests do not take the writers' word for it: PNG (decoded to RGBA pixels), ICO, ICNS and asar.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, row after row, not premultiplied. */
  pixels: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(PNG_SIGNATURE);
}

/** Decodes an 8-bit RGBA, non-interlaced PNG (what resvg writes); throws on anything else. */
export function decodePng(bytes: Buffer): Png {
  if (!isPng(bytes)) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = data.subarray(8, 13);
      if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) {
        throw new Error(`PNG is not 8-bit RGBA non-interlaced (${bitDepth}/${colourType})`);
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? pixels[(y - 1) * stride + x - 4]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!];
      if (predictor === undefined) throw new Error(`PNG: unknown filter ${filter}`);
      pixels[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export interface IcoEntry {
  /** From the directory entry (0 there means 256). */
  width: number;
  height: number;
  bitsPerPixel: number;
  image: Buffer;
}

export function readIco(bytes: Buffer): IcoEntry[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    if (offset + size > bytes.length) throw new Error(`ICO entry ${i} runs past the end`);
    return {
      width: bytes[entry] || 256,
      height: bytes[entry + 1] || 256,
      bitsPerPixel: bytes.readUInt16LE(entry + 6),
      image: bytes.subarray(offset, offset + size),
    };
  });
}

export interface IcnsElement {
  type: string;
  data: Buffer;
}

export function readIcns(bytes: Buffer): IcnsElement[] {
  if (bytes.toString('latin1', 0, 4) !== 'icns') throw new Error('not an ICNS: bad magic');
  if (bytes.readUInt32BE(4) !== bytes.length) throw new Error('ICNS length does not match file');
  const elements: IcnsElement[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset + 4);
    if (length < 8 || offset + length > bytes.length) throw new Error('ICNS element overruns');
    elements.push({
      type: bytes.toString('latin1', offset, offset + 4),
      data: bytes.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return elements;
}

/** An ICNS 'ARGB' element (ic04, ic05): four PackBits planes. Returns the pixel count. */
export function argbPixelCount(data: Buffer): number {
  if (data.toString('latin1', 0, 4) !== 'ARGB') throw new Error('not an ARGB element');
  let bytes = 0;
  for (let i = 4; i < data.length;) {
    const n = data[i]!;
    if (n < 128) {
      bytes += n + 1;
      i += n + 2;
    } else {
      bytes += n - 125;
      i += 2;
    }
  }
  if (bytes % 4 !== 0) throw new Error('ARGB planes of unequal size');
  return bytes / 4;
}

export interface AsarEntry {
  size: number;
  offset: string;
  unpacked?: boolean;
  integrity?: { algorithm: string; hash: string };
}

export interface Asar {
  /** The header's JSON text: what ElectronAsarIntegrity's hash is taken over. */
  headerText: string;
  /** Every file, by path inside the archive with forward slashes. */
  files: Map<string, AsarEntry>;
  read(path: string): Buffer;
}

interface AsarNode {
  files?: Record<string, AsarNode>;
}

/** asar: a Chromium pickle holding the header size, a pickle holding the JSON header, the files. */
export function readAsar(file: string): Asar {
  const bytes = readFileSync(file);
  const headerPickleSize = bytes.readUInt32LE(4);
  const headerLength = bytes.readUInt32LE(12);
  const headerText = bytes.toString('utf8', 16, 16 + headerLength);
  const base = 8 + headerPickleSize;
  const files = new Map<string, AsarEntry>();
  const walk = (node: AsarNode, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else files.set(path, child as AsarEntry);
    }
  };
  walk(JSON.parse(headerText) as AsarNode, '');
  return {
    headerText,
    files,
    read(path) {
      const entry = files.get(path);
      if (!entry || entry.unpacked) throw new Error(`${path}: not packed in the asar`);
      const start = base + Number(entry.offset);
      return bytes.subarray(start, start + entry.size);
    },
  };
}
