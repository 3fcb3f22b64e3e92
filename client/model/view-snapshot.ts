import type { Point } from './layout-plan.ts';
import { seedOf } from './seeded-random.ts';

/**
 * Where the sender's nodes were and what the camera showed, for a shared link: the graph the
 * state rebuilds is the same, but the layout of a map grown action by action is not the layout
 * of the same map drawn at once, and dragged nodes are nobody's layout. Positions travel as
 * whole pixels, zigzag varints in base64url, in the order of the sorted ids, with a checksum of
 * those ids: a link whose graph has changed since keeps its state and gets a fresh layout.
 */
export interface CameraView {
  zoom: number;
  pan: Point;
}

/** Past this many nodes positions stay out of the link (it would pass 10 kB). */
export const MAX_SHARED_NODES = 2_000;

export function encodeCamera(camera: CameraView): string {
  return `${Number(camera.zoom.toFixed(4))},${Math.round(camera.pan.x)},${Math.round(camera.pan.y)}`;
}

export function decodeCamera(text: string | null): CameraView | null {
  const parts = (text ?? '').split(',').map(Number);
  const [zoom, x, y] = parts;
  if (parts.length !== 3 || zoom === undefined || x === undefined || y === undefined) {
    return null;
  }
  if (!Number.isFinite(zoom) || zoom <= 0 || !Number.isFinite(x) || !Number.isFinite(y)) {
    return null;
  }
  return { zoom, pan: { x, y } };
}

export function encodePositions(positions: ReadonlyMap<string, Point>): string | null {
  if (positions.size === 0 || positions.size > MAX_SHARED_NODES) {
    return null;
  }
  const ids = [...positions.keys()].sort();
  const bytes: number[] = [];
  for (const id of ids) {
    const point = positions.get(id) as Point;
    pushVarint(bytes, zigzag(Math.round(point.x)));
    pushVarint(bytes, zigzag(Math.round(point.y)));
  }
  return `${checksum(ids)}.${toBase64Url(bytes)}`;
}

/** The positions for `ids` (the nodes drawn now), or null when they are not the link's nodes. */
export function decodePositions(text: string | null, ids: Iterable<string>): Map<string, Point> | null {
  const dot = (text ?? '').indexOf('.');
  if (!text || dot < 0) {
    return null;
  }
  const sorted = [...ids].sort();
  if (text.slice(0, dot) !== checksum(sorted)) {
    return null;
  }
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes) {
    return null;
  }
  const values: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at] ?? 0;
      at += 1;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80 && at < bytes.length && shift < 49);
    values.push(unzigzag(value));
  }
  if (values.length !== sorted.length * 2) {
    return null;
  }
  return new Map(
    sorted.map((id, index) => [id, { x: values[index * 2] ?? 0, y: values[index * 2 + 1] ?? 0 }]),
  );
}

function checksum(sortedIds: readonly string[]): string {
  return seedOf(sortedIds.join('\n')).toString(36);
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

function unzigzag(n: number): number {
  return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
}

function pushVarint(bytes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

function toBase64Url(bytes: readonly number[]): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): number[] | null {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}
