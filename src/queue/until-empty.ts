import { Queue } from 'bullmq';
import { redisConnection } from './connection.js';

/** Resolves once the queue has no waiting, delayed or active job (checked every `everyMs`). */
export async function waitUntilEmpty(redis: string, name: string, everyMs = 250): Promise<void> {
  const connection = redisConnection(redis);
  const queue = new Queue(name, { connection });
  try {
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
