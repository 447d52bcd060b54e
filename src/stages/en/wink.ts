type Wink = ReturnType<typeof import('wink-nlp').default>;
let instance: Wink | undefined;

/** Loads wink-nlp and its English model; called when an English pipeline is built (a German run never loads them). */
export async function loadWink(): Promise<void> {
  if (instance) return;
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  instance ??= winkNLP(model, ['sbd']);
}

/**
 * The wink-nlp instance with the English lite model, loaded once per thread on first use. Only the sentence
 * boundary pipe is enabled: tokenisation always runs, and part-of-speech tagging, entities and negation would
 * cost time that the tokenizer does not need.
 */
export function wink(): Wink {
  if (!instance) throw new Error('wink-nlp is not loaded: call loadWink() first');
  return instance;
}

/** A token found by wink, as an offset span into the text it read. */
export interface WinkToken {
  start: number;
  end: number;
}

/**
 * Tokens and sentences of `text` by wink-nlp, with `[start, end)` offsets into `text`. wink gives token values
 * and the whitespace before each token; offsets are found by walking the text with both, which keeps them exact
 * even where a token value is not a plain slice (such tokens are dropped rather than misplaced).
 */
export function winkTokens(text: string): { tokens: WinkToken[]; sentences: Array<[number, number]> } {
  const w = wink();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  const index: Array<number | undefined> = [];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    // Whitespace tokens (line breaks) are no tokens of ours; a value not found nearby is not a slice of the text.
    if (at < 0 || at - cursor > 64 || !value.trim()) {
      index.push(undefined);
      continue;
    }
    index.push(tokens.length);
    tokens.push({ start: at, end: at + value.length });
    cursor = at + value.length;
  }
  const sentences: Array<[number, number]> = [];
  for (const span of doc.sentences().out(w.its.span) as unknown as Array<[number, number]>) {
    let first: number | undefined;
    let last: number | undefined;
    for (let i = span[0]; i <= span[1]; i++) {
      const k = index[i];
      if (k === undefined) continue;
      first ??= k;
      last = k;
    }
    if (first !== undefined && last !== undefined) sentences.push([first, last + 1]);
  }
  return { tokens, sentences };
}
