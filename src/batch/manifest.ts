import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { AppendFile } from './append-file.js';
import { compactManifest } from './manifest-compact.js';
import { HeldEntries } from './manifest-held.js';
import { claimLine, cutTornTail, eachEntry, manifestFiles, manifestLine, manifestName, type ManifestEntry } from './manifest-lines.js';
import { shortHash } from './short-hash.js';

export type { ManifestEntry } from './manifest-lines.js';

export { shortHash } from './short-hash.js';
export { manifestName } from './manifest-lines.js';

/**
 * The manifests of an output folder: which inputs are done (to skip them on a rerun), where their N-Quads are, and
 * which files faktum wrote (the only ones it may overwrite). Append-only, one checksummed line per finished
 * article, written as soon as it is recorded, so that a run killed at any moment keeps what it finished (a torn
 * last line is cut off when the file is opened again); {@link Manifest.close} compacts it, atomically.
 */
export class Manifest {
  private readonly done = new HeldEntries();
  private readonly outputs = new Set<string>();
  /** Outputs named by other shards' manifests: this shard never orphans nor prunes them. */
  private readonly foreign = new Set<string>();
  /** Inputs whose lines go at compaction (pruned). */
  private readonly dropped = new Set<string>();
  /** Outputs this run claimed; those not done at the end stay claimed in the compacted file. */
  private readonly claimed: string[] = [];
  private file_?: AppendFile;
  private appended = 0;
  /** Whether any manifest existed in the folder before this run. */
  existed = false;

  private constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {}

  /** Reads every manifest in `dir` (all shards; this shard's own file last, so that its lines win). */
  static async open(dir: string, shardSuffix = ''): Promise<Manifest> {
    const manifest = new Manifest(dir, manifestName(shardSuffix));
    for (const name of await manifestFiles(dir, manifest.file)) {
      manifest.existed = true;
      const own = name === manifest.file;
      if (own) cutTornTail(join(dir, name));
      // Outputs named by another shard's manifest are also held apart: this shard never orphans nor prunes them.
      const held = (output: string) => {
        manifest.outputs.add(shortHash(output));
        if (!own) manifest.foreign.add(shortHash(output));
      };
      await eachEntry(join(dir, name), (entry) => {
        manifest.hold(entry);
        held(entry.output);
      }, (outputs) => outputs.forEach(held));
    }
    return manifest;
  }

  private hold(entry: ManifestEntry): void {
    this.outputs.add(shortHash(entry.output));
    this.done.hold(entry);
  }

  /** This shard's manifest file. */
  get path(): string {
    return join(this.dir, this.file);
  }

  /** True when another shard's manifest names this output (relative path). */
  foreignOwns(output: string): boolean {
    return this.foreign.has(shortHash(output));
  }

  /** The digest of where an input was read from when it was done ({@link sourceDigest}); undefined when never done. */
  sourceOf(input: string): string | undefined {
    return this.done.sourceOf(input);
  }

  /** Forgets entries whose outputs were pruned: their lines go when the file is compacted ({@link close}). */
  drop(entries: readonly ManifestEntry[]): void {
    for (const entry of entries) {
      this.done.forget(entry.input);
      this.dropped.add(shortHash(entry.input));
    }
  }

  /** True when faktum recorded writing this output (relative path). */
  owns(output: string): boolean {
    return this.outputs.has(shortHash(output));
  }

  /** The pipeline an input was last written with, to fingerprint it again; undefined when it was never done. */
  routeOf(input: string): string | undefined {
    return this.done.routeOf(input);
  }

  /**
   * The N-Quads place of an input done with the same content, output, routing and pipeline fingerprint;
   * undefined when it must be (re)done.
   */
  doneQuads(entry: Omit<ManifestEntry, 'nq' | 'route'>): ManifestEntry['nq'] | undefined {
    return this.done.doneQuads(entry);
  }

  /** Records finished articles: appended and written at once, so that they survive an interruption. */
  record(entries: ManifestEntry[]): void {
    if (!entries.length) return;
    this.appender().append(entries.map(manifestLine).join(''));
    this.appended += entries.length;
    for (const entry of entries) this.hold(entry);
  }

  /** Claims outputs before they are written (one line for a task's documents), so that a crash cannot orphan them. */
  claim(outputs: readonly string[]): void {
    if (!outputs.length) return;
    this.appender().append(claimLine(outputs));
    this.claimed.push(...outputs);
    for (const output of outputs) this.outputs.add(shortHash(output));
  }

  private appender(): AppendFile {
    return (this.file_ ??= new AppendFile(join(this.dir, this.file), 'a'));
  }

  /** Segment files (relative to the output folder) that the held entries point into. */
  segments(): Set<string> {
    return this.done.segments();
  }

  /**
   * Closes the file and compacts this shard's manifest: one line per input, the last one written, in the order of
   * those last lines (for a fresh run: input order); written beside it, flushed and renamed over it.
   */
  async close(): Promise<void> {
    this.file_?.close();
    this.file_ = undefined;
    const path = join(this.dir, this.file);
    if (!existsSync(path)) {
      closeSync(openSync(path, 'w'));
      return;
    }
    if (!this.appended && !this.claimed.length && !this.dropped.size) return;
    await compactManifest(this.dir, path, this.dropped);
  }
}
