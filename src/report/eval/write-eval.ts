import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineMetrics, readBaselineFile } from '../../eval/baseline-file.js';
import { corpusGatedMetrics, type CorpusReport } from '../../eval/corpus/evaluate.js';
import { SCHEMES } from '../../eval/mentions/semeval.js';
import { writeAssets } from '../assets/write-assets.js';
import { ReportUsageError } from '../index.js';
import { html, renderPage } from '../render/html.js';
import { baselineTable } from './baseline-table.js';
import type { EvalDocument } from './collect.js';
import { renderEvalDocPage, verdicts } from './doc-page.js';
import { prfTable, scoreCell } from './tables.js';

/** What `faktum eval corpus --html` writes pages of. */
export interface EvalReportInput {
  dir: string;
  pipeline: string;
  report: CorpusReport;
  documents: EvalDocument[];
  problems: string[];
  /** The baseline file and key to compare with, when there is one. */
  baseline?: { path: string; key: string };
}

function comparison(input: EvalReportInput) {
  if (!input.baseline) return html`<p>No baseline to compare with.</p>`;
  try {
    const base = baselineMetrics(readBaselineFile(input.baseline.path), input.baseline.key, input.baseline.path);
    return baselineTable(corpusGatedMetrics(input.report), base, `${input.baseline.path} [${input.baseline.key}]`);
  } catch (e) {
    return html`<p class="warn">Baseline not compared: ${e instanceof Error ? e.message : String(e)}</p>`;
  }
}

function documentList(documents: EvalDocument[]) {
  return html`<table id="documents">
    <caption>Documents (strict mentions): open one for gold and predicted side by side</caption>
    <thead><tr><th scope="col">Document</th><th scope="col" class="num">Gold</th><th scope="col" class="num">Predicted</th><th scope="col" class="num">Right</th><th scope="col" class="num">Wrong span or label</th><th scope="col" class="num">Missed</th><th scope="col" class="num">False positives</th></tr></thead>
    <tbody>${documents.map((d) => {
      const v = verdicts(d.gold, d.pred);
      const n = (list: typeof v.gold, verdict: string) => list.filter((m) => m.verdict === verdict).length;
      return html`<tr><th scope="row"><a href=${`docs/${d.name}.html`}>${d.name}</a></th><td class="num">${d.gold.length}</td><td class="num">${d.pred.length}</td>
        <td class="num">${n(v.gold, 'ok')}</td><td class="num">${n(v.gold, 'wrong')}</td><td class="num">${n(v.gold, 'miss')}</td><td class="num">${n(v.pred, 'fp')}</td></tr>`;
    })}</tbody>
  </table>`;
}

/**
 * Writes the evaluation as pages: `index.html` with the per-label tables of every scheme and level, the links and
 * the baseline comparison, and `docs/<name>.html` per document. Every score cell carries its `--json` path.
 */
export function writeEvalReport(input: EvalReportInput): { pages: number } {
  const { dir, report } = input;
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, '.faktum-report'))) {
    throw new ReportUsageError(`refusing to write into ${dir}: it is not empty and not a faktum report`);
  }
  for (const sub of ['docs', 'assets']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, '.faktum-report'), 'written by faktum eval --html; replaced by the next evaluation\n');
  writeAssets(dir);
  for (const d of input.documents) writeFileSync(join(dir, 'docs', `${d.name}.html`), renderEvalDocPage(d));
  const l = report.links;
  const body = html`
    <h1>Evaluation of pipeline ${input.pipeline} on ${report.articles} articles</h1>
    ${input.problems.length ? html`<ul class="warn">${input.problems.map((p) => html`<li>${p}</li>`)}</ul>` : ''}
    <table id="summary">
      <caption>Overview (F1)</caption>
      <tbody>
        ${SCHEMES.map((s) => html`<tr><th scope="row">mentions, ${s}</th>${scoreCell(`mentions.${s}.micro.f1`, report.mentions[s].micro.f1)}</tr>`)}
        <tr><th scope="row">documents (entity sets)</th>${scoreCell('documents.micro.f1', report.documents.micro.f1)}</tr>
        <tr><th scope="row">relations</th>${scoreCell('relations.micro.f1', report.relations.micro.f1)}</tr>
        <tr><th scope="row">Wikidata link accuracy</th>${scoreCell('links.accuracy', l.accuracy)}</tr>
      </tbody>
    </table>
    ${comparison(input)}
    ${SCHEMES.map((s) => prfTable(`mentions-${s}`, `Mentions, ${s} (SemEval-2013)`, `mentions.${s}`, report.mentions[s]))}
    ${prfTable('documents-table', 'Documents: entity sets by name and type', 'documents', report.documents)}
    ${prfTable('relations-table', 'Relations (subject, predicate, object)', 'relations', report.relations)}
    <table id="links">
      <caption>Wikidata links (${l.correct} of ${l.found} found gold entities linked right; ${l.judged} of ${l.predicted} predicted ids judged)</caption>
      <thead><tr><th scope="col" class="num">Accuracy</th><th scope="col" class="num">P</th><th scope="col" class="num">R</th><th scope="col" class="num">F1</th></tr></thead>
      <tbody><tr>${scoreCell('links.accuracy', l.accuracy)}${scoreCell('links.precision', l.precision)}${scoreCell('links.recall', l.recall)}${scoreCell('links.f1', l.f1)}</tr></tbody>
    </table>
    ${documentList(input.documents)}`;
  writeFileSync(join(dir, 'index.html'), renderPage({ title: `Evaluation ${input.pipeline}: faktum`, root: '' }, body));
  return { pages: input.documents.length + 1 };
}
