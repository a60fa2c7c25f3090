/**
 * The worker that reads the reader's articles (extractLocal.ts) off the page's main thread: a long article
 * takes the extractor a while, and the page stays responsive meanwhile. One request at a time, in order.
 */
import { extractLocal, type LocalExtract } from './extractLocal';
import type { LocalAsk, LocalAnswer } from './readOffThread';

const scope = self as unknown as { onmessage: ((e: MessageEvent<LocalAsk>) => void) | null; postMessage(m: LocalAnswer): void };

scope.onmessage = ({ data }) => {
  let result: LocalExtract;
  try {
    result = extractLocal(data.articles, data.manifest);
  } catch (e) {
    result = {
      ok: false,
      errors: [{ file: data.articles[0]?.id ?? 'local', line: null, message: `the extractor failed: ${(e as Error).message}` }],
    };
  }
  scope.postMessage({ id: data.id, result });
};
