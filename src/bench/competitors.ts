import { spawnSync } from 'node:child_process';
import { compiledSibling } from '../pipeline/root.js';
import { time } from './measure.js';

/** Seconds each other tool took over the corpus, after its warm-up. */
export interface CompetitorSeconds {
  /** wink-nlp tokenisation alone. */
  winkTokenize: number;
  /** wink-nlp's full English pipeline (default pipes). */
  winkFull: number;
  /** compromise: people, places and organisations. */
  compromise: number;
}

/** Times wink-nlp and compromise over `articles` in this process, each after one untimed pass over `warmUp`. */
export async function timeCompetitors(articles: string[], warmUp: string[]): Promise<CompetitorSeconds> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const winkTokenizer = winkNLP(model, []);
  const winkTokenize = time(articles, (text) => void winkTokenizer.readDoc(text).tokens().length(), warmUp);
  const winkNlp = winkNLP(model);
  const winkFull = time(articles, (text) => void winkNlp.readDoc(text).entities().out(), warmUp);
  const { default: nlp } = await import('compromise');
  const compromise = time(articles, (text) => {
    const doc = nlp(text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
  }, warmUp);
  return { winkTokenize, winkFull, compromise };
}

/**
 * Times the other tools in a new Node process with V8's default settings, the texts sent on its standard input:
 * as their users run them. Not in this one, which runs with faktum's batch V8 flags (src/batch/v8-flags.ts).
 */
export function measureCompetitors(articles: string[], warmUp: string[]): CompetitorSeconds {
  const result = spawnSync(process.execPath, [compiledSibling(import.meta.url, 'competitors-child.js')], { input: JSON.stringify({ articles, warmUp }), encoding: 'utf8', maxBuffer: 2 ** 20 });
  if (result.status !== 0) throw new Error(`measuring wink-nlp and compromise failed: ${(result.stderr || `exit ${result.status}`).trim()}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as CompetitorSeconds;
}
