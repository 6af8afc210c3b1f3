/**
 * `node dist/scripts/icon.js`: draws icon.png (128x128): two sockets and the connection
 * between them, broken where connect() went wrong. Written as PNG bytes with zlib, so
 * nothing is downloaded or installed to make it; the PNG is committed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { CLIENT_DIR } from './paths.js';

const SIZE = 128;
type Rgba = [number, number, number, number];

const BACKGROUND: Rgba = [22, 50, 79, 255];
const SOCKET: Rgba = [236, 240, 244, 255];
const BREAK: Rgba = [240, 96, 64, 255];

/** The colour at (x, y), 0..128, before anti-aliasing. */
function shade(x: number, y: number): Rgba {
  const inside = (cx: number, cy: number, r: number) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  // A rounded square.
  const r = 24;
  const dx = Math.max(r - x, 0, x - (SIZE - r));
  const dy = Math.max(r - y, 0, y - (SIZE - r));
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  if (inside(30, 64, 17) && !inside(30, 64, 9)) return SOCKET;
  if (inside(98, 64, 17) && !inside(98, 64, 9)) return SOCKET;
  // The connection, with a slanted gap in its middle.
  const onLine = Math.abs(y - 64) <= 4;
  const gap = Math.abs(x - 64 + (y - 64) * 0.5) <= 5;
  if (onLine && x > 46 && x < 82) return gap ? BACKGROUND : SOCKET;
  if (Math.abs(x - 64 + (y - 64) * 0.5) <= 2.5 && Math.abs(y - 64) <= 16) return BREAK;
  return BACKGROUND;
}

/** 4x4 samples per pixel. */
function pixel(x: number, y: number): Rgba {
  const sum = [0, 0, 0, 0];
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) {
      const c = shade(x + (i + 0.5) / 4, y + (j + 0.5) / 4);
      for (let k = 0; k < 4; k++) sum[k]! += c[k]! * (k < 3 ? c[3] / 255 : 1);
    }
  const alpha = sum[3]! / 16;
  return [0, 1, 2]
    .map((k) => (alpha ? Math.round(sum[k]! / 16 / (alpha / 255)) : 0))
    .concat(Math.round(alpha)) as Rgba;
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows: number[] = [];
  for (let y = 0; y < SIZE; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < SIZE; x++) rows.push(...pixel(x, y));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync(join(CLIENT_DIR, 'icon.png'), iconPng());
