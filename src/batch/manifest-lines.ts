import { createHash } from 'node:crypto';
import { closeSync, createReadStream, ftruncateSync, fstatSync, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readdir } from 'node:fs/promises';

/** One line of `<out>/.faktum-manifest.jsonl`: an input whose output a run wrote. */
export interface ManifestEntry {
  /** Input key: relative path, plus `#id` for a record of a JSON or JSONL file. */
  input: string;
  /** sha256 of the input's bytes (of the record for JSON and JSONL). */
  sha256: string;
  /** Fingerprint of the pipeline that wrote it (stage ids, options, model, KB, version). */
  pipeline: string;
  /** The pipeline as the run named it (a name or a file), to fingerprint it again on a rerun. */
  route: string;
  /** How the run chose pipelines (`--lang`, `--pipeline`): another choice may route the input elsewhere. */
  routing: string;
  /** Output path relative to the output folder. */
  output: string;
  /** Where the article's N-Quads are: segment file (relative to the output folder), byte offset, length. */
  nq: [segment: string, offset: number, length: number];
  /**
   * The input file, absolute (a name that is not UTF-8 shown with `\xNN` escapes): when it is gone, the output is
   * orphaned (orphans.ts). Absent for standard input and in lines written before faktum recorded it: never orphaned.
   */
  file?: string;
  /** The input file's path as bytes (hex), when a name in it is not UTF-8: what the file system is asked for. */
  fileBytes?: string;
}

/** A line's checksum: the first 12 hex digits of the sha1 of the line without it. */
function checksum(json: string): string {
  return createHash('sha1').update(json).digest('hex').slice(0, 12);
}

/** The manifest line of an entry, checksum last, with its newline. */
export function manifestLine(entry: ManifestEntry): string {
  const json = JSON.stringify(entry);
  return `${json.slice(0, -1)},"sum":"${checksum(json)}"}\n`;
}

/**
 * The line that claims outputs before a worker writes them (write-ahead): after a crash, files of claimed outputs
 * are known as faktum's even though their articles were never recorded as done.
 */
export function claimLine(outputs: readonly string[]): string {
  const json = JSON.stringify({ claim: outputs });
  return `${json.slice(0, -1)},"sum":"${checksum(json)}"}\n`;
}

/** The object of a checksummed line, or undefined when the line is torn or corrupt. */
function checkedObject(line: string): Record<string, unknown> | undefined {
  const at = line.lastIndexOf(',"sum":"');
  if (at < 0 || !line.endsWith('"}')) return undefined;
  const json = `${line.slice(0, at)}}`;
  if (checksum(json) !== line.slice(at + 8, -2)) return undefined;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** The entry of a manifest line, or undefined when the line is a claim, torn, corrupt or from an older faktum. */
export function parseManifestLine(line: string): ManifestEntry | undefined {
  const entry = checkedObject(line) as ManifestEntry | undefined;
  return entry && Array.isArray(entry.nq) && typeof entry.route === 'string' ? entry : undefined;
}

/** The outputs a claim line names, or undefined for other lines. */
export function parseClaimLine(line: string): string[] | undefined {
  const claim = checkedObject(line)?.claim;
  return Array.isArray(claim) ? (claim as string[]) : undefined;
}

/**
 * Calls `fn` for each entry line of a manifest file and `onClaim` for each claim line, streamed; torn and corrupt
 * lines are passed over.
 */
export async function eachEntry(path: string, fn: (entry: ManifestEntry, line: string, index: number) => void, onClaim?: (outputs: string[], line: string) => void): Promise<void> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let index = 0;
  for await (const line of lines) {
    if (!line) continue;
    const entry = parseManifestLine(line);
    if (entry) fn(entry, line, index++);
    else if (onClaim) {
      const claim = parseClaimLine(line);
      if (claim) onClaim(claim, line);
    }
  }
}

/**
 * Cuts a torn last line (a run killed in the middle of an append) off an append-only file, so that the next append
 * starts on a line of its own. Returns the number of bytes cut.
 */
export function cutTornTail(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(Math.min(size, 1 << 16));
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, end - start).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    if (size) ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

const PREFIX = '.faktum-manifest';

/** The manifest's file name; each shard of a job array writes its own, all are read. */
export function manifestName(shardSuffix: string): string {
  return `${PREFIX}${shardSuffix}.jsonl`;
}

/** The manifest files of an output folder (every shard's), `own` last so that its lines win. */
export async function manifestFiles(dir: string, own: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith(PREFIX) && n.endsWith('.jsonl'));
  return names.sort((a, b) => Number(a === own) - Number(b === own) || (a < b ? -1 : 1));
}
