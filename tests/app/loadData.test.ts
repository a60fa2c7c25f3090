/** The data file at the app's edge: each way it can be bad gives a reason naming the file, never a throw. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_URL, loadMetrics } from '../../src/app/loadData';

const ROOT = join(__dirname, '..', '..');
const answer =
  (body: string, init: ResponseInit = {}): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));

describe('loading the data file', () => {
  it('reads the file the extract step wrote', async () => {
    const state = await loadMetrics(answer(readFileSync(join(ROOT, 'data', 'metrics.json'), 'utf8')));
    expect(state.status).toBe('ready');
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
