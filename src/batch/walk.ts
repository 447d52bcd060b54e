import { opendir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { childPath, fsPathOf, showBytes, type FsPath } from './raw-names.js';

/** File extensions read when walking folders (files named on the command line are read whatever their name). */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'];

/** Project files that sit in article folders without being articles; passed over in folders, read when named. */
const NOT_ARTICLES = /^(readme|license|licence|changelog|contributing|authors|notice|copying)(\.[a-z]+)?$/i;

/** One input found by the walker: a file, standard input, or a problem to report for a path. */
export type WalkItem =
  | {
      kind: 'file'; path: string; rel: string; size: number;
      /** The path's bytes when a name in it is not valid UTF-8 (`path` and `rel` then show such bytes as `\xNN`). */
      raw?: Buffer;
      /** `rel` with such names decoded as Latin-1: the output's name (only with `raw`). */
      outName?: string;
    }
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
 * file name for a file root), with `/` separators: the name of the output. A name that is not valid UTF-8 is
 * read by its bytes (`raw`), shown with `\xNN` escapes and named for output as Latin-1 (`src/batch/raw-names.ts`).
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
    if (info.isDirectory()) yield* walkFolder(root, { shown: root, decoded: root }, new Set([key(info)]), exclude);
    else if (info.isFile()) yield { kind: 'file', path: root, rel: basename(root), size: info.size };
    // A FIFO would block the run until something writes to it, a device such as /dev/zero never ends: refused.
    else yield { kind: 'error', path: root, rel: basename(root), reason: `not a regular file (a device, FIFO or socket): ${root}`, ruleId: 'not-a-file' };
  }
}

async function* walkFolder(root: string, dir: FsPath, ancestors: Set<string>, exclude: Set<string>): AsyncGenerator<WalkItem> {
  let names: FsPath[];
  try {
    names = [];
    // Names as bytes: a name that is not UTF-8 would come back with U+FFFD in it, naming no file.
    // Names only are held per folder: sorting them is what makes the order independent of the file system.
    for await (const entry of await opendir(fsPathOf(dir), { encoding: 'buffer' as BufferEncoding })) {
      const name = entry.name as unknown as Buffer;
      if (name[0] !== 0x2e) names.push(childPath(dir, name));
    }
  } catch (error) {
    yield { kind: 'error', path: dir.shown, rel: toRel(root, dir.shown), ...describeFsError(error, dir.raw && dir.shown) };
    return;
  }
  // By the name as decoded (for UTF-8 names: as before), a UTF-8 name before a Latin-1 one that decodes alike.
  names.sort((a, b) => (a.decoded < b.decoded ? -1 : a.decoded > b.decoded ? 1 : Number(Boolean(a.raw)) - Number(Boolean(b.raw)) || (a.shown < b.shown ? -1 : 1)));
  for (const child of names) {
    const path = child.shown;
    const fsPath = fsPathOf(child);
    const rel = toRel(root, path);
    const name = basename(path);
    let info: Stats;
    try {
      info = await stat(fsPath);
    } catch (error) {
      yield { kind: 'error', path, rel, ...describeFsError(error, child.raw && path) };
      continue;
    }
    if (info.isDirectory()) {
      if (ancestors.has(key(info))) {
        const target = await realpath(fsPath, { encoding: 'buffer' }).then(showBytes, () => '?');
        yield { kind: 'error', path, rel, reason: `symlink loop: ${path} leads back to ${target}`, ruleId: 'symlink-loop' };
        continue;
      }
      if (exclude.size && exclude.has(await realpath(fsPath).catch(() => path))) continue;
      yield* walkFolder(root, child, new Set([...ancestors, key(info)]), exclude);
    } else if (info.isFile() && INPUT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && !NOT_ARTICLES.test(name)) {
      yield { kind: 'file', path, rel, size: info.size, ...(child.raw ? { raw: child.raw, outName: toRel(root, child.decoded) } : {}) };
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

/**
 * A file-system error as a one-line reason naming the problem; `shown` replaces the error's path (one read by its
 * bytes, whose name is not UTF-8: see {@link walkInputs}).
 */
export function describeFsError(error: unknown, shown?: string): { reason: string; ruleId: string } {
  const e = { ...(error as NodeJS.ErrnoException), message: (error as Error)?.message };
  if (shown !== undefined) {
    if (e.path && e.message) e.message = e.message.split(e.path).join(shown);
    e.path = shown;
  }
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
