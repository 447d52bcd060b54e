import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The wink-nlp side of `faktum bench --e2e`, run as a process of its own: `node wink-files.js <in> <out>` reads every
 * file of the folder, tokenises it with wink-nlp's English lite model (its tokeniser is language-neutral enough
 * for a speed comparison) and writes the tokens as JSON, one file per input.
 */
const [input, output] = process.argv.slice(2);
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model, []);
mkdirSync(output, { recursive: true });
for (const name of readdirSync(input).sort()) {
  const tokens = nlp.readDoc(readFileSync(join(input, name), 'utf8')).tokens().out();
  writeFileSync(join(output, `${name}.json`), JSON.stringify(tokens));
}
