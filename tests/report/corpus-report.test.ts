import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, entityPage } from '../../src/report/paths.js';
import { listArticleFiles } from '../../src/report/read/run-files.js';
import { tmp } from '../batch/helpers.js';
import { ensureBuilt } from '../helpers/build.js';
import { chromiumMissing, launch, openPage, seriousAxeViolations } from './browser.js';
import { expectedOf } from './jsonld.js';

const root = join(import.meta.dirname, '..', '..');
const SEED = 'de/2025-07-nvidia-h20-china.jsonld';
/** Screenshots for people to look at (not golden images); `test-artifacts/` is not in git. */
export const ARTIFACTS = join(root, 'test-artifacts');
const wikidata = (qid: string | undefined) => (qid ? `https://www.wikidata.org/wiki/${qid}` : undefined);
const skip = chromiumMissing();
if (skip) console.warn(`tests/report/corpus-report: skipped: ${skip}`);

describe.skipIf(skip)('the report of a run over the corpus, opened from disk in Chromium', () => {
  let browser: Browser;
  let out: string;
  let report: string;
  const url = (page: string) => pathToFileURL(join(report, page)).href;

  beforeAll(async () => {
    ensureBuilt();
    out = tmp('faktum-report-run-');
    execFileSync(process.execPath, ['bin/faktum.js', 'run', 'corpus', '--out', out, '--jobs', '2'], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, ['bin/faktum.js', 'report', out], { cwd: root, stdio: 'pipe' });
    report = join(out, 'report');
    browser = await launch();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);
  afterAll(async () => browser?.close());

  it('the seed article shows all nine entities and five relations, each clicking through to its evidence sentence', async () => {
    const expected = expectedOf(join(out, SEED));
    const { page, network, errors } = await openPage(browser, url(articlePage(SEED)));
    const names = await page.locator('table.entities tr[data-entity] td:nth-child(2) > a').allTextContents();
    expect(names).toEqual(['Nvidia', 'Jensen Huang', 'H20', 'China', 'USA', 'Peking', 'Washington', 'Donald Trump', 'Joe Biden']);
    const links = page.locator('a.rel-link');
    expect(await links.count()).toBe(5);
    for (let i = 0; i < 5; i++) {
      await links.nth(i).click();
      const r = expected.relations[i];
      expect(await page.evaluate(() => location.hash)).toBe(`#${r.evidenceId}`);
      // innerText: the sentence as shown, without the hidden tooltips inside it.
      expect(await page.locator(':target').innerText()).toBe(r.evidenceText);
      expect(await links.nth(i).getAttribute('data-subject')).toBe(r.subject);
    }
    await page.waitForFunction(() => 'faktumGraph' in window);
    expect(await page.evaluate(() => (window as unknown as { faktumGraph: { edges(): unknown[] } }).faktumGraph.edges().length)).toBe(5);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('#m-26-38').focus();
    await page.screenshot({ path: join(ARTIFACTS, 'report-article.png') });
    expect([network, errors]).toEqual([[], []]);
  });

  it("on every article page, each marked span holds its mention's nif:anchorOf and links to the right Wikidata id; the graph has one node per entity", async () => {
    const files = listArticleFiles(out, report);
    expect(files.length).toBeGreaterThan(30);
    const { page, network, errors } = await openPage(browser, url('index.html'));
    for (const file of files) {
      const expected = expectedOf(join(out, file));
      await page.goto(url(articlePage(file)), { waitUntil: 'load' });
      const marks = await page.$$eval('.text .m', (els) =>
        els.map((e) => [e.id, e.textContent, e.getAttribute('data-qid') ?? undefined, document.querySelector(`#t${e.id} a.wd`)?.getAttribute('href') ?? undefined]),
      );
      const byId = new Map(expected.mentions.map((m) => [m.id, [m.id, m.anchor, m.qid, wikidata(m.qid)]]));
      expect(marks.length, file).toBe(expected.mentions.length);
      for (const mark of marks) expect(mark, file).toEqual(byId.get(mark[0]!));
      const table = await page.$$eval('table.entities tr[data-entity]', (rows) => rows.map((r) => [r.getAttribute('data-entity'), r.querySelector('a.wd')?.getAttribute('href') ?? undefined]));
      expect(table, file).toEqual(expected.entities.map((e) => [e.iri, wikidata(e.qid)]));
      await page.waitForFunction(() => 'faktumGraph' in window);
      const nodes = await page.evaluate(() => (window as unknown as { faktumGraph: { nodes(): { map(f: (n: { id(): string }) => string): string[] } } }).faktumGraph.nodes().map((n) => n.id()));
      expect(nodes.sort(), file).toEqual(expected.entities.map((e) => e.iri).sort());
    }
    expect([network, errors]).toEqual([[], []]);
  }, 120_000);

  it('keyboard: Tab reaches the first mention, whose tooltip then shows the name, the Wikidata link, confidence and rule', async () => {
    const { page } = await openPage(browser, url(articlePage(SEED)));
    let focused = '';
    for (let i = 0; i < 40 && !focused.startsWith('m-'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('m-14-20');
    const tip = page.locator('#tm-14-20');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Nvidia · organisation, part of a compound.*Wikidata Q182477.*confidence 0\.85 · source rule:hyphen-compound$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('https://www.wikidata.org/wiki/Q182477');
  });

  it('the run page counts articles, skipped and failed inputs, and its search finds an entity whose page lists every article naming it', async () => {
    const files = listArticleFiles(out, report);
    const skipped = readFileSync(join(out, 'skipped.jsonl'), 'utf8').trim().split('\n').length;
    const { page, network, errors } = await openPage(browser, url('index.html'));
    expect(await page.locator('#n-articles').textContent()).toBe(String(files.length));
    expect(await page.locator('#n-skipped').textContent()).toBe(String(skipped));
    expect(await page.locator('#n-failed').textContent()).toBe('0');
    await page.screenshot({ path: join(ARTIFACTS, 'report-run.png'), fullPage: true });
    await page.locator('#search').fill('nvid');
    await page.locator('#search-results a').first().waitFor();
    expect(await page.locator('#search-results a').first().textContent()).toBe('Nvidia');
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/e\//);
    expect(page.url()).toBe(url(entityPage('https://w3id.org/faktum/id/wd/Q182477')));
    const naming = files.filter((f) => expectedOf(join(out, f)).mentions.some((m) => m.qid === 'Q182477'));
    const listed = await page.$$eval('section.occ h2 a', (as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(naming.map((f) => `../${articlePage(f)}`).sort());
    expect([network, errors]).toEqual([[], []]);
  });

  it('the axe-core check itself fails on a page with a serious violation (an image without alt text)', async () => {
    const opened = await openPage(browser, url('index.html'));
    await opened.page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
    expect((await seriousAxeViolations(opened.page)).join('\n')).toMatch(/^image-alt \(critical\)/);
  });

  it.each([['index.html'], [articlePage(SEED)], [entityPage('https://w3id.org/faktum/id/wd/Q305177')], ['articles/1.html']])(
    'axe-core finds no serious or critical violation on %s',
    async (page) => {
      const opened = await openPage(browser, url(page));
      expect(await seriousAxeViolations(opened.page)).toEqual([]);
    },
  );
});
