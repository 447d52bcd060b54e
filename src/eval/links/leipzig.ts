import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Leipzig 2020 news sentences, the linking measurement set (never used to choose KB entries). */
export const LEIPZIG_2020 = 'leipzig-deu-news/deu_news_2020_10K-sentences.csv';
/** Sentences per document, as the issue measured coverage: ten consecutive sentences to a file. */
export const SENTENCES_PER_DOC = 10;

/** A measurement document: its text (sentences joined by newlines) and where each of its sentences starts. */
export interface SentenceDoc {
  /** 1-based id of the first sentence (the data row of the CSV file). */
  firstId: number;
  text: string;
  /** Start offset in `text` of each sentence, in order. */
  starts: number[];
  sentences: string[];
}

/**
 * Reads the sentences of the Leipzig 2020 file under `dataDir`: a header `lang,text`, then rows `de,<sentence>`
 * whose sentence is not quoted and may hold commas, so each row is split at its first comma only (a CSV parser
 * would cut the sentence). Sentence id = data row, from 1.
 */
export function readLeipzig2020(dataDir: string): string[] {
  const rows = readFileSync(join(dataDir, LEIPZIG_2020), 'utf8').split('\n').slice(1).filter((row) => row !== '');
  return rows.map((row) => row.slice(row.indexOf(',') + 1));
}

/** Groups sentences into documents of `size`, each sentence on its own line. */
export function sentenceDocs(sentences: readonly string[], size = SENTENCES_PER_DOC): SentenceDoc[] {
  const docs: SentenceDoc[] = [];
  for (let i = 0; i < sentences.length; i += size) {
    const group = sentences.slice(i, i + size);
    const starts: number[] = [];
    let at = 0;
    for (const s of group) {
      starts.push(at);
      at += s.length + 1;
    }
    docs.push({ firstId: i + 1, text: group.join('\n') + '\n', starts, sentences: group });
  }
  return docs;
}
