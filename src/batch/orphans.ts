import { existsSync, lstatSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Manifest } from './manifest.js';
import { eachEntry, type ManifestEntry } from './manifest-lines.js';
import { shortHash } from './short-hash.js';
import type { WalkItem } from './walk.js';

/** Where an input is on disk, as a manifest line records it (nothing for standard input). */
export type InputSource = Pick<ManifestEntry, 'file' | 'fileBytes'>;

/** The source of a walked input: its absolute path, and its bytes when a name in it is not UTF-8. */
export function inputSource(item: WalkItem): InputSource {
  if (item.kind === 'stdin') return {};
  const file = resolve(item.path);
  if (item.kind !== 'file' || !item.raw) return { file };
  const bytes = item.raw[0] === 0x2f ? item.raw : Buffer.concat([Buffer.from(`${process.cwd()}/`), item.raw]);
  return { file, fileBytes: bytes.toString('hex') };
}

/** A short digest of a source, held per input, so that a rerun notices an input that moved (and records it anew). */
export function sourceDigest(source: InputSource): string {
  return source.file === undefined ? '' : shortHash(`${source.file}\0${source.fileBytes ?? ''}`);
}

/**
 * True when an entry's input file is gone: stat fails with ENOENT or ENOTDIR. An input of unknown place (standard
 * input, a line of an older faktum) or one that cannot be looked at (permissions) is not gone.
 */
export function inputGone(source: InputSource): boolean {
  if (source.file === undefined) return false;
  try {
    statSync(source.fileBytes ? Buffer.from(source.fileBytes, 'hex') : source.file);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/**
 * The orphaned entries of one manifest file: entries whose input file is gone and whose output is neither `kept`
 * (written or found up to date by this run, or named by another shard's manifest) nor named by a line of this file
 * whose input is still there. The last line of an input decides; streamed. With `stale`, also the entries of gone
 * inputs whose output is kept all the same (another input writes it now): their lines may go, their files not.
 * Without it an entry whose output is kept is not looked at (no stat per input on a rerun).
 */
export async function findOrphans(path: string, kept: (output: string) => boolean, stale = false): Promise<{ orphans: ManifestEntry[]; stale: ManifestEntry[] }> {
  const found = new Map<string, ManifestEntry>();
  const live = new Set<string>();
  // This shard has no manifest of its own yet (the folder holds other shards' only): nothing of it is orphaned.
  if (!existsSync(path)) return { orphans: [], stale: [] };
  await eachEntry(path, (entry) => {
    const input = shortHash(entry.input);
    if ((stale || !kept(entry.output)) && inputGone(entry)) found.set(input, entry);
    else {
      found.delete(input);
      live.add(shortHash(entry.output));
    }
  });
  const gone = [...found.values()];
  const orphaned = (entry: ManifestEntry) => !kept(entry.output) && !live.has(shortHash(entry.output));
  return { orphans: gone.filter(orphaned), stale: gone.filter((entry) => !orphaned(entry)) };
}

/**
 * Removes the output files of orphaned entries (`--prune`): only a regular `.jsonld` file inside the output folder,
 * as the manifest names it. Returns the entries whose output is gone now (their manifest lines may go); a file that
 * cannot be removed is reported through `warn` and its entry kept.
 */
export function pruneOutputs(out: string, orphans: readonly ManifestEntry[], warn: (message: string) => void): ManifestEntry[] {
  const root = realpathSync(out);
  const removed: ManifestEntry[] = [];
  for (const entry of orphans) {
    const abs = resolve(out, entry.output);
    try {
      // The real folder, so that a symbolic link inside --out never leads the removal elsewhere.
      const real = join(realpathSync(dirname(abs)), basename(abs));
      const rel = relative(root, real);
      if (!entry.output.endsWith('.jsonld') || rel.startsWith('..') || isAbsolute(rel) || rel.split('/').some((p) => p.startsWith('.faktum'))) {
        warn(`--prune: not removed ${abs}: not an output inside ${out}`);
        continue;
      }
      if (!lstatSync(real).isFile()) {
        warn(`--prune: not removed ${abs}: not a regular file`);
        continue;
      }
      rmSync(real);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        warn(`--prune: cannot remove ${abs}: ${message}`);
        continue;
      }
    }
    removed.push(entry);
  }
  return removed;
}

/**
 * At the end of a run: counts the orphaned outputs of this shard's manifest (those `claimed` by this run or named by
 * another shard's manifest never are), or with `prune` removes them and forgets their lines (and the lines of gone
 * inputs whose output another input writes now), which go when the manifest is compacted. Files first: a crash in between leaves lines that the next run finds orphaned again (and
 * prunes), never a file that faktum no longer knows as its own.
 */
export async function settleOrphans(manifest: Manifest, out: string, claimed: (output: string) => boolean, prune: boolean, warn: (message: string) => void): Promise<{ orphaned: number; pruned: number }> {
  const { orphans, stale } = await findOrphans(manifest.path, (output) => claimed(output) || manifest.foreignOwns(output), prune);
  if (!prune) return { orphaned: orphans.length, pruned: 0 };
  const removed = pruneOutputs(out, orphans, warn);
  manifest.drop([...removed, ...stale]);
  return { orphaned: orphans.length - removed.length, pruned: removed.length };
}

/**
 * The outputs of an output folder that are orphaned, as paths joined to `dir` (as a folder walk names them): every
 * manifest line (of any shard) that names the output has an input that is gone. For `faktum query --in`.
 */
export async function orphanedOutputs(dir: string): Promise<Set<string>> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith('.faktum-manifest') && n.endsWith('.jsonl'));
  } catch {
    return new Set();
  }
  const gone = new Set<string>();
  const live = new Set<string>();
  for (const name of names) await eachEntry(join(dir, name), (entry) => (inputGone(entry) ? gone : live).add(entry.output));
  return new Set([...gone].filter((output) => !live.has(output)).map((output) => join(dir, output)));
}
