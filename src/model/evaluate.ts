import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { readGermEval } from '../eval/conll/read-germeval.js';
import { scoreGermEval as officialGermEval } from '../eval/conll/germeval-score.js';
import type { Prf } from '../eval/prf.js';
import { scoreChunkSets } from './chunk-score.js';
import type { ChunkScores } from './chunk-score.js';
import { germEvalPath } from './readers/germeval.js';
import type { Tagger } from './tagger.js';

/** Reads UNER German PUD (`.iob2`: `idx<TAB>token<TAB>tag<TAB>...`, `#` comment lines). Evaluation only. */
export function readUnerPud(file: string): { tokens: string[]; tags: string[] }[] {
  const out: { tokens: string[]; tags: string[] }[] = [];
  let cur = { tokens: [] as string[], tags: [] as string[] };
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('# ')) continue;
    if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const cols = line.split('\t');
    cur.tokens.push(cols[1]);
    cur.tags.push(cols[2]);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/**
 * GermEval scores of one split, computed by the project's conlleval-compatible scorer (`src/eval/conll`): outer
 * chunks over the 4 main types (`deriv`/`part` mapped to O), over all 12 types, and the official "strict,
 * combined" metric (outer + inner; the tagger predicts no inner chunks, so every inner gold chunk is missed).
 */
export interface GermEvalScores {
  sentences: number;
  tokens: number;
  outer4: { micro: Prf; perType: Record<string, Prf> };
  outer12: { micro: Prf; perType: Record<string, Prf> };
  combined: { micro: Prf };
}

/** Scores a tagger on a GermEval file. */
export function scoreGermEval(tagger: Tagger, file: string): GermEvalScores {
  const data = readGermEval(file);
  const pred = data.map((s) => ({ outer: tagger.tag(s.tokens), inner: s.tokens.map(() => 'O') }));
  const scores = officialGermEval(data, pred);
  return {
    sentences: data.length,
    tokens: data.reduce((a, s) => a + s.tokens.length, 0),
    outer4: scores.outer,
    outer12: scores.outer12,
    combined: { micro: scores.official },
  };
}

/** Scores a tagger on UNER German PUD: PER/LOC/ORG chunks (our OTH, `deriv` and `part` chunks are dropped). */
export function scoreUnerPud(tagger: Tagger, file: string): ChunkScores {
  const data = readUnerPud(file);
  const keep = (t: string): boolean => t === 'PER' || t === 'LOC' || t === 'ORG';
  return scoreChunkSets(data.map((s) => s.tags), data.map((s) => tagger.tag(s.tokens)), keep);
}

/** Tagging speed: tokens per second over `rounds` passes of the sentences (after one warm-up pass). */
export function measureSpeed(tagger: Tagger, sentences: string[][], rounds = 3): { tokensPerSecond: number; tokens: number } {
  for (const s of sentences) tagger.tag(s);
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const s of sentences) {
    tagger.tag(s);
    tokens += s.length;
  }
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  return { tokensPerSecond: Math.round(tokens / sec), tokens };
}

/** Everything the model card reports. */
export interface ModelReport {
  test: GermEvalScores;
  dev: GermEvalScores;
  unerPud: ChunkScores;
  /**
   * Tokens per second on GermEval test: `tokensPerSecond` with a warm word cache; `coldTokensPerSecond` on the
   * first pass of this process (JavaScript still compiling, every word new); `coldCompiledTokensPerSecond` with
   * every word new but the code compiled (after a pass over dev and an emptied cache): the steady state of a long
   * batch run for words it has not seen.
   */
  speed: { tokensPerSecond: number; tokens: number; coldTokensPerSecond: number; coldCompiledTokensPerSecond: number };
  machine: string;
}

/** Tokens per second of one pass over the sentences. */
function onePass(tagger: Tagger, sentences: string[][]): number {
  let tokens = 0;
  const t0 = process.hrtime.bigint();
  for (const s of sentences) {
    tagger.tag(s);
    tokens += s.length;
  }
  return Math.round(tokens / (Number(process.hrtime.bigint() - t0) / 1e9));
}

/** Scores a tagger on GermEval 2014 test and dev and UNER PUD and measures its speed on GermEval test. */
export function evaluateModel(tagger: Tagger & { clearCache?(): void }, dataDir: string): ModelReport {
  const testFile = germEvalPath(dataDir, 'test');
  const sentences = readGermEval(testFile).map((s) => s.tokens);
  // first pass over text the word cache has never seen (the lexicons are already loaded)
  tagger.tag(['Warm', 'up']);
  const cold = onePass(tagger, sentences);
  const warm = measureSpeed(tagger, sentences);
  // compiled code, empty cache: a pass over dev compiles nothing new; then every test word is computed again
  onePass(tagger, readGermEval(germEvalPath(dataDir, 'dev')).map((s) => s.tokens));
  tagger.clearCache?.();
  const coldCompiled = onePass(tagger, sentences);
  const speed = { ...warm, coldTokensPerSecond: cold, coldCompiledTokensPerSecond: coldCompiled };
  return {
    test: scoreGermEval(tagger, testFile),
    dev: scoreGermEval(tagger, germEvalPath(dataDir, 'dev')),
    unerPud: scoreUnerPud(tagger, join(dataDir, 'uner-german-pud', 'de_pud-ud-test.iob2')),
    speed,
    machine: `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
  };
}
