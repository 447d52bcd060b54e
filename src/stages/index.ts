import { StageRegistry } from '../pipeline/registry.js';
import { ingestStage } from './ingest/index.js';
import { jsonldStage } from './jsonld/index.js';
import { linkStage } from './link/index.js';
import { nerStage } from './ner/index.js';
import { normalizeStage } from './normalize/index.js';
import { relationsStage } from './relations/index.js';
import { tokenizeStage } from './tokenize/index.js';
import { enStages } from './en/index.js';

/** The German stages shipped with faktum. */
export const germanStages = [ingestStage, tokenizeStage, normalizeStage, nerStage, linkStage, relationsStage, jsonldStage];

/** A registry with every stage shipped with faktum (German, and the English stages of `en-news`). */
export function defaultRegistry(): StageRegistry {
  const registry = new StageRegistry();
  for (const stage of [...germanStages, ...enStages]) registry.register(stage);
  return registry;
}
