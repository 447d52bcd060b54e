import type { Stage } from '../../pipeline/stage.js';
import { nerEnCompromiseStage } from './ner.js';
import { tokenizeEnStage } from './tokenize.js';

export { nerEnCompromiseStage } from './ner.js';
export { tokenizeEnStage } from './tokenize.js';

/** The English stages, for the registry: wink-nlp tokens and sentences, compromise names. */
export const enStages: Stage[] = [tokenizeEnStage, nerEnCompromiseStage];
