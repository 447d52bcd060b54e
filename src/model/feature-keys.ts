import { BOUNDARY_END, BOUNDARY_START, G_FIRST, G_SELF, GROUPS } from './features.js';
import type { FeatureResources } from './features.js';
import { FNV_OFFSET, fnv1a, fnvFeed as feed, fnvFeedCode as code, fnvFeedInt as int } from './hash.js';
import type { Lexicons } from './lexicons.js';
import { gazetteerFlags, shapeOf, startsUpper } from './word-shape.js';
import { FeatureKeys } from './feature-key-buffer.js';

export { FeatureKeys } from './feature-key-buffer.js';

/** Hash state after a feature's fixed prefix (`s3=`, `L1|l=`): its value's code units continue it. */
const pre = (s: string): number => feed(FNV_OFFSET, s);
const [P_W, P_L, P_SH, P_G, P_GC, P_LEN, P_CR, P_CRG, P_LS] = ['w=', 'l=', 'sh=', 'g=', 'gc=', 'len=', 'cr=', 'crg=', 'ls='].map(pre);
const [P_KB, P_KBC, P_KBG, P_KBR, P_KBS, P_C, P_CC, P_CG] = ['kb=', 'kbc=', 'kbg=', 'kbr=', 'kbs=', 'c=', 'cc=', 'cg='].map(pre);
const [P_H0, P_HL, P_HN, P_H0SH, P_H0G, P_HLG, P_H0C, P_HLC, P_H0KB, P_H0KBG, P_HLKB] = ['h0=', 'hL=', 'hn=', 'h0sh=', 'h0g=', 'hLg=', 'h0c=', 'hLc=', 'h0kb=', 'h0kbg=', 'hLkb='].map(pre);
const [F_SH, F_G, F_L, F_CR, F_CRG, F_C] = ['sh=', 'g=', 'l=', 'cr=', 'crg=', 'c='].map((s) => pre(`F|${s}`));
const K_BIAS = fnv1a('b');
const K_NO_CLUSTER = fnv1a('c=none');
const P_PREFIX = [0, 1, 2, 3, 4].map((k) => pre(`p${k}=`));
const P_SUFFIX = [0, 1, 2, 3, 4, 5].map((k) => pre(`s${k}=`));
/** Neighbour groups (L1, R1, L2, R2) with their templates' prefix states, indexed by group. */
const NEIGHBOURS = [1, 2, 3, 4];
const byGroup = (s: string): Int32Array => Int32Array.from(GROUPS, (g) => pre(`${g}|${s}`));
const [N_L, N_SH, N_CR, N_C, N_G, N_S3, N_CF, N_KB] = ['l=', 'sh=', 'cr=', 'c=', 'g=', 's3=', 'cf=', 'kb='].map(byGroup);
const CAPITAL = 67; // 'C'
const LOWER = 108; // 'l'

/** Code-unit offset where the last `k` code points of `s` start (0 when `s` has no more than `k`). */
function suffixStart(s: string, k: number): number {
  let i = s.length;
  for (; k > 0 && i > 0; k--) {
    const c = s.charCodeAt(--i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) i--;
    }
  }
  return i;
}

