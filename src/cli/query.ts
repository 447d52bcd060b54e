import { Command, InvalidArgumentError, Option } from 'commander';
import oxigraph from 'oxigraph';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { statSync } from 'node:fs';
import { orphanedOutputs } from '../batch/orphans.js';
import { MissingInputError } from '../rdf/inputs.js';
import type { QueryFormat } from '../rdf/results.js';
import { GRAPH_TYPES, normalizeResults, printAnswer, reserialize } from './query-output.js';
import { queryInputs } from '../rdf/store.js';
import { runLocalQuery } from '../store/local-query.js';
import { queryEndpoint } from '../store/sparql-endpoint.js';

/** Output streams of `queryCommand`; tests capture them. */
export interface QueryCommandDeps {
  out?: (text: string) => void;
  err?: (text: string) => void;
}

interface QueryOptions {
  in: string[];
  endpoint?: string;
  format: QueryFormat;
  defaultGraphOnly?: boolean;
  timeout: number;
}

/** Default of `--timeout`, in seconds. */
export const DEFAULT_QUERY_TIMEOUT = 60;


const UPDATE = /^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b/i;

/** True for a SPARQL Update request: its first keyword after the prologue (PREFIX, BASE) and comments. */
export function isUpdate(text: string): boolean {
  const body = text.replace(/#[^\n]*/g, ' ').replace(/\s*(PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s+<[^>]*>)/gi, ' ').trim();
  return UPDATE.test(body);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`--timeout takes seconds > 0, not "${value}"`);
  return n;
}

function parser(out: (s: string) => void, err: (s: string) => void): Command {
  return reportingProgram(new Command('faktum query')
    .description('Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over JSON-LD output in an embedded Oxigraph store, or over a SPARQL endpoint (--endpoint). Named graphs are kept (GRAPH ?g { ... }); the default graph of the query is the union of all graphs unless --default-graph-only. Read-only: updates are refused.')
    .argument('<sparql>', 'the query text')
    .option('--in <path>', 'an output directory (its *.jsonld, or *.nq when there is no .jsonld) or a .jsonld / .nq file; repeat for more (default: output)', collect, [])
    .option('--endpoint <url>', 'query this SPARQL endpoint instead of files, e.g. http://127.0.0.1:8890/sparql (credentials: FAKTUM_STORE_USER / FAKTUM_STORE_PASSWORD)')
    .addOption(new Option('--format <format>', 'table, json (SPARQL 1.1 results JSON; JSON-LD for CONSTRUCT) or csv (N-Triples for CONSTRUCT)').choices(['table', 'json', 'csv']).default('table'))
    .option('--timeout <seconds>', `stop a query that has no answer after this long (exit 2)`, seconds, DEFAULT_QUERY_TIMEOUT)
    .option('--default-graph-only', 'query the default graph (provenance) alone, not the union of all graphs (files only)'), out, err);
}

/**
 * The files to load without the outputs of deleted inputs (orphans.ts): for each output folder given, those whose
 * every manifest line names an input file that is gone; one message per folder says how many were left out.
 * `all.nq` holds no such output (it holds the last run's inputs), nor does a file named on its own get left out.
 */
async function withoutOrphans(inputs: string[], files: string[], err: (s: string) => void): Promise<string[]> {
  const orphaned = new Set<string>();
  for (const input of inputs) {
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) continue;
    const found = await orphanedOutputs(input);
    const left = files.filter((f) => found.has(f)).length;
    if (!left) continue;
    found.forEach((f) => orphaned.add(f));
    err(`faktum query: left out ${left} output${left === 1 ? '' : 's'} of deleted inputs in ${input} (\`faktum run ... --out ${input} --prune\` removes them)\n`);
  }
  return orphaned.size ? files.filter((f) => !orphaned.has(f)) : files;
}

/**
 * `faktum query`: answers the query from output files (loaded into Oxigraph in a worker thread) or from a SPARQL
 * endpoint. Returns 0 on success, 2 on usage errors: missing input, an unreachable endpoint, a query the parser
 * rejects (its message is printed), an update, or no answer within --timeout.
 */
export async function queryCommand(args: string[], deps: QueryCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = parser(out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const options = program.opts<QueryOptions>();
  const query = program.args[0];
  const fail = (message: string) => {
    err(`faktum query: ${message}\n`);
    return 2;
  };
  if (isUpdate(query)) {
    return fail('this is a SPARQL Update; faktum query is read-only (SELECT, ASK, CONSTRUCT, DESCRIBE). Output files change by running `faktum run` again; a store changes through `faktum push <output> --store <url>`, `faktum worker --store <url>`, or the store\'s own update endpoint.');
  }
  // Parsed (and its form found) on an empty store: the same parser and messages for files and endpoints.
  let form: string;
  try {
    form = new oxigraph.Store().query(query, { results_format: 'json' }) as string;
  } catch (e) {
    return fail(`invalid query: ${(e as Error).message}`);
  }
  const isGraph = form.startsWith('[');
  const timeoutMs = options.timeout * 1000;
  if (options.endpoint) {
    if (options.in.length) return fail('give --in or --endpoint, not both');
    const accept = isGraph ? 'application/n-triples' : 'application/sparql-results+json';
    const answer = await queryEndpoint(options.endpoint, query, accept, timeoutMs);
    if (!answer.ok) return fail(answer.reason);
    printAnswer(out, options.format, query, isGraph ? { graph: reserialize(answer.body, options.format) } : { results: normalizeResults(answer.body) });
    return 0;
  }
  const inputs = options.in.length ? options.in : ['output'];
  let files: string[];
  try {
    files = queryInputs(inputs);
    if (!files.length) throw new MissingInputError(`no .jsonld or .nq files in ${inputs.join(', ')} (run \`faktum run <corpus> --out <dir>\` first)`);
  } catch (e) {
    return fail((e as Error).message);
  }
  files = await withoutOrphans(inputs, files, err);
  const graphFormat = options.format === 'json' ? undefined : GRAPH_TYPES[options.format];
  const answer = await runLocalQuery({ files, query, union: !options.defaultGraphOnly, graphFormat }, timeoutMs);
  if (!answer.ok) return fail(answer.kind === 'invalid' ? `invalid query: ${answer.reason}` : answer.reason);
  printAnswer(out, options.format, query, isGraph ? { graph: answer.graph ?? answer.json } : { results: normalizeResults(answer.json) });
  return 0;
}
