import { join } from 'node:path';
import { AppendFile } from './append-file.js';
import type { BatchSummary } from './batch-types.js';

/** A document that failed, as `errors.jsonl` records it (`place`: where in the file, when known). */
export interface Failure {
  file: string;
  key: string;
  reason: string;
  ruleId: string;
  place?: string;
}

/** The run's `errors.jsonl` and `skipped.jsonl`, each line counted in the summary as it is written. */
export class RunLog {
  private readonly errors: AppendFile;
  private readonly skipped: AppendFile;

  constructor(out: string, files: { errors: string; skipped: string }, private readonly summary: BatchSummary) {
    this.errors = new AppendFile(join(out, files.errors), 'w');
    this.skipped = new AppendFile(join(out, files.skipped), 'w');
  }

  /** Records a failed document; a record of a records file is named beside its file. */
  fail(p: Failure): void {
    this.summary.failed++;
    const record = p.key !== p.file && !p.file.endsWith(p.key) ? { record: p.key } : {};
    this.errors.append(`${JSON.stringify({ file: p.file, ...record, reason: p.reason, ruleId: p.ruleId, place: p.place ?? null })}\n`);
  }

  /** Records a skipped input with the reason. */
  skip(line: object): void {
    this.summary.skipped++;
    this.skipped.append(`${JSON.stringify(line)}\n`);
  }

  close(): void {
    this.errors.close();
    this.skipped.close();
  }
}
