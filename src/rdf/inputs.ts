import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** An input path that does not exist: a usage error (exit 2). */
export class MissingInputError extends Error {}

/**
 * The files to read: each directory walked recursively for files ending in one of `extensions` (sorted, so output
 * is stable), each file taken as given. Throws MissingInputError for a path that does not exist.
 */
export function collectFiles(paths: string[], extensions: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new MissingInputError(`no such file or directory: ${path}`);
    }
    if (stat.isDirectory()) files.push(...walk(path, extensions));
    else files.push(path);
  }
  return files;
}

function walk(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, extensions));
    else if (entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext))) out.push(path);
  }
  return out;
}
