import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalApi } from '../eval/pipeline-api.js';
import { readUner, UNER_PUD_FILE } from '../eval/uner/read-uner.js';
import { evaluateUner } from '../eval/uner/evaluate-uner.js';
import { formatConllView } from '../eval/report/format-conll.js';

/**
 * `faktum eval uner`: the whole pipeline on UNER German PUD (`<data>/uner-german-pud/`, or `--gold FILE`),
 * PER/LOC/ORG chunks, conlleval-compatible. Report only, never a gate: the set is for outside evaluation.
 * Returns the exit code (2 when the file is missing).
 */
export async function runUner(
  api: EvalApi,
  opts: { pipeline?: string; data: string; gold?: string[]; json?: boolean },
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const file = opts.gold?.[0] ?? join(opts.data, UNER_PUD_FILE);
  if (!existsSync(file)) {
    err(`faktum eval: no UNER file at ${file} (give --data or --gold FILE)\n`);
    return 2;
  }
  const sentences = readUner(file);
  const pipeline = await api.openPipeline(opts.pipeline ? { pipeline: opts.pipeline } : {});
  const scores = await evaluateUner(api, pipeline, sentences);
  if (opts.json) out(`${JSON.stringify({ kind: 'uner', file, sentences: sentences.length, ...scores })}\n`);
  else out(`${formatConllView(`UNER (PER/LOC/ORG), whole pipeline: ${file}, ${sentences.length} sentences`, scores).join('\n')}\n`);
  return 0;
}
