/**
 * Where a word record (WordInfo) keeps its classifiers' values: the first INLINE_SLOTS as fields of the record
 * itself, the others in an array beside it. A value in an array beside the record costs a second cache miss per
 * token on top of the record's own (a classifier runs on most tokens of every document, and records of tens of
 * thousands of words are far from the processor's cache): the corpus in one thread ran 1.020 to 1.025 times faster
 * with the fields.
 */
export interface SlotHolder {
  s0: unknown;
  s1: unknown;
  s2: unknown;
  s3: unknown;
  s4: unknown;
  s5: unknown;
  s6: unknown;
  s7: unknown;
  /** Values of the slots beyond the fields, by slot less INLINE_SLOTS; made on first need. */
  more: unknown[] | undefined;
}

/** How many slots are fields of the record. */
export const INLINE_SLOTS = 8;

/** How a classifier reads and writes its slot. */
export interface SlotAccess {
  get(holder: SlotHolder): unknown;
  set(holder: SlotHolder, value: unknown): void;
}

const FIELDS: SlotAccess[] = [
  { get: (h) => h.s0, set: (h, v) => void (h.s0 = v) },
  { get: (h) => h.s1, set: (h, v) => void (h.s1 = v) },
  { get: (h) => h.s2, set: (h, v) => void (h.s2 = v) },
  { get: (h) => h.s3, set: (h, v) => void (h.s3 = v) },
  { get: (h) => h.s4, set: (h, v) => void (h.s4 = v) },
  { get: (h) => h.s5, set: (h, v) => void (h.s5 = v) },
  { get: (h) => h.s6, set: (h, v) => void (h.s6 = v) },
  { get: (h) => h.s7, set: (h, v) => void (h.s7 = v) },
];

/** The access of slot `slot`: a field for the first INLINE_SLOTS, else an entry of `more`. */
export function slotAccess(slot: number): SlotAccess {
  if (slot < INLINE_SLOTS) return FIELDS[slot];
  const k = slot - INLINE_SLOTS;
  return { get: (h) => h.more?.[k], set: (h, v) => void ((h.more ??= [])[k] = v) };
}
