import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, tmp } from '../batch/helpers.js';

/** `faktum run ... --report`: the run's report is written to <out>/report/ after the batch (issue 19). */
describe('faktum run --report', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('writes the report of the run it just did, with a page per article', () => {
    const out = tmp('faktum-run-report-');
    const articles = ['2025-07-nvidia-h20-china.txt', '2025-01-post-porto.txt'].map((name) => join(root, 'corpus', 'de', name));
    const result = spawnSync(process.execPath, [join(root, 'bin', 'faktum.js'), 'run', ...articles, '--out', out, '--report'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/report of 2 articles in .*report\/index\.html/);
    const index = readFileSync(join(out, 'report', 'index.html'), 'utf8');
    expect(index).toMatch(/Nvidia/);
    expect(existsSync(join(out, 'report', '.faktum-report'))).toBe(true);
  }, 120_000);

  it('refuses a report folder that is not a report: exit 2, the run itself is kept', () => {
    const out = tmp('faktum-run-report-');
    const foreign = join(out, 'report');
    spawnSync('mkdir', [foreign]);
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    const article = join(root, 'corpus', 'de', '2025-01-post-porto.txt');
    const result = spawnSync(process.execPath, [join(root, 'bin', 'faktum.js'), 'run', article, '--out', out, '--report'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refusing to write into .*report: it is not empty and not a faktum report/);
    expect(existsSync(join(out, '2025-01-post-porto.jsonld'))).toBe(true);
    expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
  }, 120_000);
});
