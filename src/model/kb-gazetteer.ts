import type { KbEntry } from '../kb/types.js';

/**
 * Word-level gazetteer flags from the project's knowledge base, for the tagger's features. Every flag is a
 * property of one word alone (not of its context), so the tagger's per-word score cache stays valid:
 * `org` (the word is a whole one-word KB name or alias of an organisation), `org-first` / `org-inside` (it opens or
 * continues a multi-word KB name), `org-gen` (genitive of a one-word name: `Nvidias`), `org-cf` (a compound-only
 * short form such as `US`), `adj-loc` (an inflected KB place adjective: `chinesischen`), `dem-loc` (a demonym:
 * `Chinesen`). Types are the KB's, lower-cased: `per`, `org`, `loc`, `product`.
 */
export interface KbGazetteer {
  /** Sorted flags of a word (`lower`: its lower-case form, if at hand); empty when the KB does not know it. */
  flags(word: string, lower?: string): readonly string[];
  /** KB type (`org`, `loc`, ...) of a hyphen-compound part (`Nvidia` in `Nvidia-Chef`), or '' when unknown. */
  partType(part: string): string;
}

const NO_FLAGS: readonly string[] = Object.freeze([]);
const ADJ_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const DEMONYM_ENDINGS = ['', 'n', 'en', 'in', 'innen', 's'];

function add(map: Map<string, Set<string>>, key: string, flag: string): void {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(flag);
}

/** Builds the gazetteer over KB entries (names, aliases, compound forms, adjectives, demonyms). */
export function buildKbGazetteer(entries: readonly KbEntry[]): KbGazetteer {
  const words = new Map<string, Set<string>>();
  const single = new Map<string, Set<string>>(); // one-word names and compound forms, for genitives and compound parts
  const lowerForms = new Map<string, Set<string>>(); // adjectives and demonyms, lower-cased
  for (const e of entries) {
    const t = e.type.toLowerCase();
    for (const surface of [e.name, ...(e.aliases ?? [])]) {
      const toks = surface.normalize('NFC').split(/\s+/).filter(Boolean);
      if (toks.length === 1) {
        add(words, toks[0], t);
        add(single, toks[0], t);
        continue;
      }
      toks.forEach((tok, i) => {
        // lower-case function words inside names (`der`, `für`) would flag every `der`
        if (!/^[\p{Lu}\p{N}]/u.test(tok)) return;
        add(words, tok, i === 0 ? `${t}-first` : `${t}-inside`);
      });
    }
    for (const cf of e.compoundForms ?? []) {
      const f = cf.normalize('NFC');
      if (!/\s/.test(f)) {
        add(words, f, `${t}-cf`);
        add(single, f, t);
      }
    }
    for (const a of e.adjectives ?? []) for (const end of ADJ_ENDINGS) add(lowerForms, a.normalize('NFC').toLowerCase() + end, `adj-${t}`);
    for (const d of e.demonyms ?? []) for (const end of DEMONYM_ENDINGS) add(lowerForms, d.normalize('NFC').toLowerCase() + end, `dem-${t}`);
  }
  const partTypes = new Map<string, string>();
  for (const [k, s] of single) partTypes.set(k, [...s].sort().join('+'));
  return {
    flags(word: string, lower = word.toLowerCase()): readonly string[] {
      const whole = words.get(word);
      const gen = word.length > 3 && word.endsWith('s') ? single.get(word.slice(0, -1)) : undefined;
      const forms = lowerForms.get(lower);
      if (!whole && !gen && !forms) return NO_FLAGS; // most words
      const out = new Set<string>(whole ?? []);
      for (const t of gen ?? []) out.add(`${t}-gen`);
      for (const f of forms ?? []) out.add(f);
      return [...out].sort();
    },
    partType(part: string): string {
      return partTypes.get(part) ?? (part.length > 3 && part.endsWith('s') ? partTypes.get(part.slice(0, -1)) ?? '' : '');
    },
  };
}
