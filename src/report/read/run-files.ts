import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** One line of `errors.jsonl` (a failed input) or `skipped.jsonl` (an input that is not an article). */
export interface RunRecord {
  file: string;
  reason: string;
  ruleId?: string;
  record?: string;
}

/** A line or file the report could not read, with where it is. */
export interface ReadProblem {
  file: string;
  line?: number;
  reason: string;
}

/**
 * The article files of an output folder: every `*.jsonld` below it, relative with `/`, sorted; folders starting
 * with a dot and the folder `exclude` (a report written inside the output folder) are left out.
 */
export function listArticleFiles(outDir: string, exclude?: string): string[] {
  const root = resolve(outDir);
  const skip = exclude ? resolve(exclude) : undefined;
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== skip) walk(path);
      } else if (entry.name.endsWith('.jsonld')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/**
 * Reads the run logs of one kind (`errors` or `skipped`), sharded runs included (`errors.shard-0-of-2.jsonl`).
 * A line that is not a JSON object with `file` and `reason` is returned as a problem, not thrown.
 */
export function readRunLog(outDir: string, kind: 'errors' | 'skipped'): { records: RunRecord[]; problems: ReadProblem[] } {
  const records: RunRecord[] = [];
  const problems: ReadProblem[] = [];
  if (!existsSync(outDir)) return { records, problems };
  const names = readdirSync(outDir).filter((n) => n === `${kind}.jsonl` || (n.startsWith(`${kind}.shard-`) && n.endsWith('.jsonl')));
  for (const name of names.sort()) {
    readFileSync(join(outDir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          const r = JSON.parse(line) as Partial<RunRecord>;
          if (typeof r.file !== 'string' || typeof r.reason !== 'string') throw new Error('expected "file" and "reason"');
          records.push({ file: r.file, reason: r.reason, ...(r.ruleId ? { ruleId: r.ruleId } : {}), ...(r.record ? { record: String(r.record) } : {}) });
        } catch (e) {
          problems.push({ file: name, line: i + 1, reason: e instanceof Error ? e.message : String(e) });
        }
      });
  }
  return { records, problems };
}
