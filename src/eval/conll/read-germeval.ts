import { readFileSync } from 'node:fs';

/** One sentence of a GermEval 2014 TSV file: tokens with outer and inner BIO tags. */
export interface GermEvalSentence {
  /** Source line (`#\t<url>\t[<date>]`), without the leading `#\t`. */
  source: string;
  tokens: string[];
  outer: string[];
  inner: string[];
}

/**
 * Parses GermEval 2014 TSV text: `#` source lines, then `<idx>\t<token>\t<outer>\t<inner>` per token,
 * a blank line after each sentence. Throws with file and line on a malformed line (the file is the benchmark;
 * a broken one must not be scored silently).
 */
export function parseGermEval(text: string, file = '<germeval>'): GermEvalSentence[] {
  const sentences: GermEvalSentence[] = [];
  let current: GermEvalSentence | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.startsWith('#\t') || line === '#') {
      current = { source: line.slice(2), tokens: [], outer: [], inner: [] };
      sentences.push(current);
      return;
    }
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const cols = line.split('\t');
    if (cols.length < 3) throw new Error(`${file}:${i + 1}: expected <idx> <token> <outer> [<inner>], got "${line}"`);
    if (!current) {
      current = { source: '', tokens: [], outer: [], inner: [] };
      sentences.push(current);
    }
    current.tokens.push(cols[1]);
    current.outer.push(cols[2]);
    current.inner.push(cols[3] ?? 'O');
  });
  return sentences.filter((s) => s.tokens.length > 0);
}

/** Reads and parses a GermEval 2014 TSV file. */
export function readGermEval(file: string): GermEvalSentence[] {
  return parseGermEval(readFileSync(file, 'utf8'), file);
}
