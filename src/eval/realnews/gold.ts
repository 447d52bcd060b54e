import { readFileSync } from 'node:fs';

/** The GermEval 2014 outer classes and their suffixes: `PER`, `PERderiv`, `PERpart`, … `OTHpart`. */
export const NER_LABELS: readonly string[] = ['PER', 'ORG', 'LOC', 'OTH'].flatMap((c) => [c, `${c}deriv`, `${c}part`]);

/** One gold mention: a span of one sentence (UTF-16 offsets), its surface as a check value, its GermEval label. */
export interface NerGoldMention {
  sentence: number;
  start: number;
  end: number;
  anchor: string;
  label: string;
}

/** A real-news NER gold file (`corpus/ner/leipzig-<year>.gold.json`, format in `corpus/ner/README.md`). */
export interface NerGold {
  file: string;
  year: number;
  /** Every sentence annotated, in annotation order, also those without names. */
  sentences: number[];
  mentions: NerGoldMention[];
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** `file: mention 3 (sentence 12, 4-10 "Merkel")`: how errors name a mention. */
function where(file: string, i: number, m: Partial<NerGoldMention>): string {
  return `${file}: mention ${i + 1} (sentence ${m.sentence}, ${m.start}-${m.end} ${JSON.stringify(m.anchor)})`;
}

/**
 * Reads and checks a gold file: `year`, `sentences`, and mentions with integer offsets, a legal label, a sentence
 * that is in `sentences`, and no two overlapping in a sentence (outer level only). Throws naming the file and the
 * first bad mention: the gold is the project's own data.
 */
export function readNerGold(file: string): NerGold {
  let value: Partial<NerGold>;
  try {
    value = JSON.parse(readFileSync(file, 'utf8')) as Partial<NerGold>;
  } catch (e) {
    throw new Error(`${file}: not readable as JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isInt(value.year) || !Array.isArray(value.sentences) || !value.sentences.every(isInt) || !Array.isArray(value.mentions)) {
    throw new Error(`${file}: not a NER gold file (an object with "year", "sentences" and "mentions")`);
  }
  const covered = new Set(value.sentences);
  const mentions = value.mentions as Array<Partial<NerGoldMention>>;
  mentions.forEach((m, i) => {
    if (!isInt(m.sentence) || !isInt(m.start) || !isInt(m.end) || m.end <= m.start || typeof m.anchor !== 'string') {
      throw new Error(`${where(file, i, m)}: needs integer sentence, start < end and a string anchor`);
    }
    if (!NER_LABELS.includes(m.label as string)) throw new Error(`${where(file, i, m)}: label ${JSON.stringify(m.label)} is not one of ${NER_LABELS.join(' ')}`);
    if (!covered.has(m.sentence)) throw new Error(`${where(file, i, m)}: sentence ${m.sentence} is not in "sentences"`);
    const clash = mentions.findIndex((o, j) => j !== i && o.sentence === m.sentence && (o.start as number) < (m.end as number) && (m.start as number) < (o.end as number));
    if (clash >= 0) throw new Error(`${where(file, i, m)}: overlaps mention ${clash + 1} (only outer mentions are annotated)`);
  });
  return { file, year: value.year, sentences: value.sentences, mentions: mentions as NerGoldMention[] };
}

/** Checks every anchor against its sentence text; throws naming the file, the mention and the text found there. */
export function checkAnchors(gold: NerGold, text: (id: number) => string | undefined): void {
  gold.mentions.forEach((m, i) => {
    const sentence = text(m.sentence);
    if (sentence === undefined) throw new Error(`${where(gold.file, i, m)}: sentence ${m.sentence} is not in the data file`);
    const found = sentence.slice(m.start, m.end);
    if (found !== m.anchor) throw new Error(`${where(gold.file, i, m)}: the sentence has ${JSON.stringify(found)} at these offsets`);
  });
  for (const id of gold.sentences) {
    if (text(id) === undefined) throw new Error(`${gold.file}: sentence ${id} is not in the data file`);
  }
}
