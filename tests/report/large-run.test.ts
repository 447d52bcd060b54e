import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, listPage } from '../../src/report/paths.js';
import { listArticleFiles } from '../../src/report/read/run-files.js';
import { tmp } from '../batch/helpers.js';
import { ensureBuilt } from '../helpers/build.js';
import { chromiumMissing, launch, openPage } from './browser.js';
import { expectedOf } from './jsonld.js';
import { leipzigMissing, writeLeipzigFolder } from './leipzig.js';

const root = join(import.meta.dirname, '..', '..');
const FILES = 2000;
const skip = chromiumMissing() ?? leipzigMissing();
if (skip) console.warn(`tests/report/large-run: skipped: ${skip}`);

describe.skipIf(skip)(`the report of a run over ${FILES} files of Leipzig news sentences`, () => {
  let browser: Browser;
  let out: string;
  let report: string;
  const url = (page: string) => pathToFileURL(join(report, page)).href;

  beforeAll(async () => {
    ensureBuilt();
    const base = tmp('faktum-report-large-');
    const input = writeLeipzigFolder(join(base, 'in'), FILES);
    out = join(base, 'out');
    // Exit 1 is fine here: a real input may fail; the report must show it.
    try {
      execFileSync(process.execPath, ['bin/faktum.js', 'run', input, '--out', out, '--jobs', '2'], { cwd: root, stdio: 'pipe' });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e;
    }
    execFileSync(process.execPath, ['bin/faktum.js', 'report', out], { cwd: root, stdio: 'pipe' });
    report = join(out, 'report');
    browser = await launch();
  }, 600_000);
  afterAll(async () => browser?.close());

  it('opens the run page, the article list pages and article pages from disk without network or console errors', async () => {
    const files = listArticleFiles(out, report);
    const { page, network, errors, loadMs } = await openPage(browser, url('index.html'));
    // Measured, not asserted: the machine is shared. The bound is 2 s.
    console.log(`large-run: run page of ${files.length} articles loaded in ${loadMs.toFixed(0)} ms`);
    expect(Number((await page.locator('#n-articles').textContent())!.replace(/,/g, ''))).toBe(files.length);
    const pages = Math.ceil(files.length / 100);
    await page.goto(url(listPage(pages)), { waitUntil: 'load' });
    expect(await page.locator('table.list tbody tr').count()).toBe(files.length - (pages - 1) * 100);
    for (const file of files.filter((_, i) => i % 100 === 7)) {
      await page.goto(url(articlePage(file)), { waitUntil: 'load' });
      const expected = expectedOf(join(out, file));
      const marks = await page.$$eval('.text .m', (els) => els.map((e) => [e.id, e.textContent]));
      expect(marks.sort(), file).toEqual(expected.mentions.map((m) => [m.id, m.anchor]).sort());
    }
    expect([network, errors]).toEqual([[], []]);
  });
});
