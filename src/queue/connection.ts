import { Redis } from 'ioredis';

/** The queue's name when `--queue` is not given. */
export const DEFAULT_QUEUE = 'faktum';

/**
 * A Redis connection for BullMQ from a `redis://` or `rediss://` URL (password in the URL or in REDIS_PASSWORD).
 * For workers (`failFast` false), `maxRetriesPerRequest: null` as BullMQ requires: commands wait through a Redis
 * restart instead of failing. One-shot commands (`queue add`, `status`, `failed`) give up after about 5 s instead.
 */
export function redisConnection(url: string, failFast = false): Redis {
  const retries = failFast ? { maxRetriesPerRequest: 2, retryStrategy: (n: number) => (n > 10 ? null : 500) } : { maxRetriesPerRequest: null };
  const redis = new Redis(url, { ...retries, password: process.env.REDIS_PASSWORD || undefined });
  // ioredis reconnects by itself; without a listener each failed attempt would print a stack trace.
  redis.on('error', () => {});
  return redis;
}

/** Checks a `--redis` value; a reason when it is not a Redis URL. */
export function checkRedisUrl(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return /^rediss?:$/.test(protocol) ? undefined : `--redis takes redis://host:port (or rediss://), not ${protocol}`;
  } catch {
    return `--redis takes a URL such as redis://127.0.0.1:6379, not "${url}"`;
  }
}
