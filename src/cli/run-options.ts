import { Command, InvalidArgumentError } from 'commander';
import { DEFAULT_DOC_SECONDS } from '../batch/run-batch.js';
import { parseShard, type Shard } from '../batch/shard.js';

/** Default for `--max-bytes`: larger single articles are almost always not articles. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} takes a whole number >= 1, not "${value}"`);
    return n;
  };
}

function byteSize(value: string): number {
  const match = /^(\d+)\s*([kmg]i?b?)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`--max-bytes takes a size such as 5000000 or 5M, not "${value}"`);
  const unit = (match[2] ?? '').toLowerCase()[0];
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

function shardOption(value: string): Shard {
  const shard = parseShard(value);
  if (typeof shard === 'string') throw new InvalidArgumentError(shard);
  return shard;
}

/** The options of `faktum run`, parsed and checked by commander (errors as its `InvalidArgumentError`). */
export function runOptions(): Command {
  return new Command('faktum run')
    .description('Extract entities and relations from articles into JSON-LD, one file per article plus all.nq')
    .argument('[inputs...]', 'files, folders (walked recursively) or - for standard input')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-p, --pipeline <name|file>', 'pipeline for its language (default: de-news for German, en-news for English)')
    .option('--kb <file>', 'extra knowledge-base file (JSONL); repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--data <dir>', 'the open data folder whose Wikidata tables the KB reads at run time (default: ../shared/data beside faktum, or FAKTUM_DATA)')
    .option('-j, --jobs <n>', 'worker threads (default: one per core beyond the first)', positiveInt('--jobs'))
    .option('--force', 'redo inputs that the manifest records as done')
    .option('--prune', 'remove the outputs (and manifest lines) of inputs deleted since an earlier run into --out; without it they are left in place, counted in the summary, and left out of all.nq and faktum query')
    .option('--lang <lang>', 'language of every input (de or en) instead of detecting it')
    .option('--text-key <key>', 'JSON/JSONL field holding the article text (default: text)')
    .option('--id-key <key>', 'JSON/JSONL field naming the record in output names (default: id, else the line number)')
    .option('--shard <i/n>', 'take share i of n of the inputs (0 <= i < n), for job arrays', shardOption)
    .option('--max-bytes <n>', `largest input read (default: ${DEFAULT_MAX_BYTES}; suffixes K, M, G)`, byteSize)
    .option('--doc-seconds <n>', `seconds a document may take before it fails alone (default: ${DEFAULT_DOC_SECONDS})`, positiveInt('--doc-seconds'))
    .option('--fsync', 'flush each article file to disk before it takes its name (slower; without it outputs are still never torn by a crash of faktum, and a power loss that empties recent ones is noticed by the rerun)')
    .option('--report', 'also write the HTML report of the run to <out>/report/ (faktum report)')
    .option('--json', 'print the summary as one JSON object on the last line')
    .option('--no-progress', 'no progress bar even on a terminal')
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: () => {} });
}

/** What {@link runOptions} gives back. */
export interface RunOptions {
  out: string; pipeline?: string; kb: string[]; data?: string; jobs?: number; force?: boolean; prune?: boolean; lang?: string; textKey?: string;
  idKey?: string; shard?: Shard; maxBytes?: number; json?: boolean; progress: boolean; docSeconds?: number; fsync?: boolean; report?: boolean;
}
