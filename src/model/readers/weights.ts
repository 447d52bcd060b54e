import { mulberry32, shuffle } from '../hash.js';
import type { TrainingSentence } from './types.js';

/**
 * Parses domain weights `germeval=2,ler=0.5` into a map. A weight says how often a set's sentences are seen per
 * epoch: the whole part as copies, the fraction as a seeded sample (0.5: half of the sentences, once).
 */
export function parseSetWeights(value: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([a-z]+)=(\d+(?:\.\d+)?)$/.exec(item);
    if (!m) throw new Error(`bad weight "${item}" (expected name=number)`);
    out.set(m[1], Number(m[2]));
  }
  return out;
}

/** The sentences of a set repeated and sampled by its weight (seeded, so the same command gives the same model). */
export function weighSentences(sentences: readonly TrainingSentence[], weight: number, seed: number): TrainingSentence[] {
  const copies = Math.floor(weight);
  const out: TrainingSentence[] = [];
  for (let k = 0; k < copies; k++) for (const s of sentences) out.push(s);
  const rest = Math.round((weight - copies) * sentences.length);
  if (rest > 0) {
    const idx = shuffle(sentences.map((_, i) => i), mulberry32(seed ^ 0x77e1)).slice(0, rest).sort((a, b) => a - b);
    for (const i of idx) out.push(sentences[i]);
  }
  return out;
}
