import { beforeAll, describe, expect, it } from 'vitest';
import { measureCompetitors } from '../../src/bench/competitors.js';
import { ensureBuilt } from '../helpers/build.js';

// The child process runs compiled code (dist/bench/competitors-child.js).
beforeAll(() => ensureBuilt(), 120_000);

describe('the other tools, timed in a child process', () => {
  it('gives a positive time for each of them over real German text', () => {
    const articles = ['Nvidia-Chef Jensen Huang traf Donald Trump in Washington.', 'Die H20-Chips gehen nach China.'];
    const seconds = measureCompetitors(articles, articles.slice(0, 1));
    expect(Object.keys(seconds).sort()).toEqual(['compromise', 'winkFull', 'winkTokenize']);
    for (const value of Object.values(seconds)) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
    }
  });
});
