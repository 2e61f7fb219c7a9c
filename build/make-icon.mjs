// Draws Factdesk's application icon (build/icon.png, 1024 x 1024) without any image library: a rounded tile,
// a page of text lines with one highlighted claim, and a check mark. Run: node build/make-icon.mjs
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4; // 4 x 4 samples per pixel for smooth edges

/** Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh) and radius r. */
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a thick segment from (ax, ay) to (bx, by). */
function segment(x, y, ax, ay, bx, by, thickness) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - thickness / 2;
}

const LAYERS = [
  { color: [36, 52, 120], inside: (x, y) => roundedRect(x, y, 512, 512, 440, 440, 190) < 0 },
  { color: [250, 249, 245], inside: (x, y) => roundedRect(x, y, 470, 500, 250, 320, 40) < 0 },
  ...[300, 390, 570, 660].map((y0, i) => ({
    color: [170, 176, 190],
    inside: (x, y) => roundedRect(x, y, i % 2 ? 440 : 460, y0, i % 2 ? 160 : 180, 18, 18) < 0,
  })),
  { color: [255, 209, 82], inside: (x, y) => roundedRect(x, y, 450, 480, 190, 34, 14) < 0 },
  { color: [70, 78, 98], inside: (x, y) => roundedRect(x, y, 450, 480, 170, 16, 16) < 0 },
  { color: [31, 138, 76], inside: (x, y) => Math.hypot(x - 700, y - 720) < 170 },
  {
    color: [255, 255, 255],
    inside: (x, y) => Math.min(segment(x, y, 625, 720, 685, 785, 46), segment(x, y, 685, 785, 790, 660, 46)) < 0,
  },
];

function pixel(px, py) {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      let color = null;
      for (const layer of LAYERS) if (layer.inside(x, y)) color = layer.color;
      if (color) {
        r += color[0];
        g += color[1];
        b += color[2];
        a += 255;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  const coverage = a / 255;
  return coverage === 0 ? [0, 0, 0, 0] : [r / coverage, g / coverage, b / coverage, a / n].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) raw.set(pixel(x, y), row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`make-icon: wrote ${out} (${png.length} bytes).`);