/** Code-unit offset after the first code point of `s` that starts at `i`. */
function nextCodePoint(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/**
 * Computes into `out` exactly the keys `wordFeatureStrings(word, lex, res).map((g) => g.map(fnv1a))` gives, in the
 * same order, by continuing precomputed prefix hash states over the feature values instead of building strings.
 */
export function collectFeatureKeys(word: string, lex: Lexicons, res: FeatureResources, out: FeatureKeys): void {
  out.clear();
  if (word === BOUNDARY_START || word === BOUNDARY_END) {
    for (let g = 1; g < 5; g++) out.push(g, fnv1a(`${GROUPS[g]}|${word}`));
    return;
  }
  const lower = word.toLowerCase();
  const len = lower.length;
  const shape = shapeOf(word);
  const capC = startsUpper(word) ? CAPITAL : LOWER;
  const gaz = gazetteerFlags(word, lex);
  const fine = res.clusters.fineOf(word);
  const coarse = fine < 0 ? -1 : res.clusters.coarseOfFine[fine];
  const st = res.stats.lookupLower(lower);
  const capr = st < 0 ? 117 : 48 + (st % 5); // 'u' or the digit
  const S = G_SELF;
  out.push(S, K_BIAS);
  out.push(S, feed(P_W, word));
  out.push(S, feed(P_L, lower));
  out.push(S, feed(P_SH, shape));
  out.push(S, feed(P_G, gaz));
  out.push(S, code(feed(P_GC, gaz), capC));
  out.push(S, int(P_LEN, Math.min(word.length, 12)));
  out.push(S, int(P_CR, st));
  out.push(S, feed(code(P_CRG, capr), gaz));
  if (capC === CAPITAL && word.length > 3 && word.endsWith('s')) out.push(S, feed(P_LS, lower, 0, len - 1));
  // prefixes and suffixes of 1..4 and 1..5 code points, each shorter than the word
  let end = 0;
  for (let k = 1; k <= 4 && (end = nextCodePoint(lower, end)) < len; k++) out.push(S, feed(P_PREFIX[k], lower, 0, end));
  for (let k = 1; k <= 5; k++) {
    const from = suffixStart(lower, k);
    if (from === 0) break;
    out.push(S, feed(P_SUFFIX[k], lower, from, len));
  }
  const kbf = lex.kb.flags(word, lower);
  if (kbf.length) {
    for (const f of kbf) out.push(S, feed(P_KB, f)), out.push(S, code(feed(P_KBC, f), capC));
    for (const f of kbf) out.push(S, feed(feed(P_KBG, f), gaz)), out.push(S, code(feed(P_KBR, f), capr));
    let h = P_KBS;
    for (let i = 0; i < kbf.length; i++) h = feed(i ? code(h, 44) : h, kbf[i]);
    out.push(S, h);
  }
  if (fine >= 0) {
    out.push(S, int(P_C, fine));
    out.push(S, int(P_CC, coarse));
    out.push(S, feed(int(P_CG, coarse), gaz));
  } else out.push(S, K_NO_CLUSTER);
  const dash = word.indexOf('-');
  if (dash > 0 && dash < word.length - 1) compoundKeys(word, lex, res, out);
  const s3 = suffixStart(lower, 3);
  for (const g of NEIGHBOURS) {
    out.push(g, feed(N_L[g], lower));
    out.push(g, feed(N_SH[g], shape));
    out.push(g, code(N_CR[g], capr));
    if (fine >= 0) out.push(g, int(N_C[g], coarse));
    if (g > 2) continue; // L2 and R2 stop here
    out.push(g, code(feed(N_G[g], gaz), capC));
    out.push(g, feed(N_S3[g], lower, s3, len));
    if (fine >= 0) out.push(g, int(N_CF[g], fine));
    for (const f of kbf) out.push(g, feed(N_KB[g], f));
  }
  const F = G_FIRST;
  out.push(F, feed(F_SH, shape));
  out.push(F, feed(F_G, gaz));
  out.push(F, feed(F_L, lower));
  out.push(F, int(F_CR, st));
  out.push(F, feed(code(F_CRG, capr), gaz));
  if (fine >= 0) out.push(F, int(F_C, fine));
}

/** The hyphen-compound features (`Nvidia-Chef`: first and last part); rare, so plain strings. */
function compoundKeys(word: string, lex: Lexicons, res: FeatureResources, out: FeatureKeys): void {
  const parts = word.split('-').filter((p) => p !== '');
  const first = parts[0];
  const last = parts[parts.length - 1];
  const lastGaz = gazetteerFlags(last, lex);
  out.push(G_SELF, feed(P_H0, first.toLowerCase()));
  out.push(G_SELF, feed(P_HL, last.toLowerCase()));
  out.push(G_SELF, int(P_HN, Math.min(parts.length, 4)));
  out.push(G_SELF, feed(P_H0SH, shapeOf(first)));
  out.push(G_SELF, feed(P_H0G, gazetteerFlags(first, lex)));
  out.push(G_SELF, feed(P_HLG, lastGaz));
  const fc = res.clusters.fineOf(first);
  if (fc >= 0) out.push(G_SELF, int(P_H0C, fc));
  const lc = res.clusters.fineOf(last);
  if (lc >= 0) out.push(G_SELF, int(P_HLC, res.clusters.coarseOfFine[lc]));
  const t0 = lex.kb.partType(first);
  if (t0) out.push(G_SELF, feed(P_H0KB, t0)), out.push(G_SELF, feed(feed(P_H0KBG, t0), lastGaz));
  const tL = lex.kb.partType(last);
  if (tL) out.push(G_SELF, feed(P_HLKB, tL));
}
