import type { Stage } from '../../pipeline/stage.js';
import { findBlocks, findDateline } from './blocks.js';
import { readMetadataPrefix } from './metadata-prefix.js';

/**
 * Ingest of plain text (`ingest.text.v1`): reads the metadata prefix (` date 2025-07 `), the headline, captions,
 * headings and the dateline, as metadata and block spans. `doc.text` is never rewritten: the prefix becomes a
 * skipped span.
 */
export const ingestStage: Stage = {
  id: 'ingest.text.v1',
  requires: ['text'],
  provides: ['meta'],
  create: () => (doc) => {
    const prefix = readMetadataPrefix(doc.text);
    const from = prefix?.length ?? 0;
    if (prefix) {
      doc.skip.push({ start: 0, end: prefix.length });
      doc.meta.datePublished ??= prefix.datePublished;
    }
    doc.blocks = findBlocks(doc.text, from);
    const headline = doc.blocks.find((b) => b.block === 'headline');
    if (headline && !doc.meta.headline) doc.meta.headline = doc.text.slice(headline.start, headline.end);
    for (const block of doc.blocks) {
      if (block.block !== 'body') continue;
      const dateline = findDateline(doc.text, block);
      if (dateline) doc.meta.dateline = dateline.place;
      break;
    }
    doc.layers.add('meta');
  },
};
