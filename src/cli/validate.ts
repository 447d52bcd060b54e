import { Command } from 'commander';
import { parseOrExitCode, reportingProgram } from './parse-args.js';
import { collectFiles, MissingInputError } from '../rdf/inputs.js';
import { ContractValidator } from '../rdf/shacl.js';
import { readShapes, SHAPES_FILE } from '../rdf/shapes.js';
import { validateJsonLdFile } from '../rdf/validate-file.js';
import { formatViolation, type Violation } from '../rdf/violation.js';

/** Output streams of `validateCommand`; tests capture them. */
export interface ValidateCommandDeps {
  out?: (text: string) => void;
  err?: (text: string) => void;
}

interface ValidateOptions {
  json?: boolean;
  shapes: string;
}

function parser(out: (s: string) => void, err: (s: string) => void): Command {
  return reportingProgram(new Command('faktum validate')
    .description('Check JSON-LD output against the contract: SHACL shapes (Core and SPARQL), absolute @ids, offline expansion, anchors in code points, graph layout.')
    .argument('<paths...>', 'output directories (searched for *.jsonld) or .jsonld files')
    .option('--json', 'print the result as one JSON object: {files, conforms, violations: [{file, node, reason, path, value, source}]}')
    .option('--shapes <file>', 'SHACL shapes (Turtle)', SHAPES_FILE), out, err);
}

/**
 * `faktum validate <dir or files...>`: validates every .jsonld file. Prints each violation as `file: node: reason`.
 * Returns 0 when every file conforms, 1 on any violation, 2 on usage errors (missing path, no files, bad shapes).
 */
export async function validateCommand(args: string[], deps: ValidateCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = parser(out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const options = program.opts<ValidateOptions>();
  let files: string[];
  let validator: ContractValidator;
  try {
    files = collectFiles(program.args, ['.jsonld']);
    validator = new ContractValidator(readShapes(options.shapes));
  } catch (e) {
    err(`faktum validate: ${(e as Error).message}\n`);
    return 2;
  }
  if (!files.length) {
    err(`faktum validate: no .jsonld files in ${program.args.join(', ')}\n`);
    return 2;
  }
  const violations: Violation[] = [];
  for (const file of files) violations.push(...(await validateJsonLdFile(file, validator)));
  if (options.json) {
    out(`${JSON.stringify({ files: files.length, conforms: violations.length === 0, violations })}\n`);
  } else {
    for (const v of violations) out(`${formatViolation(v)}\n`);
    const failed = new Set(violations.map((v) => v.file)).size;
    err(violations.length ? `${violations.length} violation(s) in ${failed} of ${files.length} file(s)\n` : `${files.length} file(s) conform to the contract\n`);
  }
  return violations.length ? 1 : 0;
}

export { MissingInputError };
