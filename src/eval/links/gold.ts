import { readFileSync } from 'node:fs';

/** One gold mention: a span of one sentence and what it names (a QID, NIL, or `?` when not confirmed). */
export interface LinkGoldMention {
  sentence: number;
  start: number;
  end: number;
  /**
   * The mention's surface, a check on the offsets. Called `anchor` (as NIF's `anchorOf`), not `text`: a JSON Lines
   * record with a `text` is an article to `faktum run`, which walks `corpus/`.
   */
  anchor: string;
  type: string;
  /** `Q…`, null for NIL, `?` for unconfirmed (not scored). */
  qid: string | null;
}

/** A linking gold set: its mentions and every sentence id it covers (also those without names). */
export interface LinkGold {
  /** The file it was read from, named in error messages. */
  file?: string;
  mentions: LinkGoldMention[];
  sentences: number[];
  /**
   * The part of each sentence that was annotated: `all`, or `to-first-comma` (the text before the sentence's first
   * comma: the first gold set was made from a CSV reading that cut each sentence there). Links outside it are not
   * scored.
   */
  region: 'all' | 'to-first-comma';
}

/** The mention types the linking gold annotates. */
export const LINK_GOLD_TYPES = ['PER', 'ORG', 'LOC'];

const isInt = (x: unknown): x is number => Number.isInteger(x);
const QID = /^Q[1-9][0-9]*$/;

/** `FILE: mention N (sentence S, A-B "anchor")`: where a bad mention is, for error messages. */
function where(file: string, i: number, m: Partial<LinkGoldMention>): string {
  return `${file}: mention ${i + 1} (sentence ${m.sentence}, ${m.start}-${m.end} ${JSON.stringify(m.anchor)})`;
}

/** Throws naming the file and the mention unless `m` is a well-formed mention of a covered sentence. */
function checkMention(file: string, i: number, m: Partial<LinkGoldMention>, covered: Set<unknown>): void {
  if (!isInt(m.sentence) || !isInt(m.start) || !isInt(m.end) || m.start < 0 || m.end <= m.start || typeof m.anchor !== 'string') {
    throw new Error(`${where(file, i, m)}: needs integer sentence, 0 <= start < end and a string anchor`);
  }
  if (!LINK_GOLD_TYPES.includes(m.type as string)) throw new Error(`${where(file, i, m)}: type ${JSON.stringify(m.type)} is not one of ${LINK_GOLD_TYPES.join(' ')}`);
  if (!(m.qid === null || m.qid === '?' || (typeof m.qid === 'string' && QID.test(m.qid)))) {
    throw new Error(`${where(file, i, m)}: qid ${JSON.stringify(m.qid)} is not a Wikidata id, null (NIL) or "?"`);
  }
  if (!covered.has(m.sentence)) throw new Error(`${where(file, i, m)}: sentence ${m.sentence} is not in "sentences"`);
}

/**
 * Reads a linking gold file: one JSON object `{ about, region, sentences, mentions }` (an object without a `text`,
 * so that `faktum run corpus` passes it over as no article). Throws naming the file, and the mention when one is
 * malformed or overlaps another: the gold is the project's own data.
 */
export function readLinkGold(file: string): LinkGold {
  let value: Partial<LinkGold> & { region?: unknown };
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as typeof value;
  } catch (e) {
    throw new Error(`${file}: not readable as JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!Array.isArray(value.mentions) || !Array.isArray(value.sentences) || !value.sentences.every(isInt)) {
    throw new Error(`${file}: not a linking gold file (an object with "sentences" and "mentions" of sentence, start, end, qid)`);
  }
  if (value.region !== undefined && value.region !== 'all' && value.region !== 'to-first-comma') {
    throw new Error(`${file}: region ${JSON.stringify(value.region)} is not "all" or "to-first-comma"`);
  }
  const covered = new Set<unknown>(value.sentences);
  const mentions = value.mentions as Array<Partial<LinkGoldMention>>;
  mentions.forEach((m, i) => checkMention(file, i, m, covered));
  mentions.forEach((m, i) => {
    const clash = mentions.findIndex((o, j) => j !== i && o.sentence === m.sentence && o.start! < m.end! && m.start! < o.end!);
    if (clash >= 0) throw new Error(`${where(file, i, m)}: overlaps mention ${clash + 1} (only outer names are annotated)`);
  });
  return { file, mentions: mentions as LinkGoldMention[], sentences: value.sentences, region: value.region ?? 'all' };
}

/**
 * Checks every anchor against the sentence text at its offsets (UTF-16, as JavaScript slices) and every covered
 * sentence against the data file; throws naming the file, the mention and the text found there.
 */
export function checkLinkAnchors(gold: LinkGold, text: (id: number) => string | undefined): void {
  const file = gold.file ?? 'linking gold';
  for (const id of gold.sentences) {
    if (text(id) === undefined) throw new Error(`${file}: sentence ${id} is not in the data file`);
  }
  gold.mentions.forEach((m, i) => {
    const sentence = text(m.sentence);
    if (sentence === undefined) throw new Error(`${where(file, i, m)}: sentence ${m.sentence} is not in the data file`);
    const found = sentence.slice(m.start, m.end);
    if (found !== m.anchor) throw new Error(`${where(file, i, m)}: the sentence has ${JSON.stringify(found)} at these offsets`);
  });
}
