import { join } from 'node:path';
import { Command } from 'commander';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { ReportUsageError, writeReport } from '../report/index.js';

/** Output streams of `reportCommand`; tests capture them. */
export interface ReportCommandDeps {
  out?: (text: string) => void;
  err?: (text: string) => void;
}

interface ReportOptions {
  out?: string;
  title?: string;
  json?: boolean;
}

function parser(out: (s: string) => void, err: (s: string) => void): Command {
  return reportingProgram(new Command('faktum report')
    .description('Write a static HTML report of a run: run page, one page per article (marked text, relations with evidence, graph) and per entity. Opens from disk, no network.')
    .argument('<output dir>', 'the output folder of `faktum run`')
    .option('--out <dir>', 'the report folder (default: <output dir>/report)')
    .option('--title <text>', 'the title of the run page')
    .option('--json', 'print the summary as one JSON object'), out, err);
}

/**
 * `faktum report <output dir> [--out <report dir>]`. Returns 0 when the report was written, 1 when some output
 * file could not be read (it is listed on the run page), 2 on usage errors (no such folder, a folder that is not a report).
 */
export async function reportCommand(args: string[], deps: ReportCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = parser(out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const options = program.opts<ReportOptions>();
  const outDir = program.args[0];
  const started = performance.now();
  try {
    const summary = await writeReport({ outDir, reportDir: options.out ?? join(outDir, 'report'), ...(options.title ? { title: options.title } : {}) });
    const seconds = (performance.now() - started) / 1000;
    if (options.json) out(`${JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) })}\n`);
    else {
      for (const p of summary.problems) err(`faktum report: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`);
      out(`faktum report: ${summary.articles} articles, ${summary.entities} entities, ${summary.failed} failed, ${summary.skipped} skipped: ${summary.pages} pages in ${seconds.toFixed(1)} s -> ${join(summary.reportDir, 'index.html')}\n`);
    }
    return summary.problems.length ? 1 : 0;
  } catch (e) {
    if (!(e instanceof ReportUsageError)) throw e;
    err(`faktum report: ${e.message}\n`);
    return 2;
  }
}
