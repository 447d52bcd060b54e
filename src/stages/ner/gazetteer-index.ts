import type { KbEntry } from '../../kb/types.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { normalForm } from '../normalize/fold.js';
import { tokenizeWords } from '../tokenize/index.js';

/** Look-up tables over KB entries, built once per pipeline. */
export interface GazetteerIndex {
  /** First word of a name -> names starting with it, as word arrays with their entries (longest first). */
  byFirstWord: Map<string, Array<{ words: string[]; entries: KbEntry[] }>>;
  /** Forms valid inside hyphen compounds and closed compounds (`US`, `Nvidia`, `Bahn`). */
  compoundForms: Map<string, KbEntry[]>;
  /** Adjective stems, lower case (`chinesisch`, `us-amerikanisch`, `münchner`). */
  adjectives: Map<string, KbEntry>;
  /** In-document aliases: match only when the entry is otherwise mentioned in the article (`Volksrepublik`). */
  contextAliases: Map<string, KbEntry[]>;
  byId: Map<string, KbEntry>;
}

/**
 * True for a one-word KB surface that is a name plus a common noun (`EU-Kommission`, `VW-Konzern`, `US-Senat`):
 * German news annotation (GermEval, and this project's gold) reads these as the name inside a compound (`part`),
 * which the compound rule finds; as whole-word gazetteer names they would hide it.
 */
function isNameNounCompound(surface: string): boolean {
  const m = /^([^\s-]+)-(\p{Lu}[\p{Ll}]+)$/u.exec(surface);
  return !!m && /^\p{Lu}/u.test(m[1]) && isCommonNoun(m[2], { compounds: false });
}

/** Builds the gazetteer tables from KB entries. */
export function buildGazetteerIndex(entries: readonly KbEntry[]): GazetteerIndex {
  const names = new Map<string, Map<string, KbEntry[]>>();
  const index: GazetteerIndex = { byFirstWord: new Map(), compoundForms: new Map(), adjectives: new Map(), contextAliases: new Map(), byId: new Map() };
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  };
  for (const entry of entries) {
    index.byId.set(entry.id, entry);
    for (const surface of [entry.name, ...(entry.aliases ?? [])]) {
      // Words as the tokenizer splits the text, so that names with inner punctuation match (`Sat.1`, `F.A.Z.`,
      // `Bündnis 90/Die Grünen`), in their normal form as the tokens are compared by it.
      const words = tokenizeWords(surface).map(normalForm);
      if (!words.length || isNameNounCompound(surface)) continue;
      const byName = names.get(words[0]) ?? new Map<string, KbEntry[]>();
      add(byName, words.join(' '), entry);
      names.set(words[0], byName);
      if (words.length === 1) add(index.compoundForms, surface, entry);
    }
    for (const form of entry.compoundForms ?? []) add(index.compoundForms, form, entry);
    for (const adjective of entry.adjectives ?? []) index.adjectives.set(adjective.toLowerCase(), entry);
    for (const alias of entry.contextAliases ?? []) add(index.contextAliases, alias, entry);
  }
  for (const [first, byName] of names) {
    const list = [...byName].map(([name, list]) => ({ words: name.split(' '), entries: list }));
    list.sort((a, b) => b.words.length - a.words.length);
    index.byFirstWord.set(first, list);
  }
  return index;
}
