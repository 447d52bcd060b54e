import { fnv1a } from './hash.js';
import type { Lexicons } from './lexicons.js';
import type { ClusterMap } from './clusters.js';
import type { WordStats } from './word-stats.js';
import { gazetteerFlags, shapeOf } from './word-shape.js';

export { gazetteerFlags, shapeOf } from './word-shape.js';

/** What the features look up besides the lexicons: learned word clusters and capitalisation statistics. */
export interface FeatureResources {
  clusters: ClusterMap;
  stats: WordStats;
}

/**
 * Feature templates. Every feature belongs to one word and one *group*: the word's own features (offset 0),
 * its features as the left or right neighbour (offsets -1/+1, -2/+2) of the word being tagged, and extra
 * features that fire only when the word opens the sentence. Because no feature joins two words, the tagger can
 * cache, per distinct word, one score vector per group and build each token's emission scores from at most six
 * cached vectors.
 */
export const GROUPS = ['0', 'L1', 'R1', 'L2', 'R2', 'F'] as const;
export const NUM_GROUPS = GROUPS.length;
export const G_SELF = 0;
export const G_LEFT1 = 1;
export const G_RIGHT1 = 2;
export const G_LEFT2 = 3;
export const G_RIGHT2 = 4;
export const G_FIRST = 5;

/** The pseudo-words outside a sentence. */
export const BOUNDARY_START = '<S>';
export const BOUNDARY_END = '</S>';

/**
 * Feature strings of one word, per group (each already prefixed with its group). The definition of the
 * features: training hashes these strings; the tagger computes the same hashes without the strings
 * (`feature-keys.ts`).
 */
export function wordFeatureStrings(word: string, lex: Lexicons, res: FeatureResources): string[][] {
  const clusters = res.clusters;
  const groups: string[][] = GROUPS.map(() => []);
  if (word === BOUNDARY_START || word === BOUNDARY_END) {
    for (let g = 1; g < 5; g++) groups[g].push(`${GROUPS[g]}|${word}`);
    return groups;
  }
  const lower = word.toLowerCase();
  const shape = shapeOf(word);
  const cap = /^\p{Lu}/u.test(word);
  const gaz = gazetteerFlags(word, lex);
  const cl = clusters.lookup(word);
  const st = res.stats.lookup(word);
  const capr = st < 0 ? 'u' : String(st % 5);
  const self = groups[G_SELF];
  self.push('b', `w=${word}`, `l=${lower}`, `sh=${shape}`, `g=${gaz}`, `gc=${gaz}${cap ? 'C' : 'l'}`);
  self.push(`len=${Math.min(word.length, 12)}`, `cr=${st}`, `crg=${capr}${gaz}`);
  if (cap && word.length > 3 && word.endsWith('s')) self.push(`ls=${lower.slice(0, -1)}`);
  const letters = [...lower];
  for (let k = 1; k <= 4 && k < letters.length; k++) self.push(`p${k}=${letters.slice(0, k).join('')}`);
  for (let k = 1; k <= 5 && k < letters.length; k++) self.push(`s${k}=${letters.slice(-k).join('')}`);
  // KB gazetteer flags (`org-first`, `adj-loc`, ...), alone, with capitalisation, with the lexicon flags and the
  // capitalisation ratio, and as one combined set
  const kbf = lex.kb.flags(word);
  if (kbf.length) {
    for (const f of kbf) self.push(`kb=${f}`, `kbc=${f}${cap ? 'C' : 'l'}`);
    for (const f of kbf) self.push(`kbg=${f}${gaz}`, `kbr=${f}${capr}`);
    self.push(`kbs=${kbf.join(',')}`);
  }
  if (cl) self.push(`c=${cl.fine}`, `cc=${cl.coarse}`, `cg=${cl.coarse}${gaz}`);
  else self.push('c=none');
  const dash = word.indexOf('-');
  if (dash > 0 && dash < word.length - 1) {
    const parts = word.split('-').filter((p) => p !== '');
    const first = parts[0];
    const last = parts[parts.length - 1];
    self.push(`h0=${first.toLowerCase()}`, `hL=${last.toLowerCase()}`, `hn=${Math.min(parts.length, 4)}`);
    self.push(`h0sh=${shapeOf(first)}`, `h0g=${gazetteerFlags(first, lex)}`, `hLg=${gazetteerFlags(last, lex)}`);
    const fc = clusters.lookup(first);
    if (fc) self.push(`h0c=${fc.fine}`);
    const lc = clusters.lookup(last);
    if (lc) self.push(`hLc=${lc.coarse}`);
    // compound parts known to the KB: `Nvidia` in `Nvidia-Chef`, `US` in `US-Regierung`
    const t0 = lex.kb.partType(first);
    if (t0) self.push(`h0kb=${t0}`, `h0kbg=${t0}${gazetteerFlags(last, lex)}`);
    const tL = lex.kb.partType(last);
    if (tL) self.push(`hLkb=${tL}`);
  }
  for (const [g, depth] of [
    [G_LEFT1, 2],
    [G_RIGHT1, 2],
    [G_LEFT2, 1],
    [G_RIGHT2, 1],
  ] as const) {
    const out = groups[g];
    const p = GROUPS[g];
    out.push(`${p}|l=${lower}`, `${p}|sh=${shape}`, `${p}|cr=${capr}`);
    if (cl) out.push(`${p}|c=${cl.coarse}`);
    if (depth === 2) {
      out.push(`${p}|g=${gaz}${cap ? 'C' : 'l'}`, `${p}|s3=${letters.slice(-3).join('')}`);
      if (cl) out.push(`${p}|cf=${cl.fine}`);
      for (const f of kbf) out.push(`${p}|kb=${f}`);
    }
  }
  groups[G_FIRST].push(`F|sh=${shape}`, `F|g=${gaz}`, `F|l=${lower}`, `F|cr=${st}`, `F|crg=${capr}${gaz}`);
  if (cl) groups[G_FIRST].push(`F|c=${cl.fine}`);
  return groups;
}

/** The hashed feature keys of one word, per group. */
export function wordFeatureKeys(word: string, lex: Lexicons, res: FeatureResources): Uint32Array[] {
  return wordFeatureStrings(word, lex, res).map((g) => Uint32Array.from(g, fnv1a));
}
