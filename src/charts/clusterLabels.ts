/**
 * Where each cluster's name goes on the map, so that no name sits on another name or on another cluster's point.
 * Greedy, in the map's own pixels: the largest point is named first; each name tries the right of its point, then
 * the left, below and above, and a name that fits nowhere is left to the tooltip. Pure: the map's size in pixels
 * comes from the caller (the page measures its canvas; an export knows its frame).
 */
import type { ClusterPoint } from '../core/mapData';
import type { Lang } from '../i18n/messages';

/** Shanghai's bounding box (the district shapes) and ECharts' default geo `aspectScale`. */
const BOX = { west: 120.857, east: 122.247, south: 30.676, north: 31.873 };
const ASPECT = 0.75;
/**
 * How the map option lays the map out (geo `layoutCenter`, as shares of the canvas, and `layoutSize`, the share of
 * the canvas's smaller side the drawing fills): the names are placed for this layout.
 */
export const MAP_LAYOUT = { center: { x: 0.5, y: 0.47 }, share: 0.9 } as const;

export type LabelPosition = 'right' | 'left' | 'bottom' | 'top';
const POSITIONS: LabelPosition[] = ['right', 'left', 'bottom', 'top'];

/** A cluster's name: on which side of its point, and how far it is moved from there (then a line leads back). */
export interface LabelPlace {
  position: LabelPosition;
  dx: number;
  dy: number;
}

/**
 * Where a name may go, nearest first: beside its point, then moved out along a leader line (the riverside's
 * clusters sit within a kilometre of each other and of 徐汇's name).
 */
const MOVES: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [0, -16],
  [0, 16],
  [24, -24],
  [24, 24],
  [-24, -24],
  [-24, 24],
  [40, 0],
  [-40, 0],
  [0, -32],
  [0, 32],
];

/** Cluster names are drawn at this size (px); a Han character is about as wide, a Latin letter a little over half. */
const FONT = 10;
const GAP = 4;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How many points along a leader line are checked against the names already placed. */
const LINE_SAMPLES = 24;

/** Whether the straight line from `a` to `b` passes through box `t` (sampled: names are wider than a step). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, t: Box): boolean {
  for (let k = 1; k < LINE_SAMPLES; k++) {
    const x = a.x + ((b.x - a.x) * k) / LINE_SAMPLES;
    const y = a.y + ((b.y - a.y) * k) / LINE_SAMPLES;
    if (x > t.x0 && x < t.x1 && y > t.y0 && y < t.y1) return true;
  }
  return false;
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? FONT : FONT * 0.6;
  return w;
}

/** A name already on the map (a district's), centred at a place and moved by `offset` pixels. */
export interface FixedLabel {
  lng: number;
  lat: number;
  text: string;
  offset?: readonly [number, number];
}

/**
 * `size`: the map's canvas in CSS pixels; `radius`: a cluster's point diameter; names in `lang`; `fixed`: names
 * already drawn (the districts') that a cluster's name must not cover either.
 * Returns the position of each named cluster, by place id; clusters not in it are named on hover only.
 */
export function placeClusterLabels(
  clusters: ReadonlyArray<ClusterPoint>,
  size: { width: number; height: number },
  radius: (c: ClusterPoint) => number,
  lang: Lang,
  fixed: ReadonlyArray<FixedLabel> = [],
): Map<string, LabelPlace> {
  const mapPx = MAP_LAYOUT.share * Math.min(size.width, size.height);
  const perLat = mapPx / Math.max((BOX.east - BOX.west) * ASPECT, BOX.north - BOX.south);
  const perLng = perLat * ASPECT;
  const midLng = (BOX.west + BOX.east) / 2;
  const midLat = (BOX.south + BOX.north) / 2;
  const project = (lng: number, lat: number) => ({
    x: size.width * MAP_LAYOUT.center.x + (lng - midLng) * perLng,
    y: size.height * MAP_LAYOUT.center.y - (lat - midLat) * perLat,
  });
  const at = (c: ClusterPoint) => project(c.place.lng, c.place.lat);
  const points = clusters.map((c) => {
    const p = at(c);
    const r = radius(c) / 2;
    return { c, p, r, box: { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r } };
  });
  const taken: Box[] = fixed.map((f) => {
    const p = project(f.lng, f.lat);
    const x = p.x + (f.offset?.[0] ?? 0);
    const y = p.y + (f.offset?.[1] ?? 0);
    const w = textWidth(f.text) / 2;
    return { x0: x - w, y0: y - 7, x1: x + w, y1: y + 7 };
  });
  const districtNames = [...taken];
  const out = new Map<string, LabelPlace>();
  const order = [...points].sort((a, b) => b.r - a.r || b.c.facts.length - a.c.facts.length || a.c.place.id.localeCompare(b.c.place.id));
  for (const { c, p, r } of order) {
    const w = textWidth(lang === 'zh' ? c.place.zh : c.place.en);
    const h = FONT + 4;
    const boxes: Record<LabelPosition, Box> = {
      right: { x0: p.x + r + GAP, y0: p.y - h / 2, x1: p.x + r + GAP + w, y1: p.y + h / 2 },
      left: { x0: p.x - r - GAP - w, y0: p.y - h / 2, x1: p.x - r - GAP, y1: p.y + h / 2 },
      bottom: { x0: p.x - w / 2, y0: p.y + r + GAP, x1: p.x + w / 2, y1: p.y + r + GAP + h },
      top: { x0: p.x - w / 2, y0: p.y - r - GAP - h, x1: p.x + w / 2, y1: p.y - r - GAP },
    };
    const shift = (b: Box, [dx, dy]: readonly [number, number]): Box => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });
    const free = (b: Box) =>
      b.x0 >= 0 &&
      b.y0 >= 0 &&
      b.x1 <= size.width &&
      b.y1 <= size.height &&
      !taken.some((t) => overlaps(t, b)) &&
      !points.some((q) => q.c !== c && overlaps(q.box, b));
    // A name moved off its point has a line leading back to it: that line must not cross a district's name either.
    const lineClear = (b: Box, [dx, dy]: readonly [number, number]): boolean =>
      (dx === 0 && dy === 0) || !districtNames.some((t) => crosses(p, { x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 }, t));
    let found: { place: LabelPlace; box: Box } | undefined;
    for (const move of MOVES) {
      const pos = POSITIONS.find((p) => free(shift(boxes[p], move)) && lineClear(shift(boxes[p], move), move));
      if (pos) {
        found = { place: { position: pos, dx: move[0], dy: move[1] }, box: shift(boxes[pos], move) };
        break;
      }
    }
    if (found) {
      out.set(c.place.id, found.place);
      taken.push(found.box);
    }
  }
  return out;
}
