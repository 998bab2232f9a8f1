// `npm run icons`: every icon the app and its installers use, drawn from two SVGs, offline.
//
//   build/icon.svg           → build/icons/NxN.png (16…1024, Linux), build/icon.ico (Windows,
//                              16…256), build/icon.icns (macOS, 16…1024), resources/tray/tray*.{png,ico}
//   build/tray-template.svg  → resources/tray/trayTemplate.png, trayTemplate@2x.png (macOS menu bar)
//
// SVGs are rendered by @resvg/resvg-js (a prebuilt binary from npm, no install script) once per
// size, so the 16 px icon is drawn for 16 px rather than shrunk from 1024. The ICO and ICNS
// containers are written here (both are a table of PNGs; see writeIco and writeIcns) because
// electron-builder's own converter downloads a toolset. Output is byte-for-byte reproducible:
// tests/packaging checks the committed files against a fresh run (`--out DIR` writes elsewhere).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: root } } });
const out = resolve(values.out);

const appSvg = readFileSync(join(root, 'build/icon.svg'), 'utf8');
const templateSvg = readFileSync(join(root, 'build/tray-template.svg'), 'utf8');

// Below 48 px the status glyphs inside the swatches would only be a blur: leave them out.
const GLYPHS_FROM = 48;
const withoutGlyphs = (svg) => svg.replace(/\s*<!-- Status glyphs[\s\S]*?<\/g>/, '');
if (withoutGlyphs(appSvg) === appSvg) throw new Error('build/icon.svg: no status glyph group');

const cache = new Map();
/** The app icon as a PNG, `size` pixels square. */
function appPng(size) {
  if (!cache.has(size)) {
    const svg = size < GLYPHS_FROM ? withoutGlyphs(appSvg) : appSvg;
    cache.set(size, render(svg, size));
  }
  return cache.get(size);
}

function render(svg, size) {
  return rasterize(svg, size).asPng();
}

function rasterize(svg, size) {
  const fitTo = { mode: 'width', value: size };
  const image = new Resvg(svg, { fitTo, font: { loadSystemFonts: false } }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(`rendered ${image.width}x${image.height}, wanted ${size}x${size}`);
  }
  return image;
}

/**
 * ICO: a 6-byte header, a 16-byte entry per image, then the images. Each image is stored as a
 * PNG, which Windows reads since Vista; width and height 0 mean 256.
 */
function writeIco(sizes) {
  const images = sizes.map((size) => appPng(size));
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // palette size
    header.writeUInt8(0, entry + 3); // reserved
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(images[i].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += images[i].length;
  });
  return Buffer.concat([header, ...images]);
}

/**
 * ICNS: 'icns' and the file's length, then (type, length, data) elements, lengths big-endian and
 * counting their own 8-byte header. The types are the ones `iconutil` writes for an .iconset:
 * PNG from 32 px up, and for 16 and 32 px at 1x the 'ARGB' form (ic04, ic05), whose four planes
 * are PackBits-compressed; literal runs only, which is valid PackBits.
 */
const ICNS_TYPES = [
  ['ic04', 16, 'argb'],
  ['ic05', 32, 'argb'],
  ['ic07', 128, 'png'],
  ['ic08', 256, 'png'],
  ['ic09', 512, 'png'],
  ['ic10', 1024, 'png'], // 512@2x
  ['ic11', 32, 'png'], // 16@2x
  ['ic12', 64, 'png'], // 32@2x
  ['ic13', 256, 'png'], // 128@2x
  ['ic14', 512, 'png'], // 256@2x
];

function writeIcns() {
  const elements = ICNS_TYPES.map(([type, size, form]) => {
    const data = form === 'png' ? appPng(size) : argb(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((sum, e) => sum + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

function argb(size) {
  const svg = size < GLYPHS_FROM ? withoutGlyphs(appSvg) : appSvg;
  const pixels = rasterize(svg, size).pixels; // RGBA, not premultiplied
  const planes = [3, 0, 1, 2].map((channel) => {
    const plane = Buffer.alloc(size * size);
    for (let i = 0; i < plane.length; i++) plane[i] = pixels[i * 4 + channel];
    return packBitsLiteral(plane);
  });
  return Buffer.concat([Buffer.from('ARGB', 'latin1'), ...planes]);
}

function packBitsLiteral(bytes) {
  const chunks = [];
  for (let i = 0; i < bytes.length; i += 128) {
    const run = bytes.subarray(i, i + 128);
    chunks.push(Buffer.from([run.length - 1]), run);
  }
  return Buffer.concat(chunks);
}

const files = new Map();
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
  files.set(`build/icons/${size}x${size}.png`, appPng(size));
}
files.set('build/icon.ico', writeIco([16, 24, 32, 48, 64, 128, 256]));
files.set('build/icon.icns', writeIcns());
// Tray: a template image for macOS's menu bar (black and alpha; the system tints it for light,
// dark and highlighted bars), the colour icon for Linux, an ICO for Windows' notification area.
files.set('resources/tray/trayTemplate.png', render(templateSvg, 16));
files.set('resources/tray/trayTemplate@2x.png', render(templateSvg, 32));
files.set('resources/tray/tray.png', appPng(16));
files.set('resources/tray/tray@2x.png', appPng(32));
files.set('resources/tray/tray.ico', writeIco([16, 24, 32, 48]));

for (const [path, bytes] of files) {
  const target = join(out, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
}
process.stdout.write(`icons: wrote ${files.size} files under ${out}\n`);
