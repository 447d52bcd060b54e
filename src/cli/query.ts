import { Command, Option } from 'commander';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { MissingInputError } from '../rdf/inputs.js';
import { formatCsv, formatTable, queryPrefixes, type JsonResults, type QueryFormat } from '../rdf/results.js';
import { loadStore, queryInputs } from '../rdf/store.js';

/** Output streams of `queryCommand`; tests capture them. */
export interface QueryCommandDeps {
  out?: (text: string) => void;
  err?: (text: string) => void;
}

interface QueryOptions {
  in: string[];
  format: QueryFormat;
  defaultGraphOnly?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parser(out: (s: string) => void, err: (s: string) => void): Command {
  return reportingProgram(new Command('faktum query')
    .description('Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over JSON-LD output in an embedded Oxigraph store. Named graphs are kept (GRAPH ?g { ... }); the default graph of the query is the union of all graphs unless --default-graph-only.')
    .argument('<sparql>', 'the query text')
    .option('--in <path>', 'an output directory (its *.jsonld, or *.nq when there is no .jsonld) or a .jsonld / .nq file; repeat for more (default: output)', collect, [])
    .addOption(new Option('--format <format>', 'table, json (SPARQL 1.1 results JSON; JSON-LD for CONSTRUCT) or csv (N-Triples for CONSTRUCT)').choices(['table', 'json', 'csv']).default('table'))
    .option('--default-graph-only', 'query the default graph (provenance) alone, not the union of all graphs'), out, err);
}

/**
 * `faktum query`: loads the output into Oxigraph and prints the answer. Returns 0 on success, 2 on usage errors:
 * missing input, unreadable files, or a query the parser rejects (its message is printed).
 */
export async function queryCommand(args: string[], deps: QueryCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = parser(out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const options = program.opts<QueryOptions>();
  const query = program.args[0];
  const inputs = options.in.length ? options.in : ['output'];
  let store;
  try {
    const files = queryInputs(inputs);
    if (!files.length) throw new MissingInputError(`no .jsonld or .nq files in ${inputs.join(', ')} (run \`faktum run <corpus> --out <dir>\` first)`);
    store = await loadStore(files);
  } catch (e) {
    err(`faktum query: ${(e as Error).message}\n`);
    return 2;
  }
  const union = { use_default_graph_as_union: !options.defaultGraphOnly };
  let json: string;
  try {
    json = store.query(query, { ...union, results_format: 'json' }) as string;
  } catch (e) {
    err(`faktum query: invalid query: ${(e as Error).message}\n`);
    return 2;
  }
  const parsed = JSON.parse(json) as JsonResults | object[];
  if (Array.isArray(parsed)) {
    // CONSTRUCT / DESCRIBE: a graph, printed as JSON-LD, N-Triples or Turtle.
    if (options.format === 'json') out(`${json}\n`);
    else out(store.query(query, { ...union, results_format: options.format === 'csv' ? 'application/n-triples' : 'text/turtle' }) as string);
    return 0;
  }
  if (options.format === 'json') out(`${json}\n`);
  else if (options.format === 'csv') out(formatCsv(parsed));
  else out(formatTable(parsed, queryPrefixes(query)));
  return 0;
}
