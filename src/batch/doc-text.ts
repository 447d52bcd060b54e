import { InputError, decodeBytes } from './decode.js';
import type { DocItem, DocOutcome } from './doc-task.js';
import type { RecordMeta } from './record-types.js';

/** A document's text and metadata: decoded (and taken out of its HTML page) where it is processed: in a worker (run-docs.ts), or by readRecords without `raw`. */
export async function docText(item: Pick<DocItem, 'text' | 'bytes' | 'format' | 'meta'>): Promise<{ text: string; meta: RecordMeta } | Extract<DocOutcome, { kind: 'failed' }>> {
  if (item.text !== undefined) return { text: item.text, meta: item.meta };
  try {
    const { text } = decodeBytes(item.bytes ?? new Uint8Array());
    if (item.format !== 'html') return { text, meta: item.meta };
    // Loaded on first use: the HTML libraries take a noticeable part of start-up, and most runs have no HTML.
    const { extractHtml } = await import('./html.js');
    const { text: body, ...page } = extractHtml(text);
    return { text: body, meta: { ...item.meta, ...page } };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'failed', reason: error.message, ruleId: error.ruleId, place: error.place };
    throw error;
  }
}
