import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmp } from '../batch/helpers.js';
import { ensureBuilt } from '../helpers/build.js';
import { chromiumMissing, launch, openPage, seriousAxeViolations } from '../report/browser.js';

const root = join(import.meta.dirname, '..', '..');
const skip = chromiumMissing();
if (skip) console.warn(`tests/cli/report-eval: skipped: ${skip}`);

/** The value at a dotted path of the `--json` object (`mentions.strict.perType.PER.f1`). */
const at = (json: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], json);

describe.skipIf(skip)('faktum eval corpus --html shows the numbers of --json', () => {
  let browser: Browser;
  let dir: string;
  let json: Record<string, unknown>;

  beforeAll(async () => {
    ensureBuilt();
    dir = join(tmp('faktum-eval-html-'), 'eval');
    const stdout = execFileSync(process.execPath, ['bin/faktum.js', 'eval', 'corpus', '--json', '--html', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    json = JSON.parse(stdout.trim().split('\n').at(-1)!);
    browser = await launch();
  }, 180_000);
  afterAll(async () => browser?.close());

  it('every score cell equals its --json value, and every per-label F1 of --json has a cell', async () => {
    const { page, network, errors } = await openPage(browser, pathToFileURL(join(dir, 'index.html')).href);
    const cells = await page.$$eval('[data-metric]', (els) => els.map((e) => [e.getAttribute('data-metric')!, e.textContent!]));
    for (const [metric, text] of cells) expect(text, metric).toBe((100 * (at(json, metric) as number)).toFixed(1));
    const shown = new Set(cells.map(([m]) => m));
    const mentions = json.mentions as Record<string, { perType: Record<string, unknown> }>;
    for (const [scheme, scores] of Object.entries(mentions)) {
      for (const label of Object.keys(scores.perType)) expect(shown.has(`mentions.${scheme}.perType.${label}.f1`), `${scheme} ${label}`).toBe(true);
    }
    for (const level of ['documents', 'relations']) {
      for (const label of Object.keys((json[level] as { perType: object }).perType)) expect(shown.has(`${level}.perType.${label}.f1`)).toBe(true);
    }
    expect(cells.length).toBeGreaterThan(200);
    expect(await page.locator('#baseline tr[data-state]').count()).toBeGreaterThan(50);
    expect([network, errors]).toEqual([[], []]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("a document's page marks the gold and the predicted mentions, misses and false positives as the table counts them", async () => {
    const { page, network, errors } = await openPage(browser, pathToFileURL(join(dir, 'index.html')).href);
    const row = page.locator('#documents tr', { hasText: '2025-07-nvidia-h20-china' });
    const counts = (await row.locator('td').allTextContents()).map(Number);
    await row.locator('a').click();
    const verdicts = (side: string, v: string) => page.locator(`.side-${side} [data-verdict="${v}"]`).count();
    expect([await verdicts('gold', 'ok'), await verdicts('gold', 'miss'), await verdicts('pred', 'fp')]).toEqual([counts[2], counts[4], counts[5]]);
    expect(await page.locator('.side-gold .m').count()).toBe(counts[0]);
    expect(await page.locator('.side-pred .m').count()).toBe(counts[1]);
    expect([network, errors]).toEqual([[], []]);
  });
});
