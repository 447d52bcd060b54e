import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedFileSha256 } from '../../src/cache/file-sha.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('cachedFileSha256', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-sha-'));
  const cache = join(dir, 'cache');
  const file = join(dir, 'model.bin');

  it('is the sha256 of the bytes, and the second call reads it from the cache', () => {
    writeFileSync(file, 'Gewichte des Modells');
    expect(cachedFileSha256(file, cache)).toBe(sha('Gewichte des Modells'));
    expect(readdirSync(cache)).toHaveLength(1);
    expect(cachedFileSha256(file, cache)).toBe(sha('Gewichte des Modells'));
  });

  it('hashes a rewritten file afresh (another size, time or inode)', () => {
    writeFileSync(file, 'neue Gewichte nach dem Training');
    expect(cachedFileSha256(file, cache)).toBe(sha('neue Gewichte nach dem Training'));
  });

  it.each([['a damaged cache file', 'kaputt'], ['a cache line without a hash', '']])('recomputes after %s', (_case, content) => {
    writeFileSync(join(cache, readdirSync(cache)[0]), content);
    expect(cachedFileSha256(file, cache)).toBe(sha('neue Gewichte nach dem Training'));
  });
});
