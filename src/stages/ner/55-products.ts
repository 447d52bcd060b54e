import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { MONTHS } from '../../lang/de/months.js';
import { isModelCode, isProductNounToken, PRODUCT_SUFFIXES } from '../../lang/de/product-nouns.js';
import { gatedSlot, tokenWords, type TokenWords } from '../../cache/word-info.js';
import { firstWordGate } from './20-gazetteer.js';
import { roleOf } from '../../lang/de/roles.js';
import { CAPITALISED_STOP_WORDS } from '../../lang/de/stop-words.js';
import { weekdayOf } from '../../lang/de/weekdays.js';
import { PRIORITY, type Candidate } from './candidate.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { wordsWithDigits } from './model-code-words.js';
import { appendAll } from '../../document/append.js';

/** A word that continues a product name: a number (`17`), a suffix (`Air`), a code (`S25`, `3neo`) or a letter (`Y`). */
function isNameContinuation(token: Token): boolean {
  const w = token.norm;
  return /^\d{1,4}$/.test(w) || PRODUCT_SUFFIXES.has(w) || isModelCode(w) || /^\d{1,3}\p{L}{1,4}$/u.test(w) || /^\p{Lu}$/u.test(w);
}

/** A word that can be a product name after a class noun: `Comirnaty`, `iPhone`, `ICE`, `A350`; not a common noun. */
function isProductName(token: Token): boolean {
  const w = token.norm;
  if (isModelCode(w)) return true;
  if (!/^(\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\d'’.-]*$/u.test(w) || w.length < 2 || /\.$/.test(w)) return false;
  return !CAPITALISED_STOP_WORDS.has(w) && !MONTHS.has(w) && !weekdayOf(w) && !roleOf(w) && !isCommonNoun(w, { compounds: false });
}

/**
 * Products: letter-digit model codes (`A330neo`, `iX3`, `MTG-S1`, `ID.3`; `H20` in `H20-Chips` as a part), KB
 * products with a number or model suffix (`iPhone 17`, `iPhone Air`), names after a product-class noun
 * (`Impfstoff Comirnaty`, `Radpanzer Boxer`, `Jets vom Typ A350`, `Trägerrakete Ariane 6`), and other numbers of a
 * series named so in the article (`Ariane 5` once `Ariane 6` is a product).
 */
export function findProducts(doc: Doc, index: GazetteerIndex): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  const same = (i: number, j: number) => t[j] !== undefined && t[j].sentence === t[i].sentence;
  const push = (start: number, end: number, priority: number, kind: Candidate['kind'] = 'name') =>
    out.push({ start, end, type: 'PRODUCT', kind, source: 'rule:product', confidence: 0.7, priority });
  const extend = (i: number, j: number) => {
    while (j - i < 3 && same(i, j + 1) && isNameContinuation(t[j + 1])) j++;
    return j;
  };
  const series = new Set<string>();
  const words = tokenWords(t);
  const isKbProduct = kbProductSlot(index);
  for (let i = 0; i < t.length; i++) {
    const kbProduct = isKbProduct(words, i);
    if (kbProduct && same(i, i + 1) && isNameContinuation(t[i + 1])) {
      const last = extend(i, i + 1);
      push(t[i].start, t[last].end, PRIORITY.productExtension);
      if (/^\d/.test(t[i + 1].norm)) series.add(t[i].norm);
      i = last;
      continue;
    }
    if (isProductNounToken(words, i) && same(i, i + 1) && isProductName(t[i + 1])) {
      // Two name-like words after the noun are a person (`Modell Claudia Schiffer`), unless the second continues.
      const next = t[i + 2];
      if (same(i, i + 2) && isProductName(next) && !isNameContinuation(next)) continue;
      const last = extend(i + 1, i + 1);
      push(t[i + 1].start, t[last].end, PRIORITY.product);
      if (last > i + 1 && /^\d/.test(t[i + 2].norm)) series.add(t[i + 1].norm);
      i = last;
    }
  }
  for (let i = 0; i < t.length - 1; i++) {
    // Most documents name no series: no look-up then.
    if (series.size > 0 && series.has(t[i].norm) && same(i, i + 1) && /^\d{1,4}$/.test(t[i + 1].norm)) push(t[i].start, t[i + 1].end, PRIORITY.product);
  }
  appendAll(out, findModelCodes(doc));
  return out;
}

const kbProductSlots = new WeakMap<GazetteerIndex, (words: TokenWords, i: number) => boolean>();

/** True when a token is a one-word KB name of products only (`iPhone`); kept per word in a WordInfo slot. */
function kbProductSlot(index: GazetteerIndex): (words: TokenWords, i: number) => boolean {
  let slot = kbProductSlots.get(index);
  if (!slot) {
    // A KB first word passes firstWordGate.
    slot = gatedSlot(firstWordGate(index), false, (word: string) => (index.byFirstWord.get(word) ?? []).some((o) => o.words.length === 1 && o.entries.every((e) => e.type === 'PRODUCT')));
    kbProductSlots.set(index, slot);
  }
  return slot;
}

/** Letter-digit codes over adjacent tokens (`ID.3` is three tokens); a code before a hyphen and a noun is a part. */
function findModelCodes(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  // Token boundaries, built on the first word with a digit (most articles have few, many have none).
  let starts: Set<number> | undefined;
  let ends: Set<number> | undefined;
  for (const m of wordsWithDigits(doc.text)) {
    const segments = m[0].split('-');
    const head = segments.length > 1 ? segments.at(-1)! : '';
    // `H20-Chips`, `A350-Flotte`: the code is a part of a compound whose head is a common noun.
    const isPart = head.length > 2 && !/\d/.test(head) && (/^\p{Ll}/u.test(head) || isCommonNoun(head));
    const code = isPart ? segments.slice(0, -1).join('-') : m[0];
    const start = m.index;
    const end = start + code.length;
    starts ??= new Set(doc.tokens.map((t) => t.start));
    ends ??= new Set(doc.tokens.map((t) => t.end));
    if (!starts.has(start) || (!isPart && !ends.has(end)) || !isModelCode(code)) continue;
    out.push({ start, end, type: 'PRODUCT', kind: isPart ? 'part' : 'name', source: 'rule:product', confidence: 0.7, priority: PRIORITY.product });
  }
  return out;
}
