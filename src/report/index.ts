import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeAssets } from './assets/write-assets.js';
import { RunCollector } from './collect.js';
import { articlePage, entityPage, listPage } from './paths.js';
import { readArticle } from './read/article.js';
import { listArticleFiles, readRunLog, type ReadProblem } from './read/run-files.js';
import { renderArticlePage } from './render/article-page.js';
import { renderEntityPage } from './render/entity-page.js';
import { PAGE_SIZE, renderListPage } from './render/list-page.js';
import { renderRunPage } from './render/run-page.js';

/** A report folder that cannot be written (not a report, or the output folder is missing): exit code 2 in the CLI. */
export class ReportUsageError extends Error {}

/** What `writeReport` wrote. */
export interface ReportSummary {
  reportDir: string;
  /** HTML pages written: run page, article list pages, article pages, entity pages. */
  pages: number;
  articles: number;
  entities: number;
  failed: number;
  skipped: number;
  /** Files or lines that could not be read (listed on the run page). */
  problems: ReadProblem[];
}

/** Marks a folder as a faktum report, so a later report may replace its pages and nothing else is ever deleted. */
const MARKER = '.faktum-report';

function prepare(reportDir: string): void {
  if (existsSync(reportDir) && readdirSync(reportDir).length > 0) {
    if (!existsSync(join(reportDir, MARKER))) throw new ReportUsageError(`refusing to write into ${reportDir}: it is not empty and not a faktum report`);
    for (const sub of ['a', 'e', 'articles', 'assets']) rmSync(join(reportDir, sub), { recursive: true, force: true });
  }
  for (const sub of ['a', 'e', 'articles', 'assets']) mkdirSync(join(reportDir, sub), { recursive: true });
  writeFileSync(join(reportDir, MARKER), 'written by faktum report; the pages in this folder are replaced by the next report\n');
}

/**
 * Writes the static HTML report of a run's output folder (`faktum report`, `faktum run --report`): a run page,
 * a paginated article list, one page per article and one per entity, and the bundled assets. It opens from the
 * file system with no server and no network. An unreadable article file is listed on the run page, not thrown.
 */
export async function writeReport(options: { outDir: string; reportDir: string; title?: string }): Promise<ReportSummary> {
  const outDir = resolve(options.outDir);
  const reportDir = resolve(options.reportDir);
  if (!existsSync(outDir)) throw new ReportUsageError(`no such output folder: ${options.outDir}`);
  prepare(reportDir);
  const errors = readRunLog(outDir, 'errors');
  const skipped = readRunLog(outDir, 'skipped');
  const problems = [...errors.problems, ...skipped.problems];
  const run = new RunCollector();
  let pages = 0;
  for (const file of listArticleFiles(outDir, reportDir)) {
    let article;
    try {
      article = readArticle(file, JSON.parse(readFileSync(join(outDir, file), 'utf8')));
    } catch (e) {
      problems.push({ file, reason: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const page = articlePage(file);
    const listHref = listPage(Math.floor(run.articles.length / PAGE_SIZE) + 1);
    writeFileSync(join(reportDir, page), renderArticlePage(article, { listHref }));
    run.add(article, page);
    pages += 1;
    // Let other work (a progress bar, signals) run between articles of a long report.
    if (pages % 200 === 0) await new Promise((done) => setImmediate(done));
  }
  for (const e of run.entities.values()) {
    writeFileSync(join(reportDir, entityPage(e.iri)), renderEntityPage(e, run.occurrences.get(e.iri) ?? []));
    pages += 1;
  }
  const listPages = Math.max(1, Math.ceil(run.articles.length / PAGE_SIZE));
  for (let n = 1; n <= listPages; n++) writeFileSync(join(reportDir, listPage(n)), renderListPage(run.articles, n));
  pages += listPages;
  const title = options.title ?? `Run ${basename(outDir) || dirname(outDir)}`;
  writeFileSync(join(reportDir, 'index.html'), renderRunPage({ title, run, failed: errors.records, skipped: skipped.records, problems, listPages }));
  writeAssets(reportDir, run.entities.values());
  return { reportDir, pages: pages + 1, articles: run.articles.length, entities: run.entities.size, failed: errors.records.length, skipped: skipped.records.length, problems };
}
