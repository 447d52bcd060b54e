import type { KbEntry } from '../../kb/types.js';

/**
 * How many times lower the Wikidata item number of a place must be than that of every other place it is tied with
 * to be taken (`Hagen` the city Q2871, the Lower Saxon municipality Q635291: 220 times).
 */
export const AGE_RATIO = 20;

/** The number of a Wikidata id (`Q2871` -> 2871), or undefined. */
function itemNumber(qid: string | undefined): number | undefined {
  const m = qid && /^Q([1-9]\d*)$/.exec(qid);
  return m ? Number(m[1]) : undefined;
}

/**
 * Breaks a tie between table places of one name that nothing else tells apart (the municipalities tables give no
 * population): the one whose Wikidata item is far older, that is, whose item number is at least {@link AGE_RATIO}
 * times lower than every other's. Wikidata numbers its items in the order they were made; the towns known in many
 * languages got theirs in the first weeks (late 2012: Hagen Q2871, Hamm Q2880, Minden Q3846), the villages known to
 * one or two Wikipedias years later by bot imports (numbers of six or seven digits). Only table places without a
 * population (where one is known the prior weighs it: `Castro` in Chile is an older item than `Castro` in Brazil,
 * and not the larger town), only of one country (each country's places were imported in their own waves: Swiss
 * communes have five-digit numbers), and only one the development text names (`prominence`): an obscure
 * municipality needs support from the article, tie or not. Undefined when none qualifies.
 */
export function oldestPlace(tied: readonly KbEntry[]): KbEntry | undefined {
  const country = tied[0]?.country;
  if (tied.length < 2 || !country || !tied.every((e) => e.type === 'LOC' && e.linkOnly && !e.population && e.country === country)) return undefined;
  const numbered = tied.map((e) => ({ e, n: itemNumber(e.qid) }));
  if (numbered.some((x) => x.n === undefined)) return undefined;
  const [first, ...rest] = [...numbered].sort((a, b) => a.n! - b.n!);
  if (!rest.every((x) => x.n! >= AGE_RATIO * first.n!)) return undefined;
  return first.e.prominence ? first.e : undefined;
}
