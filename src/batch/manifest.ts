import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

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
 * A 96-bit digest as a 16-character string. The manifest of a million-file run is held as digests, about 100
 * bytes per input instead of the few hundred its lines take.
 */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 16);
}

function entryDigest(e: ManifestEntry): string {
  return shortHash(`${e.sha256}\n${e.pipeline}\n${e.output}`);
}

/** Calls `fn` for each parsable line of a JSONL file, streamed; a torn last line from an interruption is skipped. */
async function eachLine(path: string, fn: (entry: ManifestEntry, line: string, index: number) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let index = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let entry: ManifestEntry;
    try {
      entry = JSON.parse(line) as ManifestEntry;
    } catch {
      continue;
    }
    fn(entry, line, index++);
  }
}

/**
 * The manifests of an output folder: which inputs are done (to skip them on a rerun) and which files in the
 * folder faktum wrote (the only ones it may overwrite). Appends as it goes, so an interrupted run keeps what it
 * finished; {@link Manifest.close} compacts its file to one line per input.
 */
export class Manifest {
  /** shortHash(input) -> digest of what was done with it. */
  private readonly done = new Map<string, string>();
  /** shortHash(output) of every output recorded. */
  private readonly outputs = new Set<string>();
  private stream?: WriteStream;
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
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith('.jsonl'));
    names.sort((a, b) => Number(a === manifest.file) - Number(b === manifest.file) || (a < b ? -1 : 1));
    for (const name of names) {
      manifest.existed = true;
      await eachLine(join(dir, name), (entry) => {
        manifest.outputs.add(shortHash(entry.output));
        manifest.done.set(shortHash(entry.input), entryDigest(entry));
      });
    }
    return manifest;
  }

  /** True when faktum recorded writing this output (relative path). */
  owns(output: string): boolean {
    return this.outputs.has(shortHash(output));
  }

  /** True when the input is done with the same content and pipeline, into the same output. */
  isDone(entry: ManifestEntry): boolean {
    return this.done.get(shortHash(entry.input)) === entryDigest(entry);
  }

  /** Records an output as written (appended at once, so that it survives an interruption). */
  record(entry: ManifestEntry): void {
    this.stream ??= createWriteStream(join(this.dir, this.file), { flags: 'a' });
    this.stream.write(`${JSON.stringify(entry)}\n`);
    this.appended++;
    this.done.set(shortHash(entry.input), entryDigest(entry));
    this.outputs.add(shortHash(entry.output));
  }

  /**
   * Closes the append stream and compacts this shard's file: one line per input, the last one written, in the
   * order of those last lines (for a fresh run: input order). Streamed, holding one number per input.
   */
  async close(): Promise<void> {
    if (this.stream) await new Promise<void>((done) => this.stream!.end(done));
    const path = join(this.dir, this.file);
    if (!existsSync(path)) {
      await new Promise<void>((done) => createWriteStream(path).end(done));
      return;
    }
    if (!this.appended) return;
    const last = new Map<string, number>();
    await eachLine(path, (entry, _line, index) => last.set(shortHash(entry.input), index));
    const out = createWriteStream(`${path}.tmp`);
    await eachLine(path, (entry, line, index) => {
      if (last.get(shortHash(entry.input)) === index) out.write(`${line}\n`);
    });
    await new Promise<void>((done) => out.end(done));
    await rename(`${path}.tmp`, path);
  }
}
