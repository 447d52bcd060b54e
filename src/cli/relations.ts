import { Command } from 'commander';
import { parseOrExitCode, reportingProgram, type Write } from './parse-args.js';
import { contractShapes } from '../rdf/shapes.js';
import { PREDICATES, RELATION_TRIPLES, RELATIONS, type Predicate, type RelationSpec } from '../stages/relations/inventory.js';

/** Output streams of `relationsCommand`; tests capture them. */
export interface RelationsCommandDeps {
  out?: Write;
  err?: Write;
}

/** One relation of the inventory as `faktum relations --json` prints it. */
export interface RelationListing {
  relation: Predicate;
  subject: readonly string[];
  object: readonly string[];
  property: string;
  iri: string;
  /** The node that carries the direct triple: the subject's or the object's. */
  writtenOn: 'subject' | 'object';
  /** The rules that find it, as `step name`, in run order. */
  rules: string[];
}

/** The relation inventory (src/stages/relations/inventory.ts) as data, in inventory order. */
export function relationListing(): RelationListing[] {
  return PREDICATES.map((relation) => {
    const spec: RelationSpec = RELATIONS[relation];
    const { property, iri } = RELATION_TRIPLES[relation];
    const rules = [...spec.rules].sort((a, b) => a.step - b.step).map((r) => `${r.step} ${r.find.name}`);
    return { relation, subject: spec.subject, object: spec.object, property, iri, writtenOn: spec.writtenOn, rules };
  });
}

/** The listing as a Markdown table. */
export function relationTable(rows: RelationListing[] = relationListing()): string {
  const lines = rows.map((r) => {
    const cells = [r.relation, r.subject.join(', '), r.object.join(', '), `\`${r.property}\` <${r.iri}>`, r.writtenOn, r.rules.join(', ')];
    return `| ${cells.join(' | ')} |`;
  });
  return ['| relation | subject | object | property | triple on | rules (step name) |', '|---|---|---|---|---|---|', ...lines].join('\n');
}

/**
 * `faktum relations [--json | --shapes]`: the relation inventory, the list the README and docs/querying.md point
 * to, as a Markdown table or JSON; `--shapes` prints faktum's complete SHACL shapes (the shapes file and the
 * relation part generated from the inventory) for other SHACL engines. Returns 0, or 2 on usage errors.
 */
export async function relationsCommand(args: string[], deps: RelationsCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((s: string) => process.stdout.write(s));
  const err = deps.err ?? ((s: string) => process.stderr.write(s));
  const program = reportingProgram(new Command('faktum relations')
    .description('List the relation inventory: each relation, its entity types, its property and IRI, and the rules that find it.')
    .option('--json', 'print the list as JSON')
    .option('--shapes', "print faktum's complete SHACL shapes (Turtle), with the relation part generated from the inventory"), out, err);
  const ended = await parseOrExitCode(program, args);
  if (ended !== undefined) return ended;
  const options = program.opts<{ json?: boolean; shapes?: boolean }>();
  if (options.json && options.shapes) {
    err('faktum relations: --json and --shapes exclude each other\n');
    return 2;
  }
  if (options.shapes) out(contractShapes());
  else out(`${options.json ? JSON.stringify(relationListing(), null, 2) : relationTable()}\n`);
  return 0;
}
