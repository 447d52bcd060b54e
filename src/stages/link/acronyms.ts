import type { Doc } from '../../document/doc.js';
import type { Mention } from '../../document/types.js';

/**
 * Acronyms introduced with their long form: `Europäische Zentralbank (EZB)`, `Kraftfahrt-Bundesamt (KBA)`.
 * Returns pairs (acronym text -> long-form mention) for mentions of one type, where the acronym is a single
 * token in brackets right after the long form and its letters could abbreviate it.
 */
export function acronymDefinitions(doc: Doc, mentions: readonly Mention[]): Map<string, Mention> {
  // Made on the first bracketed token: most documents have none.
  let byStart: Map<number, Mention> | undefined;
  // The first name mention ending at each offset: a scan of all mentions for each bracket was quadratic.
  let nameByEnd: Map<number, Mention> | undefined;
  const out = new Map<string, Mention>();
  for (let i = 0; i + 3 < doc.tokens.length; i++) {
    const open = doc.tokens[i + 1];
    if (open.text !== '(' || doc.tokens[i + 3].text !== ')') continue;
    byStart ??= new Map(mentions.map((m) => [m.start, m]));
    nameByEnd ??= firstNameByEnd(mentions);
    const short = byStart.get(doc.tokens[i + 2].start);
    const long = nameByEnd.get(doc.tokens[i].end);
    if (!long || !isAcronymOf(doc.tokens[i + 2].text, long.text)) continue;
    if (short && short.type !== long.type) continue;
    out.set(doc.tokens[i + 2].text, long);
  }
  return out;
}

/** The first `name` mention (in the given order) ending at each offset. */
function firstNameByEnd(mentions: readonly Mention[]): Map<number, Mention> {
  const out = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === 'name' && !out.has(m.end)) out.set(m.end, m);
  return out;
}

/** True when `short` looks like an abbreviation of `long`: 2-6 letters, mostly capitals, initials found in order. */
export function isAcronymOf(short: string, long: string): boolean {
  if (!/^[\p{Lu}][\p{L}\d-]{1,6}$/u.test(short) || (short.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  const words = long.toLowerCase();
  let k = 0;
  for (const c of words) if (c === letters[k]) k++;
  return k === letters.length && words[0] === letters[0];
}
