import type { Stage } from '../../pipeline/stage.js';
import { buildJsonLd } from './build.js';

/**
 * JSON-LD output (`jsonld.v1`): attaches the article's JSON-LD (DESIGN.md contract) to `doc.output`. The pipeline's
 * name, stage ids and model version come from the stage context.
 */
export const jsonldStage: Stage = {
  id: 'jsonld.v1',
  requires: ['relations'],
  provides: ['jsonld'],
  create: (_options, context) => (doc) => {
    doc.output = buildJsonLd(doc, { version: context.version ?? '0.0.0', pipeline: context.pipeline ?? 'unnamed', stages: context.stages ?? [], ...(context.model ? { model: context.model } : {}) });
    doc.layers.add('jsonld');
  },
};
