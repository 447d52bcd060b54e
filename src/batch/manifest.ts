import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One line of `<out>/.faktum-manifest.jsonl`: an input whose output this run (or an earlier one) wrote. */
export interface ManifestEntry {
  /** Input key: relative path, plus `#id` for a record of a JSON or JSONL file. */
  input: string;
  /** sha256 of the input's bytes (of the record for JSON and JSONL). */
  sha256: string;
  /** Pipeline fingerprint: name, stage ids, model version. */
  pipeline: string;
  /** Output path relative to the output folder. */
  output: string;
}

const PREFIX = '.faktum-manifest';

/** The manifest's file name; each shard of a job array writes its own, all are read. */
export function manifestName(shardSuffix: string): string {
  return `${PREFIX}${shardSuffix}.jsonl`;
}

/**
 * The manifests of an output folder: which inputs are done (to skip them on a rerun) and which files in the
 * folder faktum wrote (the only ones it may overwrite). Appends as it goes, so an interrupted run keeps what it
 * finished; {@link Manifest.close} rewrites it compacted, one line per input.
 */
export class Manifest {
  private readonly entries = new Map<string, ManifestEntry>();
  /** Entries of this shard's own file: the only ones {@link Manifest.close} writes back. */
  private readonly own = new Map<string, ManifestEntry>();
  private readonly outputs = new Set<string>();
  private stream?: WriteStream;
  /** Whether any manifest existed in the folder before this run. */
  existed = false;

  private constructor(
    private readonly dir: string,
    private readonly file: string,
  ) {}

  /** Reads every manifest in `dir` (all shards), tolerating a torn last line from an interrupted run. */
  static async open(dir: string, shardSuffix = ''): Promise<Manifest> {
    const manifest = new Manifest(dir, manifestName(shardSuffix));
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith('.jsonl')).sort();
    for (const name of names) {
      manifest.existed = true;
      const own = name === manifest.file;
      for (const line of (await readFile(join(dir, name), 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as ManifestEntry;
          manifest.outputs.add(entry.output);
          if (own) {
            manifest.entries.set(entry.input, entry);
            manifest.own.set(entry.input, entry);
          }
          else if (!manifest.entries.has(entry.input)) manifest.entries.set(entry.input, entry);
        } catch {
          // A line cut short by an interruption: that input is simply not done.
        }
      }
    }
    return manifest;
  }

  /** The entry of an input, if any. */
  get(input: string): ManifestEntry | undefined {
    return this.entries.get(input);
  }

  /** True when faktum recorded writing this output (relative path). */
  owns(output: string): boolean {
    return this.outputs.has(output);
  }

  /** True when the input is done with the same content and pipeline, into the same output. */
  isDone(entry: ManifestEntry): boolean {
    const old = this.entries.get(entry.input);
    return !!old && old.sha256 === entry.sha256 && old.pipeline === entry.pipeline && old.output === entry.output;
  }

  /** Records an output as written (appended at once, so that it survives an interruption). */
  record(entry: ManifestEntry): void {
    this.stream ??= createWriteStream(join(this.dir, this.file), { flags: 'a' });
    this.stream.write(`${JSON.stringify(entry)}\n`);
    this.entries.set(entry.input, entry);
    this.own.set(entry.input, entry);
    this.outputs.add(entry.output);
  }

  /** Closes the append stream and rewrites the manifest with one line per input, in first-seen order. */
  async close(): Promise<void> {
    if (this.stream) await new Promise<void>((done) => this.stream!.end(done));
    const own = [...this.own.values()];
    const path = join(this.dir, this.file);
    await writeFile(`${path}.tmp`, own.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(`${path}.tmp`, path);
  }
}
