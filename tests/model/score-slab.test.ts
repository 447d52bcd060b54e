import { describe, expect, it } from 'vitest';
import { ScoreMemory } from '../../src/model/score-memory.js';
import { ScoreSlab } from '../../src/model/score-slab.js';

/** The floats of a slot. */
const read = (slab: ScoreSlab, slot: number) => Array.from(slab.floats.subarray(slab.offset(slot), slab.offset(slot) + slab.stride));
/** Writes a slot's floats. */
const write = (slab: ScoreSlab, slot: number, values: number[]) => slab.floats.set(values, slab.offset(slot));

describe('ScoreSlab: score vectors side by side in WebAssembly memory', () => {
  it.each([
    ['the first slot', 0],
    ['the second slot', 1],
    ['the last slot of the first block', 3],
  ])('places %s right after the one before', (_name, slot) => {
    const slab = new ScoreSlab(new ScoreMemory(), 150, 4);
    for (let i = 0; i <= slot; i++) expect(slab.alloc()).toBe(i);
    expect(slab.offset(slot)).toBe(slab.address / 4 + slot * 150);
  });

  it('gives zeroed slots again after clear', () => {
    const slab = new ScoreSlab(new ScoreMemory(), 4, 2);
    write(slab, slab.alloc(), [7, 7, 7, 7]);
    slab.clear();
    expect(slab.size).toBe(0);
    expect(slab.alloc()).toBe(0);
    expect(read(slab, 0)).toEqual([0, 0, 0, 0]);
  });

  it('keeps every slot when it outgrows its block and the memory grows', () => {
    const memory = new ScoreMemory();
    const slab = new ScoreSlab(memory, 150, 2);
    const other = new ScoreSlab(memory, 150, 2);
    write(other, other.alloc(), Array.from({ length: 150 }, () => -1));
    const buffer = memory.f32.buffer;
    for (let i = 0; i < 1000; i++) write(slab, slab.alloc(), Array.from({ length: 150 }, (_, k) => i + k / 1000));
    expect(memory.f32.buffer).not.toBe(buffer);
    expect(read(slab, 0)[1]).toBeCloseTo(0.001, 6);
    expect(read(slab, 999)[0]).toBe(999);
    expect(read(other, 0).every((v) => v === -1)).toBe(true);
  });

  it('copies a slot from another slab of the same memory', () => {
    const memory = new ScoreMemory();
    const [from, to] = [new ScoreSlab(memory, 3, 4), new ScoreSlab(memory, 3, 4)];
    write(from, from.alloc(), [0.5, -1.25, 3]);
    to.copyFrom(from, 0, to.alloc());
    expect(read(to, 0)).toEqual([0.5, -1.25, 3]);
  });
});
