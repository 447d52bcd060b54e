import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The compromise side of `faktum bench --e2e`, run as a process of its own: `node compromise-files.js <in> <out>`
 * reads every file of the folder, finds people, places and organisations with compromise and writes them as JSON,
 * one file per input.
 */
const [input, output] = process.argv.slice(2);
const { default: nlp } = await import('compromise');
mkdirSync(output, { recursive: true });
for (const name of readdirSync(input).sort()) {
  const doc = nlp(readFileSync(join(input, name), 'utf8'));
  const found = { people: doc.people().out('array'), places: doc.places().out('array'), organizations: doc.organizations().out('array') };
  writeFileSync(join(output, `${name}.json`), JSON.stringify(found));
}
