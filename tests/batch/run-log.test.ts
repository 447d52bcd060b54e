import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/batch-types.js';
import { RunLog } from '../../src/batch/run-log.js';

function newSummary(out: string): BatchSummary {
  return { processed: 0, skipped: 0, failed: 0, upToDate: 0, otherLanguage: 0, notArticle: 0, orphaned: 0, pruned: 0, out, seconds: 0 };
}

describe('RunLog: errors.jsonl and skipped.jsonl, counted as written', () => {
  it.each([
    ['a single-article file names only the file', { file: 'in/nvidia.html', key: 'in/nvidia.html', reason: 'not UTF-8', ruleId: 'decode', place: '3:1' }, { file: 'in/nvidia.html', reason: 'not UTF-8', ruleId: 'decode', place: '3:1' }],
    ['a record of a records file is named beside it', { file: 'in/feed.jsonl', key: 'in/feed.jsonl#12', reason: 'no text field', ruleId: 'record' }, { file: 'in/feed.jsonl', record: 'in/feed.jsonl#12', reason: 'no text field', ruleId: 'record', place: null }],
  ])('%s', (_name, failure, line) => {
    const out = mkdtempSync(join(tmpdir(), 'faktum-runlog-'));
    const summary = newSummary(out);
    const log = new RunLog(out, { errors: 'errors.jsonl', skipped: 'skipped.jsonl' }, summary);
    log.fail(failure);
    log.skip({ file: 'in/ansage.txt', reason: 'language en has no pipeline' });
    log.close();
    expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toEqual(line);
    expect(JSON.parse(readFileSync(join(out, 'skipped.jsonl'), 'utf8'))).toEqual({ file: 'in/ansage.txt', reason: 'language en has no pipeline' });
    expect([summary.failed, summary.skipped]).toEqual([1, 1]);
  });
});
