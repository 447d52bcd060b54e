import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/report.js';
import { tmp } from '../batch/helpers.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', '2025-07-nvidia-h20-china.jsonld');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await reportCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

/** An output folder with the seed article, one broken file and one failed input. */
function outputFolder(): string {
  const out = tmp('faktum-report-cli-');
  mkdirSync(join(out, 'de'));
  copyFileSync(GOLDEN, join(out, 'de', '2025-07-nvidia-h20-china.jsonld'));
  writeFileSync(join(out, 'errors.jsonl'), '{"file":"de/kaputt.txt","reason":"cannot decode: invalid UTF-16","ruleId":"decode"}\n');
  return out;
}

describe('faktum report', () => {
  it.each([
    [['/nicht/da'], 2, /no such output folder: \/nicht\/da/],
    [[], 2, /missing required argument/],
    [['.', '--frobnicate'], 2, /unknown option '--frobnicate'/],
  ])('%j exits %i', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  it('writes the pages and says how many, with the failed input counted', async () => {
    const out = outputFolder();
    const r = await run([out, '--json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.out);
    expect([summary.articles, summary.entities, summary.failed, summary.pages]).toEqual([1, 9, 1, 1 + 9 + 1 + 1]);
    const runPage = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    expect(runPage).toContain('cannot decode: invalid UTF-16');
  });

  it('lists an unreadable article file as a problem with exit 1, and refuses a folder that is not a report', async () => {
    const out = outputFolder();
    writeFileSync(join(out, 'de', 'halb.jsonld'), '{"@graph": [');
    const r = await run([out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/de\/halb\.jsonld: .*JSON/);
    const foreign = tmp('faktum-report-foreign-');
    writeFileSync(join(foreign, 'notizen.txt'), 'meins');
    const refused = await run([out, '--out', foreign]);
    expect([refused.code, refused.err]).toEqual([2, `faktum report: refusing to write into ${foreign}: it is not empty and not a faktum report\n`]);
  });
});
