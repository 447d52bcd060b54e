import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The splits of the real-news NER set (`corpus/ner`, issue 16): `dev`, the 600 sentences rules and features are
 * judged on (CI gates it), and `test`, 250 held-out sentences of the same selection that no rule is built from
 * (report-only: never gated, never read for errors).
 */
export const REALNEWS_SPLITS = ['dev', 'test'] as const;

/** One real-news NER split. */
export type RealNewsSplit = (typeof REALNEWS_SPLITS)[number];

/** The Leipzig news years with a gold file per split. */
export const REALNEWS_YEARS: readonly number[] = [2015, 2020];

// A split's files are `leipzig-<year>.<suffix>.json`: the dev set kept its first name.
const SUFFIX: Record<RealNewsSplit, string> = { dev: 'gold', test: 'test' };

/** Whether `name` is a split name (`dev` or `test`). */
export function isRealNewsSplit(name: string): name is RealNewsSplit {
  return (REALNEWS_SPLITS as readonly string[]).includes(name);
}

/** The gold files a split names under `nerDir`, one per year, whether or not they exist. */
export function realNewsSplitFiles(nerDir: string, split: RealNewsSplit): string[] {
  return REALNEWS_YEARS.map((year) => join(nerDir, `leipzig-${year}.${SUFFIX[split]}.json`));
}

/**
 * The gold files of a split that exist under `nerDir`, in year order. Throws naming every file looked for when
 * none exists (a clone without `corpus/ner`, or a wrong `--corpus`).
 */
export function realNewsGoldFiles(nerDir: string, split: RealNewsSplit): string[] {
  const candidates = realNewsSplitFiles(nerDir, split);
  const files = candidates.filter((f) => existsSync(f));
  if (files.length === 0) throw new Error(`no gold file of the ${split} split: none of ${candidates.join(', ')} exists`);
  return files;
}
