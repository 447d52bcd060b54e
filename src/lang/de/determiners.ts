import { NOT_ADJECTIVES } from './not-adjectives.js';

/**
 * Articles and determiners (`der`, `eine`, `dieser`, `ihre`): a capitalised word right after one is used as a
 * noun (`die Chipfabrik`, `der Werksleiter`), which is weak evidence against a name. Contractions with a
 * preposition (`im`, `am`, `zum`) are left out: they precede names of regions and buildings (`im Harz`).
 */
export const DETERMINERS: ReadonlySet<string> = new Set(
  ('der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses ' +
    'diesen diesem jeder jede jedes jeden jedem sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres ' +
    'unser unsere unseren unserem unserer mein meine meinen meinem meiner welche welcher welches welchen solche solcher').split(' '),
);

/**
 * True for a past-tense verb shape in `-te`/`-ten` (`sagte`, `kritisierten`): not superlatives in `-ste(n)`
 * (`größte`, `nächsten`) and not participles with `ge-` (`geplante`), which are adjectives before a noun.
 */
function pastTenseLike(word: string): boolean {
  return /ten?$/.test(word) && !/[sß]ten?$/.test(word) && !word.startsWith('ge');
}

/**
 * True for an article or determiner, or a lower-case inflected adjective (`neuen`, `großer`) before a noun; not
 * for function words and verbs of the same shape (`gegen`, `wurde`, `kritisierte`; see not-adjectives.ts).
 */
export function announcesNoun(word: string): boolean {
  if (DETERMINERS.has(word.toLowerCase())) return true;
  return /^\p{Ll}{3,}(e|en|er|es|em)$/u.test(word) && !NOT_ADJECTIVES.has(word) && !pastTenseLike(word);
}
