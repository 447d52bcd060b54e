import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedJobs, queueStatus } from '../../src/queue/status.js';
import { ensureBuilt } from '../helpers/build.js';
import { leipzigMissing, writeLeipzigArticles } from '../helpers/services/leipzig.js';
import { waitFor } from '../helpers/services/ports.js';
import { redisMissing, startRedis, type RedisService } from '../helpers/services/redis.js';
import { skipReason } from '../helpers/services/skip.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoService } from '../helpers/services/virtuoso.js';
import { runFaktum, startWorkerProcess, type WorkerProcess } from '../helpers/services/workers.js';

/**
 * Articles per fault run. The case is 2,000 (`FAKTUM_FAULT_ARTICLES=2000 npx vitest run tests/queue/faults.test.ts`,
 * result in docs/distributed.md); CI runs 300 so that the suite stays within about two minutes.
 */
const ARTICLES = Number(process.env.FAKTUM_FAULT_ARTICLES ?? 300);
const skip = skipReason('queue fault tests', redisMissing(), leipzigMissing());
const POISON = { id: '../ausbruch', text: 'Bahnchef Richard Lutz kündigte in Berlin einen neuen Fahrplan für die Deutsche Bahn an.' };

describe.skipIf(skip)(`a queue run of ${ARTICLES} articles with faults`, () => {
  let redis: RedisService;
  let dir: string;
  let names: string[];
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    ensureBuilt();
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'faktum-queue-'));
    names = writeLeipzigArticles(join(dir, 'in'), ARTICLES);
    writeFileSync(join(dir, 'in', 'poison.jsonl'), `${JSON.stringify(POISON)}\n`);
  });
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('three workers, one killed with SIGKILL, Redis restarted: every article done exactly once, the poison one failed with its reason', async () => {
    const added = await runFaktum(['queue', 'add', join(dir, 'in'), '--redis', redis.url, '--queue', 'faults', '--json']);
    expect(JSON.parse(added.stdout)).toEqual({ added: ARTICLES + 1, alreadyQueued: 0, failed: 0 });
    const again = await runFaktum(['queue', 'add', join(dir, 'in'), '--redis', redis.url, '--queue', 'faults', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, alreadyQueued: ARTICLES + 1, failed: 0 });

    const out = join(dir, 'out');
    for (const name of ['w1', 'w2', 'w3']) {
      workers.push(startWorkerProcess(['--redis', redis.url, '--queue', 'faults', '--out', out, '--jobs', '1', '--lock-seconds', '3', '--name', name]));
    }
    const status = () => queueStatus(redis.url, 'faults');
    await waitFor('a quarter of the articles', async () => (await status()).done >= ARTICLES / 4, 120_000, 100);
    workers[0].child.kill('SIGKILL');
    expect(await workers[0].exited).toBe('SIGKILL');
    await waitFor('half of the articles', async () => (await status()).done >= ARTICLES / 2, 120_000, 200);
    await redis.restart();
    await waitFor('every job done or failed', async () => {
      const s = await status();
      return s.done + s.failed === ARTICLES + 1 && s.active === 0 && s.waiting === 0;
    }, 150_000, 500);
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.slice(1).map((w) => w.exited))).toEqual([0, 0]);

    const written = readdirSync(out).sort();
    expect(written).toEqual(names.map((n) => n.replace(/\.txt$/, '.jsonld')));
    const final = await status();
    expect([final.done, final.failed, final.waiting, final.active, final.delayed]).toEqual([ARTICLES, 1, 0, 0, 0]);
    // The killed worker's held jobs went to the others; every worker did some.
    expect(final.workers.map((w) => w.name)).toEqual(['w1', 'w2', 'w3']);
    // Per-worker counts are bumped after a job completes: the killed worker may have completed jobs it never counted
    // (at most the ones it held, --jobs of them); the queue's own done count above is exact.
    expect(final.workers.reduce((n, w) => n + w.done, 0)).toBeGreaterThanOrEqual(ARTICLES - 4);
    const failed = await failedJobs(redis.url, 'faults');
    expect(failed).toEqual([expect.objectContaining({ file: join(dir, 'in', 'poison.jsonl'), record: 'poison.jsonl#../ausbruch', ruleId: 'unsafe-name', place: null })]);
    expect(failed[0].reason).toMatch(/would escape the output folder/);
    const listed = await runFaktum(['queue', 'failed', '--redis', redis.url, '--queue', 'faults']);
    expect(listed.stdout.trim().split('\n').map((l) => JSON.parse(l).ruleId)).toEqual(['unsafe-name']);
  }, 300_000);
});

const storeSkip = skipReason('queue into Virtuoso', redisMissing(), virtuosoMissing(), leipzigMissing());

describe.skipIf(storeSkip)('a queue run into Virtuoso while the store is down for a while', () => {
  let redis: RedisService;
  let virtuoso: VirtuosoService;
  let dir: string;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    ensureBuilt();
    [redis, virtuoso] = await Promise.all([startRedis(), startVirtuoso()]);
    dir = mkdtempSync(join(tmpdir(), 'faktum-queue-store-'));
    writeLeipzigArticles(join(dir, 'in'), 60);
  }, 120_000);
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await Promise.all([redis?.stop(), virtuoso?.remove()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const graphs = async () => {
    const query = 'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <http://schema.org/NewsArticle> } }';
    const response = await fetch(virtuoso.sparql, { method: 'POST', headers: { accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
    return Number(((await response.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0].n.value);
  };

  it('jobs wait for the store and finish after it is back; each article one graph', async () => {
    await runFaktum(['queue', 'add', join(dir, 'in'), '--redis', redis.url]);
    await virtuoso.stop(true);
    for (const name of ['s1', 's2']) workers.push(startWorkerProcess(['--redis', redis.url, '--store', virtuoso.graphStore, '--jobs', '1', '--name', name]));
    // Down until the workers have met the outage (their first write failed), however long their start takes.
    const logs = () => workers.map((w) => w.log()).join('');
    await waitFor('a failed store write', () => /store write failed \(attempt 1\): store unreachable \(ECONNREFUSED\)/.test(logs()), 90_000);
    await new Promise((r) => setTimeout(r, 2_000));
    const during = await queueStatus(redis.url, 'faktum');
    expect([during.done, during.failed]).toEqual([0, 0]);
    await virtuoso.start();
    await waitFor('all 60 done', async () => (await queueStatus(redis.url, 'faktum')).done === 60, 120_000, 500);
    expect(await graphs()).toBe(60);
    // Adding the same articles again queues nothing new.
    const again = await runFaktum(['queue', 'add', join(dir, 'in'), '--redis', redis.url, '--json']);
    expect(JSON.parse(again.stdout).added).toBe(0);
    for (const w of workers) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0]);
  }, 240_000);
});
