import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { announcesNoun } from '../../lang/de/determiners.js';
import { isModelCode, PRODUCT_SUFFIXES } from '../../lang/de/product-nouns.js';
import { NEEDS_CODE, PRODUCT_LINES } from '../../lang/de/product-lines.js';
import { firstWordGate } from './20-gazetteer.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';

/**
 * A model code after a maker: {@link isModelCode}'s codes, and a capital and one or two digits, which alone are
 * roads and quarters (`A3`, `Q3`) but after a maker cars and phones (`Audi A3`, `BMW X5`, `Galaxy S6`). Never the
 * first part of a compound (`Nvidia H20-Chips`: the code is a part, found by 55-products.ts), and no bare number
 * (`lieferte Airbus 766 Flugzeuge aus`: the maker is the subject).
 */
function isCodeAfterMaker(w: string): boolean {
  if (/[-\u2010\u2011]\p{L}{3,}$/u.test(w)) return false;
  return isModelCode(w) || /^\p{Lu}\d{1,2}\p{L}?$/u.test(w);
}

/** Prepositions a product follows (`mit dem`, but also `mit Airbus A380`); with articles and adjectives (announcesNoun). */
const BEFORE_PRODUCT = new Set(['mit', 'vom', 'von', 'für', 'auf', 'als', 'wie', 'per', 'und', 'oder', 'zum', 'im']);

/**
 * True when what precedes the maker lets a code after it name a product: nothing in the sentence, an article, an
 * adjective or a preposition (`das neue BMW X5`, `mit Airbus A380`); not a verb, whose subject the maker is
 * (`verkaufte Nvidia H20 nach China`: the company sells, the code is the object).
 */
function codeMayFollow(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  if (!before || before.sentence !== t[i].sentence || !/^\p{L}/u.test(before.norm)) return true;
  return announcesNoun(before.norm) || BEFORE_PRODUCT.has(before.norm.toLowerCase());
}

/**
 * Words that continue the product: a code, a model suffix (`Pro`, `Air`), a number, a capital alone (`Model S`) or
 * a small letter and a digit (`Core i7`).
 */
function isContinuation(token: Token): boolean {
  const w = token.norm;
  return isCodeAfterMaker(w) || PRODUCT_SUFFIXES.has(w) || /^\d{1,4}$/.test(w) || /^\p{Lu}$/u.test(w) || /^\p{Ll}\d{1,2}$/u.test(w);
}

/**
 * Products named after their maker: a one-word company name of the KB followed by a product line of
 * product-lines.ts or a model code (`Samsung Galaxy S6`, `Apple Watch`, `Airbus A380`, `BMW X5`, `Tesla Model 3`),
 * as one PRODUCT name that outranks the company's gazetteer match: the article names the product, not the maker.
 */
export function findMakerProducts(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const same = (i: number, j: number) => t[j] !== undefined && t[j].sentence === t[i].sentence;
  const words = tokenWords(t);
  const isMaker = makerSlot(index);
  for (let i = 0; i + 1 < t.length; i++) {
    const next = t[i + 1].norm;
    const line = PRODUCT_LINES.has(next);
    if (!(line || isCodeAfterMaker(next)) || !same(i, i + 1) || !isMaker(words, i)) continue;
    if (!line && !codeMayFollow(t, i)) continue;
    let last = i + 1;
    while (last - i < 4 && same(i, last + 1) && isContinuation(t[last + 1])) last++;
    // `Model`, `Core` alone are words: they need their code (`Model 3`, `Core i7`).
    if (line && NEEDS_CODE.has(next) && last === i + 1) continue;
    out.push({ start: t[i].start, end: t[last].end, type: 'PRODUCT', kind: 'name', source: 'rule:product', confidence: 0.7, priority: PRIORITY.productExtension });
    i = last;
  }
  return out;
}

const makerSlots = new WeakMap<GazetteerIndex, (words: TokenWords, i: number) => boolean>();

/** True when a token is a one-word KB name of a company (`Samsung`, `Airbus`); kept per word. */
function makerSlot(index: GazetteerIndex): (words: TokenWords, i: number) => boolean {
  let slot = makerSlots.get(index);
  if (!slot) {
    // Not tested against common nouns: `BMW`, `Airbus` and `Toyota` are in that list (they are written as nouns).
    const company = (word: string) =>
      (index.byFirstWord.get(word) ?? []).some((o) => o.words.length === 1 && o.entries.some((e) => e.type === 'ORG' && e.schemaType === 'Corporation'));
    slot = gatedSlot(firstWordGate(index), false, company);
    makerSlots.set(index, slot);
  }
  return slot;
}
