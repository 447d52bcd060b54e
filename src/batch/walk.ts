import { opendir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/** File extensions read when walking folders (files named on the command line are read whatever their name). */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

/** Project files that sit in article folders without being articles; passed over in folders, read when named. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing|authors|notice|copying)(\.[a-z]+)?$/i;

/** One input found by the walker: a file, standard input, or a problem to report for a path. */
export type WalkItem =
  | { kind: 'file'; path: string; rel: string; size: number }
  | { kind: 'stdin'; path: '-'; rel: string }
  | { kind: 'error'; path: string; rel: string; reason: string; ruleId: string };

/** Options of {@link walkInputs}. */
export interface WalkOptions {
  /** Real paths of folders not to descend into (the output folder). */
  exclude?: string[];
}

/**
 * Streams the inputs under the given roots in a deterministic order (roots as given, folder entries sorted by
 * name), following symbolic links and reporting loops instead of following them forever. Hidden entries (`.git`)
 * files of other types and project files (README.md, LICENSE) inside folders are passed over. `rel` is the path relative to the root folder (the
 * file name for a file root), with `/` separators: the name of the output.
 */
export async function* walkInputs(roots: string[], options: WalkOptions = {}): AsyncGenerator<WalkItem> {
  const exclude = new Set(options.exclude ?? []);
  for (const root of roots) {
    if (root === '-') {
      yield { kind: 'stdin', path: '-', rel: 'stdin.txt' };
      continue;
    }
    let info: Stats;
    try {
      info = await stat(root);
    } catch (error) {
      yield { kind: 'error', path: root, rel: basename(root), ...describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(root, root, new Set([key(info)]), exclude);
    else if (info.isFile()) yield { kind: 'file', path: root, rel: basename(root), size: info.size };
    // A FIFO would block the run until something writes to it, a device such as /dev/zero never ends: refused.
    else yield { kind: 'error', path: root, rel: basename(root), reason: `not a regular file (a device, FIFO or socket): ${root}`, ruleId: 'not-a-file' };
  }
}

async function* walkFolder(root: string, dir: string, ancestors: Set<string>, exclude: Set<string>): AsyncGenerator<WalkItem> {
  let names: string[];
  try {
    names = [];
    // Names only are held per folder: sorting them is what makes the order independent of the file system.
    for await (const entry of await opendir(dir)) if (!entry.name.startsWith('.')) names.push(entry.name);
  } catch (error) {
    yield { kind: 'error', path: dir, rel: toRel(root, dir), ...describeFsError(error) };
    return;
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    const rel = toRel(root, path);
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'error', path, rel, ...describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) {
      if (ancestors.has(key(info))) {
        yield { kind: 'error', path, rel, reason: `symlink loop: ${path} leads back to ${await realpath(path).catch(() => '?')}`, ruleId: 'symlink-loop' };
        continue;
      }
      if (exclude.size && exclude.has(await realpath(path).catch(() => path))) continue;
      yield* walkFolder(root, path, new Set([...ancestors, key(info)]), exclude);
    } else if (info.isFile() && INPUT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && !NOT_ARTICLES.test(name)) {
      yield { kind: 'file', path, rel, size: info.size };
    }
  }
}

/** Counts the files a walk would yield, for the progress bar's ETA (names only, nothing is read). */
export async function countInputs(roots: string[], options: WalkOptions = {}): Promise<number> {
  let n = 0;
  for await (const item of walkInputs(roots, options)) if (item.kind !== 'error') n++;
  return n;
}

function key(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

function toRel(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** A file-system error as a one-line reason naming the problem. */
export function describeFsError(error: unknown): { reason: string; ruleId: string } {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return { reason: `no such file or folder: ${e.path ?? ''}`.trim(), ruleId: 'not-found' };
    case 'EACCES':
    case 'EPERM':
      return { reason: `permission denied: ${e.path ?? ''}`.trim(), ruleId: 'unreadable' };
    case 'ELOOP':
      return { reason: `symlink loop: ${e.path ?? ''}`.trim(), ruleId: 'symlink-loop' };
    case 'EISDIR':
      return { reason: `is a folder: ${e.path ?? ''}`.trim(), ruleId: 'unreadable' };
    default:
      return { reason: e.message ?? String(error), ruleId: 'unreadable' };
  }
}
