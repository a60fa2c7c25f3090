/**
 * The extract step as compiled JavaScript: src/extract/cli.ts and everything it imports (its own modules,
 * the schema, yaml, zod, opencc-js) bundled by rolldown into one ES module, dist-extract/extract.mjs,
 * which plain `node` runs with no TypeScript loader at run time.
 *
 * Beside it, extract.inputs.json records the size and modification time of every file that went into
 * it (and of this script, tsconfig.json and package-lock.json); the bundle is stale when any of them
 * differs or is gone. Checking costs a stat call per file (about 120); rebuilding, a fraction of a second.
 *
 *   node scripts/extract-bundle.mjs            build when stale
 *   node scripts/extract-bundle.mjs --force    build anyway
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(ROOT, 'dist-extract', 'extract.mjs');
const STAMP = join(ROOT, 'dist-extract', 'extract.inputs.json');
const ENTRY = join(ROOT, 'src', 'extract', 'cli.ts');
/** What shapes the bundle without being in it: how it is built, and which bundler and libraries. */
const TOOLS = [fileURLToPath(import.meta.url), join(ROOT, 'tsconfig.json'), join(ROOT, 'package-lock.json')];

/** A file's size and modification time, or null when it cannot be looked at. */
function signature(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Whether dist-extract/extract.mjs exists and was built from the files as they are now. */
export function isFresh() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (typeof stamp !== 'object' || stamp === null || signature(BUNDLE) !== stamp.bundle) return false;
  const inputs = Object.entries(stamp.inputs ?? {});
  return inputs.length > 0 && inputs.every(([path, sig]) => signature(resolve(ROOT, path)) === sig);
}

/** Writes a file beside its target, then renames it over: a reader never sees half a file. */
function writeAtomic(path, text) {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Bundles the CLI into dist-extract/extract.mjs and records its inputs. Returns what it did, for a log line. */
export async function build() {
  const t0 = performance.now();
  // A file saved while rolldown reads may be bundled as it was: such files are not recorded, so the
  // next run rebuilds. (File times come from a coarser clock than Date.now(): a margin of 50 ms.)
  const startedAt = Date.now() - 50;
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    input: ENTRY,
    cwd: ROOT,
    platform: 'node',
    logLevel: 'warn',
    transform: { target: 'node20.19' },
  });
  let output;
  try {
    ({ output } = await bundle.generate({ format: 'esm', codeSplitting: false }));
  } finally {
    await bundle.close();
  }
  const chunks = output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || output.length !== 1)
    throw new Error(`expected one file, rolldown gave ${output.map((o) => o.fileName).join(', ')}`);
  const [chunk] = chunks;
  // Modules read from disk (not rolldown's own runtime helpers, whose ids start with \0).
  const files = [...chunk.moduleIds.filter((id) => isAbsolute(id)), ...TOOLS];
  mkdirSync(dirname(BUNDLE), { recursive: true });
  writeAtomic(BUNDLE, chunk.code);
  const inputs = {};
  for (const file of files) {
    const sig = signature(file);
    if (sig !== null) inputs[relative(ROOT, file)] = Number(sig.split(':')[1]) < startedAt ? sig : 'changed during the build';
  }
  writeAtomic(STAMP, `${JSON.stringify({ bundle: signature(BUNDLE), inputs }, null, 2)}\n`);
  return { modules: chunk.moduleIds.length, bytes: Buffer.byteLength(chunk.code), ms: performance.now() - t0 };
}

/** A build error for a person: rolldown's message names file:line:column; its colours only on a terminal. */
export function describeError(e) {
  const message = e instanceof Error ? e.message : String(e);
  // eslint-disable-next-line no-control-regex -- the escape sequences are what is removed
  return process.stderr.isTTY ? message : message.replace(/\u001b\[[0-9;]*m/g, '');
}

/** Rebuilds when stale; says so on stderr (stdout stays free for whatever runs after). */
export async function ensureBundle({ force = false } = {}) {
  if (!force && isFresh()) return false;
  const r = await build();
  process.stderr.write(
    `extract: bundled ${relative(ROOT, ENTRY)} (${r.modules} modules) into ${relative(ROOT, BUNDLE)} ` +
      `(${Math.round(r.bytes / 1024)} KB) in ${Math.round(r.ms)} ms\n`,
  );
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  try {
    if (!(await ensureBundle({ force }))) process.stderr.write(`extract: ${relative(ROOT, BUNDLE)} is up to date\n`);
  } catch (e) {
    process.stderr.write(`error: cannot bundle the extract step: ${describeError(e)}\n`);
    process.exitCode = 1;
  }
}
