import { describe, expect, it } from 'vitest';
import { GenerationalMap } from '../../src/cache/generational-map.js';

describe('GenerationalMap: a bounded cache in two generations', () => {
  it.each([
    ['Nvidia', 'ORG'],
    ['Huang', 'PER'],
    ['Peking', 'LOC'],
  ])('gives back what was set: %s', (word, type) => {
    const map = new GenerationalMap<string, string>(10);
    map.set(word, type);
    expect(map.get(word)).toBe(type);
    expect(map.get('Washington')).toBeUndefined();
  });

  it('keeps a word in use across a turn and drops one unused for a whole generation', () => {
    const map = new GenerationalMap<string, number>(4); // two words per generation
    map.set('Trump', 1);
    map.set('Huang', 2);
    map.set('China', 3); // young was full: Trump and Huang are now old
    expect(map.get('Huang')).toBe(2); // moved back to young
    map.set('USA', 4); // young (China, Huang) full: they become old, Trump is dropped
    expect(map.get('Trump')).toBeUndefined();
    expect(map.get('Huang')).toBe(2);
    expect(map.get('China')).toBe(3);
  });

  it('stays within about its limit however many words come', () => {
    const map = new GenerationalMap<string, number>(100);
    for (let i = 0; i < 10_000; i++) map.set(`Wort${i}`, i);
    expect(map.size).toBeLessThanOrEqual(100);
    expect(map.get('Wort9999')).toBe(9999);
    expect(map.get('Wort0')).toBeUndefined();
  });
});

describe('GenerationalMap.clear', () => {
  it.each([[['Nvidia']], [['Nvidia', 'Huang', 'Peking', 'Washington', 'China']]])('forgets both generations: %j', (words) => {
    const map = new GenerationalMap<string, number>(4);
    words.forEach((word, i) => map.set(word, i));
    map.clear();
    expect(map.size).toBe(0);
    for (const word of words) expect(map.get(word)).toBeUndefined();
    map.set('Trump', 1); // still usable afterwards
    expect(map.get('Trump')).toBe(1);
  });
});
