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

/** True for an article or determiner, or a lower-case inflected adjective (`neuen`, `großer`) before a noun. */
export function announcesNoun(word: string): boolean {
  return DETERMINERS.has(word.toLowerCase()) || /^\p{Ll}{3,}(e|en|er|es|em)$/u.test(word);
}
