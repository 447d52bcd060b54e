import { readFileSync } from 'node:fs';
import type { GermEvalSentence } from '../conll/read-germeval.js';

/** The UNER German PUD file under the data folder (`../shared/data` layout). */
export const UNER_PUD_FILE = 'uner-german-pud/de_pud-ud-test.iob2';

/**
 * Parses Universal NER IOB2 text: `# newdoc id = …`, `# sent_id = …`, `# text = …` comment lines, then
 * `<idx>\t<token>\t<tag>\t…` per token, a blank line after each sentence. Sentences take their document's id as
 * `source`, so that sentences of one document are tagged together, as GermEval's are. Returned in GermEval's shape
 * (no inner level: `inner` is all `O`). Throws with file and line on a malformed line: the file is a benchmark.
 */
export function parseUner(text: string, file = '<uner>'): GermEvalSentence[] {
  const sentences: GermEvalSentence[] = [];
  let doc = '';
  let current: GermEvalSentence | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const newdoc = /^#\s*newdoc id\s*=\s*(.+)$/.exec(line);
    if (newdoc) doc = newdoc[1].trim();
    if (line.startsWith('#')) return;
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const cols = line.split('\t');
    if (cols.length < 3 || !/^(O|[BI]-\w+)$/.test(cols[2])) throw new Error(`${file}:${i + 1}: expected <idx> <token> <IOB2 tag>, got "${line}"`);
    if (!current) {
      current = { source: doc, tokens: [], outer: [], inner: [] };
      sentences.push(current);
    }
    current.tokens.push(cols[1]);
    current.outer.push(cols[2]);
    current.inner.push('O');
  });
  return sentences;
}

/** Reads and parses a UNER IOB2 file. */
export function readUner(file: string): GermEvalSentence[] {
  return parseUner(readFileSync(file, 'utf8'), file);
}
