/** The data file at the app's edge: each way it can be bad gives a reason naming the file, never a throw. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetails, loadMetrics } from '../../src/app/loadData';
import { CORE_URL as DATA_URL, DETAILS_URL, splitData } from '../../src/core/splitData';
import type { MetricsFile } from '../../src/schema/metricsFile';

const ROOT = join(__dirname, '..', '..');
const answer =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));

const whole = (): MetricsFile => JSON.parse(readFileSync(join(ROOT, 'data', 'metrics.json'), 'utf8')) as MetricsFile;
/** Answers each URL with its own body: the core file, then the details. */
const byUrl =
  (bodies: Record<string, string>): typeof fetch =>
  (url) => {
    const key = url as string;
    return Promise.resolve(new Response(bodies[key] ?? 'Not Found', { status: key in bodies ? 200 : 404 }));
  };

describe('loading the data file', () => {
  it('reads the file the extract step wrote', async () => {
    const state = await loadMetrics(answer(readFileSync(join(ROOT, 'data', 'metrics.json'), 'utf8')));
    expect(state.status).toBe('ready');
  });

  it('the core file and the details join into the complete file, checked whole', async () => {
    const file = whole();
    const parts = splitData(file)!;
    const core = parts.core as MetricsFile;
    // The core holds exactly the facts the series cite, and no unread tokens.
    const cited = new Set(file.series.flatMap((x) => x.points.map((p) => p.fact)));
    expect(core.facts.map((f) => f.id).sort()).toEqual([...cited].sort());
    expect(core.facts.length).toBeLessThan(file.facts.length);
    expect(core.unread).toEqual([]);
    const fetchImpl = byUrl({ [DATA_URL]: JSON.stringify(parts.core), [DETAILS_URL]: JSON.stringify(parts.details) });
    const state = await loadMetrics(fetchImpl);
    if (state.status !== 'ready' || !state.more) throw new Error('core not ready');
    expect(state.data.facts).toHaveLength(cited.size);
    const joined = await state.more();
    expect(joined).toEqual({ status: 'ready', data: file });
  });

  it('details that do not fit the core say which file and why, and the core stays usable', async () => {
    const file = whole();
    const core = splitData(file)!.core as MetricsFile;
    // Details from another build: a series cites a fact they do not hold.
    const cited = file.series[0]!.points[0]!.fact;
    const other = { schemaVersion: file.schemaVersion, facts: file.facts.filter((f) => f.id !== cited), unread: [] };
    const broken = await loadDetails(core, byUrl({ [DETAILS_URL]: JSON.stringify(other) }));
    expect(broken).toMatchObject({ status: 'error', file: DETAILS_URL, reason: expect.stringMatching(/unknown fact/) });
    expect(await loadDetails(core, byUrl({}))).toEqual({ status: 'error', file: DETAILS_URL, reason: 'the server answered 404 ' });
    expect(await loadDetails(core, byUrl({ [DETAILS_URL]: '[]' }))).toMatchObject({
      status: 'error',
      reason: 'is not a list of facts and unread tokens',
    });
    expect(await loadDetails(core, byUrl({ [DETAILS_URL]: JSON.stringify({ ...other, schemaVersion: 1 }) }))).toMatchObject({
      status: 'error',
      reason: expect.stringMatching(/schema version 1/),
    });
  });

  it("a missing data file (404) names the file and the server's answer", async () => {
    expect(await loadMetrics(answer('Not Found', { status: 404, statusText: 'Not Found' }))).toEqual({
      status: 'error',
      file: DATA_URL,
      reason: 'the server answered 404 Not Found',
    });
  });

  it('a failed request names the file', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadMetrics(offline)).toEqual({ status: 'error', file: DATA_URL, reason: 'could not be fetched: Failed to fetch' });
  });

  it.each([
    ['an HTML page served in its place', '<!doctype html><title>x</title>'],
    ['a truncated file', '{"schemaVersion": 2, "documents": ['],
    ['an empty file', ''],
  ])('invalid JSON (%s) says so', async (_name, body) => {
    expect(await loadMetrics(answer(body, { status: 200 }))).toEqual({
      status: 'error',
      file: DATA_URL,
      reason: expect.stringMatching(/^is not valid JSON: /),
    });
  });

  it.each([
    ['another schema version', '{"schemaVersion":1,"documents":[]}', /schemaVersion is 1, this app reads 2/],
    ['an array', '[]', /\(root\)/],
    ['null', 'null', /\(root\)/],
    [
      'a record of the wrong shape',
      JSON.stringify({ ...JSON.parse(readFileSync(join(ROOT, 'data', 'metrics.json'), 'utf8')), facts: [{ id: 1 }] }),
      /^facts\.0\./,
    ],
  ])('a wrong-shape file (%s) gives the path of what is wrong', async (_name, body, reason) => {
    const state = await loadMetrics(answer(body));
    expect(state).toMatchObject({ status: 'error', file: DATA_URL });
    if (state.status === 'error') expect(state.reason).toMatch(reason);
  });
});
