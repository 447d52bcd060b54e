import { describe, expect, it } from 'vitest';
import { pushCommand } from '../../src/cli/push.js';
import { queueCommand } from '../../src/cli/queue.js';
import { articleJobId } from '../../src/queue/job.js';
import { freePort } from '../helpers/services/ports.js';

async function capture(command: typeof queueCommand, args: string[]) {
  let out = '';
  let err = '';
  const code = await command(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('faktum queue and faktum push: usage errors, exit 2, before any connection', () => {
  it.each([
    [['leeren', '--redis', 'redis://127.0.0.1:6379'], /unknown subcommand "leeren": add, status or failed/],
    [[], /name a subcommand/],
    [['add', 'corpus', '--redis', 'http://127.0.0.1:6379'], /--redis takes redis:\/\/host:port/],
    [['status', '--redis', 'Redisserver im Keller'], /--redis takes a URL such as redis:\/\/127.0.0.1:6379/],
    [['add', 'corpus/gibt-es-nicht', '--redis', 'redis://127.0.0.1:6379'], /no such file or folder: corpus\/gibt-es-nicht/],
    [['status'], /required option '--redis <url>' not specified/],
  ])('faktum queue %j', async (args, message) => {
    const { code, err } = await capture(queueCommand, args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it.each([
    [['archiv/fehlt', '--store', 'http://127.0.0.1:8890/sparql-graph-crud'], /no such folder: archiv\/fehlt/],
    [['corpus', '--store', 'http://nutzer:geheim@127.0.0.1:8890/sparql-graph-crud'], /credentials go in FAKTUM_STORE_USER/],
    [['corpus', '--store', 'http://127.0.0.1:7200/repositories/zeitung/statements'], /name it with --store-update/],
  ])('faktum push %j', async (args, message) => {
    const { code, err } = await capture(pushCommand, args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toContain('geheim');
  });
});

describe('faktum queue without Redis', () => {
  it.each([['status'], ['failed']])('faktum queue %s gives up with exit 2 when nothing answers', async (sub) => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const { code, err } = await capture(queueCommand, [sub, '--redis', url]);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`^faktum queue ${sub}: Redis at ${url} did not answer`));
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 20_000);
});

describe('articleJobId', () => {
  const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  it.each([
    ['the same name and content', ['de/bahn-lutz', hash], ['de/bahn-lutz', hash], true],
    ['another name, same content', ['de/bahn-lutz', hash], ['de/bahn-lutz-kopie', hash], false],
    ['same name, changed content', ['de/bahn-lutz', hash], ['de/bahn-lutz', hash.replace('e3', 'f4')], false],
  ])('%s -> same id: %s', (_, a, b, same) => {
    expect(articleJobId(a[0], a[1]) === articleJobId(b[0], b[1])).toBe(same);
    // BullMQ refuses ids that are plain integers or hold ':'.
    expect(articleJobId(a[0], a[1])).toMatch(/^a[0-9a-f]{40}$/);
  });
});
