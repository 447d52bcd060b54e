/**
 * The GermEval 2014 label inventory as BIO tags, and the BIO transition constraints used by Viterbi decoding.
 */

/** The four main GermEval types. */
export const BASE_TYPES = ['PER', 'ORG', 'LOC', 'OTH'] as const;

/** All twelve GermEval types: each main type plain, as `deriv` (derived adjective) and as `part` (compound part). */
export const TYPES: readonly string[] = BASE_TYPES.flatMap((t) => [t, `${t}deriv`, `${t}part`]);

/** The 25 tags in a fixed order: `O`, then `B-X`, `I-X` for each type. Index 0 is `O`. */
export const TAGS: readonly string[] = ['O', ...TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/** Number of tags. */
export const NUM_TAGS = TAGS.length;

const TAG_INDEX = new Map(TAGS.map((t, i) => [t, i]));

/** Index of a tag, or -1 when it is not a GermEval tag. */
export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? -1;
}

/** True for an `I-` tag. */
export function isInside(tag: number): boolean {
  return tag > 0 && tag % 2 === 0;
}

/**
 * For each tag, the previous tags it may follow (BIO: `I-X` only after `B-X` or `I-X`; everything else after
 * anything). `-1` stands for the sentence start.
 */
export const ALLOWED_PREV: readonly Int32Array[] = TAGS.map((_, cur) => {
  if (isInside(cur)) return Int32Array.from([cur - 1, cur]);
  return Int32Array.from([-1, ...TAGS.map((__, p) => p)]);
});

/** True when `cur` may follow `prev` (`prev = -1`: sentence start). */
export function transitionAllowed(prev: number, cur: number): boolean {
  if (!isInside(cur)) return true;
  return prev === cur - 1 || prev === cur;
}

/** A bitmask over tags (25 tags fit into 32 bits). */
export type TagMask = number;

/** The mask that allows every tag. */
export const ALL_TAGS_MASK: TagMask = (2 ** NUM_TAGS - 1) | 0;

/** Mask of a single tag. */
export function maskOf(tag: number): TagMask {
  return 1 << tag;
}

/**
 * Tags a partially labelled corpus (one without OTH, `deriv` and `part`) leaves open on an `O` token: `O`, any
 * OTH tag and any `deriv` or `part` tag.
 */
export const UNLABELED_O_MASK: TagMask = TAGS.reduce(
  (m, t, i) => (t === 'O' || t.endsWith('OTH') || t.endsWith('deriv') || t.endsWith('part') ? m | (1 << i) : m),
  0,
);
