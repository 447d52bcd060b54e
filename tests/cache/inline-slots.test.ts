import { describe, expect, it } from 'vitest';
import { INLINE_SLOTS, slotAccess, type SlotHolder } from '../../src/cache/inline-slots.js';
import { wordInfo, wordSlot } from '../../src/cache/word-info.js';

const holder = (): SlotHolder => ({ s0: undefined, s1: undefined, s2: undefined, s3: undefined, s4: undefined, s5: undefined, s6: undefined, s7: undefined, more: undefined });

describe('slotAccess', () => {
  it.each([[0], [3], [INLINE_SLOTS - 1], [INLINE_SLOTS], [INLINE_SLOTS + 5]])('slot %i keeps its own value', (slot) => {
    const h = holder();
    const access = slotAccess(slot);
    expect(access.get(h)).toBeUndefined();
    access.set(h, 'Nvidia');
    expect(access.get(h)).toBe('Nvidia');
    // No other slot sees it.
    for (let other = 0; other < INLINE_SLOTS + 8; other++) if (other !== slot) expect(slotAccess(other).get(h)).toBeUndefined();
  });

  it('keeps slots beyond the fields in `more`, made on first need', () => {
    const h = holder();
    slotAccess(INLINE_SLOTS + 2).set(h, 42);
    expect(h.more).toEqual([undefined, undefined, 42]);
  });
});

describe('wordSlot beyond the inline fields', () => {
  // More classifiers than fields (tests and several pipelines register their own): each keeps its own value.
  it('twenty classifiers on one word each give back their own answer', () => {
    const slots = Array.from({ length: 20 }, (_, k) => wordSlot((w: string) => (k % 3 === 0 ? undefined : `${w}:${k}`)));
    const info = wordInfo('Huang');
    slots.forEach((slot, k) => expect(slot(info)).toBe(k % 3 === 0 ? undefined : `Huang:${k}`));
    slots.forEach((slot, k) => expect(slot(info)).toBe(k % 3 === 0 ? undefined : `Huang:${k}`));
  });
});
