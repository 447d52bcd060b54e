import type { KbEntry } from '../../kb/types.js';
import { CLUB_PREFIXES } from '../../lang/de/sports-cues.js';
import type { CandidateIndex } from './candidate-index.js';
import { lastWord } from './fold.js';

/** Folded club prefixes (`vfb`, `spvgg`): the first word of a club's name, after an optional `1.`. */
const PREFIXES = new Set([...CLUB_PREFIXES].map((p) => p.toLowerCase()));

/**
 * A folded club name without its ordinal and founding year (`1 fsv mainz 05` -> `fsv mainz`), or undefined when the
 * key is no `<prefix> <name>` club name.
 */
export function clubCore(key: string): string | undefined {
  const core = key.replace(/^1 /, '').replace(/ \d{2}$/, '');
  const words = core.split(' ');
  return words.length >= 2 && PREFIXES.has(words[0]) && !/\d/.test(words.at(-1)!) ? core : undefined;
}

const yearKeys = new WeakMap<CandidateIndex, Map<string, string[]>>();

/** The club-name keys ending with a two-digit founding year (`fc ingolstadt 04`) by their core, made once per index. */
function keysWithYear(index: CandidateIndex): Map<string, string[]> {
  let map = yearKeys.get(index);
  if (map) return map;
  map = new Map();
  for (let n = 0; n < 100; n++) {
    for (const key of index.keysEndingWith(String(n).padStart(2, '0'))) {
      const core = clubCore(key);
      if (core) map.set(core, [...(map.get(core) ?? []), key]);
    }
  }
  yearKeys.set(index, map);
  return map;
}

/**
 * The clubs a club name without its ordinal or founding year names (`FC Ingolstadt` -> `FC Ingolstadt 04`,
 * `FC Saarbrücken` -> `1. FC Saarbrücken`, `FSV Mainz` -> `1. FSV Mainz 05`): the KB clubs whose full name has the
 * same core. The prefix stays as written: `SV Sandhausen` never finds `FC Sandhausen`.
 */
export function clubsByCore(key: string, index: CandidateIndex): KbEntry[] {
  const core = clubCore(key);
  if (!core) return [];
  const keys = [...(keysWithYear(index).get(core) ?? []), ...index.keysEndingWith(lastWord(core)).filter((k) => k !== key && clubCore(k) === core)];
  const found = new Set<KbEntry>();
  for (const k of keys) for (const e of index.names(k)) if (e.schemaType === 'SportsTeam') found.add(e);
  return [...found];
}
