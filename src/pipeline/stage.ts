import type { Doc } from '../document/doc.js';
import type { Layer } from '../document/types.js';

/** What a stage's function does to one document. */
export type StageFn = (doc: Doc) => void | Promise<void>;

/** A pipeline stage (spaCy-style): a versioned id, what it requires and provides, and a factory. */
export interface Stage<Options = Record<string, unknown>> {
  /** Versioned id, e.g. `tokenize.de.v1`. */
  id: string;
  requires: readonly Layer[];
  provides: readonly Layer[];
  /** Option keys the stage accepts; any other key is refused when the pipeline is loaded. */
  options?: readonly string[];
  create(options: Options, context: StageContext): StageFn | Promise<StageFn>;
}

/** Resources shared by the stages of one pipeline. */
export interface StageContext {
  /** Directory the project's data files (models, pipelines) are resolved from. */
  root: string;
  /** Extra KB files given by the user (`--kb`). */
  kbFiles: string[];
  /** faktum's version, for provenance. */
  version?: string;
  /** Name of the pipeline being built and its stage ids, for provenance. */
  pipeline?: string;
  stages?: string[];
  /** Name and version of the learned model, when a stage uses one (set by that stage's factory). */
  model?: string;
}
