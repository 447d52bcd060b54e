import { createHash } from 'node:crypto';

/** A share `index` of `count` (`--shard 2/8`). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` with 0 <= i < n; returns an error message naming the problem otherwise. */
export function parseShard(value: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  if (!match) return `--shard takes i/n (for example 0/4), not "${value}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index >= count) return `--shard ${value}: need 0 <= i < n`;
  return { index, count };
}

/**
 * Whether the input with this key belongs to the shard. The share is a hash of the key (the relative path, plus
 * `#id` for records), so it does not depend on the file order or on which other files exist: every machine of a
 * job array agrees without talking to the others.
 */
export function inShard(key: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const digest = createHash('sha1').update(key).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index;
}
