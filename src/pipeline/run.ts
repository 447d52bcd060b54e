import { addMessage, hasFatal, type Doc } from '../document/doc.js';
import type { Pipeline } from './load.js';

/**
 * Runs every stage over the document in order (except those skipped by id prefix). A fatal message ends the document early; an exception in a
 * stage is a bug, recorded as a fatal message so that a batch goes on.
 */
export async function runPipeline(pipeline: Pipeline, doc: Doc, options: { skip?: string[] } = {}): Promise<Doc> {
  for (let i = 0; i < pipeline.fns.length; i++) {
    if (hasFatal(doc)) break;
    // Pre-tokenized input skips stages by id prefix (`ingest`, `tokenize`).
    if (options.skip?.some((prefix) => pipeline.stageIds[i].startsWith(`${prefix}.`))) continue;
    try {
      // Most stages are synchronous: only a promise is awaited, so they cost no turn of the event loop each.
      const result = pipeline.fns[i](doc);
      if (isThenable(result)) await result;
    } catch (error) {
      addMessage(doc, {
        reason: `stage ${pipeline.stageIds[i]} failed: ${(error as Error).message}`,
        ruleId: 'stage-crash',
        source: pipeline.stageIds[i],
        fatal: true,
      });
    }
  }
  return doc;
}

/** True for a promise or any object with a `then` method (what `await` waits for). */
function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
