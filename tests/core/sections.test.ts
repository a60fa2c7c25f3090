/** Every metric the catalogue knows has a themed section; a derived metric goes with the one it is derived from. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionOf } from '../../src/core/sections';

const catalogue = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'curated', 'metric-catalogue.json'), 'utf8')) as {
  metrics: Array<{ id: string }>;
};

describe('sectionOf', () => {
  it('places every catalogue metric in a themed section, none under "other"', () => {
    const other = catalogue.metrics.map((m) => m.id).filter((id) => sectionOf(id) === 'other');
    expect(other).toEqual([]);
  });

  it('a share or growth rate goes with its base metric; the conference with the conference', () => {
    expect(sectionOf('ai_talent__share_of_country')).toBe('talent');
    expect(sectionOf('ai_industry_scale__growth_yoy')).toBe('industry');
    expect(sectionOf('waic_onsite_visits_total')).toBe('waic');
    expect(sectionOf('filed_models')).toBe('models');
    expect(sectionOf('a_metric_added_later')).toBe('other');
  });
});
