import { mayStartUpper } from '../../cache/memo.js';
import { roleOf } from '../../lang/de/roles.js';

/**
 * The cue words of the relation rules, each list declared once: the rules test their words with these sets, and
 * token-cues.ts marks the tokens that can set a rule off (CUE), so that a rule looks at the sentences with its cues
 * only. The rules depend on this module, never the other way round.
 */

/** Every combination of a stem and a suffix: `expand(['Aktionär'], ['', 'in', 's'])`. */
export function expand(stems: readonly string[], suffixes: readonly string[]): string[] {
  return stems.flatMap((stem) => suffixes.map((suffix) => stem + suffix));
}

const words = (...lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> => new Set(lists.flat());

// suppliesTo (50-supplies-to.ts)

/** Delivery verbs (`liefern`, `verkauft`, `exportierte`, `beliefert`, `ausgeliefert`, `zuliefern`). */
export const DELIVERY_VERBS = words(
  expand(expand(['', 'aus'], ['liefer', 'verkauf', 'exportier', 'beliefer', 'verschiff']), ['', 't', 'te', 'ten', 'test', 'en', 'n', 'e', 'st']),
  expand(['', 'ge'], ['liefert', 'verkauft', 'exportiert', 'beliefert']),
  expand(['aus', 'zu'], ['geliefert', 'verkauft', 'liefern', 'verkaufen']),
);

/** Making for someone: `Foxconn fertigt für Apple`, `baut für die Bahn`. */
export const MAKES_FOR_VERBS = words([
  'baut', 'bauen', 'baute', 'bauten', 'fertigt', 'fertigen', 'fertigte', 'produziert', 'produzieren', 'produzierte',
  'montiert', 'montieren', 'montierte', 'gebaut', 'gefertigt',
]);

/** Receiving verbs: `X erhält ... von Y`. */
export const RECEIVING_VERBS = words(['erhält', 'erhalten', 'erhielt', 'bekommt', 'bekommen', 'bekam', 'bezieht', 'beziehen', 'bezog']);

// shareholderOf (60-stakes.ts and stakes/)

/** `an` of a stake: `hält 10 Prozent an Y`, `An Y hält X 70 Prozent`. */
export const STAKE_AN = words(['an', 'am', 'An']);

/** Words that make `an` a stake (`beteiligt`, `Anteile`, `Prozent`, `hält`). */
export const STAKE_WORDS = words(['beteiligt', 'Beteiligung', 'Anteil', 'Anteile', 'Anteilen', 'Prozent', 'hält', 'halten', 'hielt', 'Aktien']);

/** Owner nouns, with `-in` and `-s`: `Großaktionär von Y ist X`. */
export const OWNER_NOUNS = words(
  expand(
    [
      'Anteilseigner', 'Großaktionär', 'Hauptaktionär', 'Mehrheitsaktionär', 'Ankeraktionär', 'Aktionär', 'Einzelaktionär',
      'Eigentümer', 'Mehrheitseigner', 'Miteigentümer',
    ],
    ['', 'in', 's'],
  ),
);

/** `Y gehört dem Land X`. */
export const BELONGS_VERBS = words(['gehört', 'gehören', 'gehörte', 'gehörten']);

/** `X hat Y übernommen`. */
export const ACQUIRED_VERBS = words(['übernommen', 'übernahm', 'gekauft', 'kaufte', 'erworben', 'erwarb']);

/** Joint ventures and subsidiaries, with `-s`: `Y, ein Gemeinschaftsunternehmen von X und Z`, `eine Tochter der X`. */
export const JOINT_NOUNS = words(
  expand(
    ['Gemeinschaftsunternehmen', 'Joint-Venture', 'Joint Venture', 'Tochter', 'Tochterfirma', 'Tochtergesellschaft', 'Tochterunternehmen'],
    ['', 's'],
  ),
);

// founderOf (70-founder.ts)

/** Founder nouns: `Tesla-Gründer Elon Musk`, `X, Mitbegründerin von Y`. */
export const FOUNDER_NOUNS = words(
  expand(['Gründer', 'Mitgründer', 'Mitbegründer', 'Firmengründer', 'Begründer'], ['', 'in']),
);

/** Founding verbs: `X gründete Y`; also every word ending in `gegründet` (`neugegründet`). */
export const FOUNDED_VERBS = words(['gründete', 'gründeten', 'gegründet', 'mitgegründet', 'gründet', 'mitbegründet']);

/** What every founder noun and founding verb holds: the cue of founderOf, on a word or a compound's text. */
export const FOUNDING_STEM = 'ründe';

// headOf (15-role-appositive.ts)

/** A head role (`Chef`, `Präsidentin`, lang/de/roles.ts), or `Vorstand`: `Klaus Nieding, Vorstand der DSW`. */
export function isHeadRole(word: string): boolean {
  const role = (mayStartUpper(word) ? roleOf(word) : undefined) ?? (word === 'Vorstand' ? { head: true } : undefined);
  return role?.head === true;
}

/** Bits of the cue classes: which rule a token can set off. */
export const CUE = {
  /** A delivery or making verb of suppliesTo. */
  delivery: 1,
  /** A receiving verb of suppliesTo. */
  receives: 2,
  /** A word that starts a clause of stakes (`an`, owner nouns, `gehört`, `Tochter`, `übernommen`). */
  stake: 4,
  /** A word that makes `an` a stake in stakes. */
  stakeWord: 64,
  /** A word holding FOUNDING_STEM: every founder noun and founding verb of founder. */
  founding: 8,
  /** A compound whose text holds FOUNDING_STEM (`Tesla-Gründer`: its noun is a suffix of its text, not its word). */
  foundingPart: 16,
  /** A head role of roleAppositive. */
  headRole: 32,
} as const;

/** The cue tests of words, by bit (foundingPart is a test of the token: token-cues.ts). */
const WORD_CUES: ReadonlyArray<readonly [number, (word: string) => boolean]> = [
  [CUE.delivery, (w) => DELIVERY_VERBS.has(w) || MAKES_FOR_VERBS.has(w)],
  [CUE.receives, (w) => RECEIVING_VERBS.has(w)],
  [CUE.stake, (w) => STAKE_AN.has(w) || OWNER_NOUNS.has(w) || BELONGS_VERBS.has(w) || JOINT_NOUNS.has(w) || ACQUIRED_VERBS.has(w)],
  [CUE.stakeWord, (w) => STAKE_WORDS.has(w)],
  [CUE.founding, (w) => w.includes(FOUNDING_STEM)],
  [CUE.headRole, isHeadRole],
];

/** The cue bits of a word (see CUE): a pure function of the word, kept per word by token-cues.ts. */
export function wordCues(word: string): number {
  let bits = 0;
  for (const [bit, test] of WORD_CUES) if (test(word)) bits |= bit;
  return bits;
}
