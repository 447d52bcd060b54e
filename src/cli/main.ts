import { packageVersion } from '../pipeline/root.js';
import { followParent } from './relaunch.js';

/** A command: parses its own arguments and returns the exit code. Loaded on demand to keep start-up fast. */
type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: { summary: 'extract entities and relations from articles into JSON-LD', load: async () => (await import('./run.js')).runCommand },
  eval: { summary: 'score extraction against gold (corpus) or GermEval (--conll)', load: async () => (await import('./eval.js')).evalCommand },
  train: { summary: 'train the German NER model from ../shared/data', load: async () => (await import('./train.js')).trainCommand },
  validate: { summary: 'check JSON-LD output against the SHACL shapes', load: async () => (await import('./validate.js')).validateCommand },
  relations: { summary: 'list the relation inventory (--shapes: the SHACL shapes with it)', load: async () => (await import('./relations.js')).relationsCommand },
  query: { summary: 'run SPARQL over JSON-LD output in an embedded Oxigraph store', load: async () => (await import('./query.js')).queryCommand },
  bench: { summary: 'measure speed against wink-nlp and compromise', load: async () => (await import('./bench.js')).benchCommand },
  queue: { summary: 'distributed runs: add articles to a Redis queue, show its status and failed jobs', load: async () => (await import('./queue.js')).queueCommand },
  worker: { summary: 'take articles from the Redis queue into --out or a SPARQL store (--store)', load: async () => (await import('./worker.js')).workerCommand },
  push: { summary: 'write an output folder into a SPARQL store, one named graph per article', load: async () => (await import('./push.js')).pushCommand },
  report: { summary: 'write a static HTML report of a run (opens from disk, no network)', load: async () => (await import('./report.js')).reportCommand },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`);
  return `faktum ${packageVersion()}: German news to knowledge-graph JSON-LD\n\nUsage: faktum <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "faktum <command> --help" for a command's options.`;
}

/** The `faktum` command line. Returns the exit code: 0 ok, 1 some input or check failed, 2 bad usage. */
export async function main(argv: string[]): Promise<number> {
  followParent();
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    console.log(packageVersion());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`faktum: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load())(args);
}
