import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../src/extract/curated';
import { ROOT } from './helpers';

const catalogueJson = (): { metrics: Array<Record<string, unknown>> } =>
  JSON.parse(readFileSync(join(ROOT, 'data', 'curated', 'metric-catalogue.json'), 'utf8')) as { metrics: Array<Record<string, unknown>> };

describe('the catalogue file names what is wrong with it', () => {
  it('accepts the catalogue as it is', () => {
    expect(parseCatalogue(catalogueJson()).ok).toBe(true);
  });
  it('a phrase pattern that is not a regular expression', () => {
    const json = catalogueJson();
    json.metrics[0]!['phrasePatterns'] = ['人工智能(企业'];
    const r = parseCatalogue(json);
    expect(r.ok ? '' : r.reason).toMatch(/^metrics\.0\.phrasePatterns\.0: not a valid regular expression/);
  });
});
