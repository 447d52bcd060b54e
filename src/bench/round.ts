import { measureCompetitors } from './competitors.js';
import { measureFaktumVsWink } from './faktum-vs-wink.js';
import { measureFaktum } from './measure.js';

/** Tokens per second of every tool in one round, and the cores each faktum run kept busy. */
export interface RoundResult {
  faktumOne: number;
  faktumTwo: number;
  /** One worker on the unseen texts after the corpus (null without them). */
  faktumUnseen: number | null;
  oneWorkerCoresUsed: number;
  twoWorkerCoresUsed: number;
  winkTokenize: number;
  winkFull: number;
  compromise: number;
  /** faktum's one worker and wink-nlp's tokenisation taking turns on the same blocks (measureFaktumVsWink). */
  inTurns: { faktum: number; winkTokenize: number };
  /** Maximum resident set of this process after the faktum runs of the round (only meaningful in the first). */
  peakRssMb: number;
}

/** What a round measures: the corpus, its token count, the warm-up texts, the pipeline, and a log line writer. */
export interface RoundInput {
  articles: string[];
  tokens: number;
  warmUp: string[];
  /** Texts timed once more after the corpus on the one worker, with their token count (see unseenTexts). */
  unseen: { texts: string[]; tokens: number };
  pipeline: string;
  log(line: string): void;
}

/**
 * One round: faktum on two worker threads and on one, then wink-nlp tokenisation, wink-nlp's full English
 * pipeline and compromise (in a child process), each after its warm-up, one after the other so that their ratios
 * compare tools measured within a minute of each other; then faktum's one worker and wink-nlp's tokenisation once
 * more, taking turns on the same blocks (their ratio free of the machine's changes of speed). Two workers first:
 * memory a finished pool's threads leave behind (about 50 MB each, not returned to the operating system at once)
 * would otherwise count towards that run's peak.
 */
export async function measureRound(input: RoundInput): Promise<RoundResult> {
  const { articles, tokens, warmUp, unseen, pipeline, log } = input;
  const two = await measureFaktum(articles, 2, pipeline, warmUp);
  const one = await measureFaktum(articles, 1, pipeline, warmUp, unseen.texts);
  log(`faktum, 1 worker: ${(tokens / one.seconds).toFixed(0)} tokens/s (${one.seconds.toFixed(1)} s, ${one.coresUsed.toFixed(2)} cores busy)`);
  const faktumUnseen = unseen.tokens ? unseen.tokens / one.unseenSeconds : null;
  if (faktumUnseen !== null) log(`faktum, 1 worker, unseen news afterwards: ${faktumUnseen.toFixed(0)} tokens/s`);
  log(`faktum, 2 workers: ${(tokens / two.seconds).toFixed(0)} tokens/s (${two.seconds.toFixed(1)} s, ${two.coresUsed.toFixed(2)} cores busy)`);
  // Peak memory of the faktum runs: this process and its worker threads (the other tools run in a child process).
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  // In a child process with V8's defaults, not with faktum's batch flags (src/batch/v8-flags.ts). Warmed up as
  // faktum's threads are: each distinct corpus article once (compiled code for its code paths), then the warm-up.
  const seconds = measureCompetitors(articles, [...new Set(articles), ...warmUp]);
  const winkTokenize = tokens / seconds.winkTokenize;
  log(`wink-nlp tokenisation: ${winkTokenize.toFixed(0)} tokens/s`);
  const winkFull = tokens / seconds.winkFull;
  log(`wink-nlp full English pipeline: ${winkFull.toFixed(0)} tokens/s`);
  const compromise = tokens / seconds.compromise;
  log(`compromise people/places/organisations: ${compromise.toFixed(0)} tokens/s`);

  const turns = await measureFaktumVsWink(articles, pipeline, warmUp);
  const inTurns = { faktum: tokens / turns.faktumSeconds, winkTokenize: tokens / turns.winkSeconds };
  log(`in turns on the same blocks: faktum, 1 worker ${inTurns.faktum.toFixed(0)}, wink-nlp tokenisation ${inTurns.winkTokenize.toFixed(0)} tokens/s (ratio ${turns.ratio.toFixed(3)})`);
  return {
    faktumOne: tokens / one.seconds,
    faktumTwo: tokens / two.seconds,
    faktumUnseen,
    oneWorkerCoresUsed: one.coresUsed,
    twoWorkerCoresUsed: two.coresUsed,
    winkTokenize,
    winkFull,
    compromise,
    inTurns,
    peakRssMb,
  };
}

/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
