/**
 * npm run extract [-- --seeds DIR --out DIR]
 * Rebuilds dist-extract/extract.mjs when the sources changed (scripts/extract-bundle.mjs), then runs it in
 * this process: the compiled CLI reads process.argv and sets the exit code itself.
 */
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { BUNDLE, describeError, ensureBundle } from './extract-bundle.mjs';

try {
  await ensureBundle();
} catch (e) {
  process.stderr.write(`error: cannot bundle the extract step: ${describeError(e)}\nextract: nothing written\n`);
  process.exit(1);
}
await import(pathToFileURL(BUNDLE).href);
