/**
 * Lower-case words shaped like inflected adjectives (`-e`, `-en`, `-er`, `-es`, `-em`) that are no adjectives:
 * prepositions, adverbs and conjunctions (`gegen Lehmann`, `wieder Müller`, `zudem Kaiser`), auxiliaries,
 * modals and verbs of saying (`wurde Müller`, `sagen Experten`). A capitalised word after them is not
 * announced as a noun. Past-tense verbs in `-te`/`-ten` (`kritisierte Lehmann`) are recognised by their ending
 * (`pastTenseLike` in determiners.ts), not listed here.
 */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set(
  ('gegen wegen neben zwischen unter hinter ohne entgegen gegenüber binnen innerhalb außerhalb oberhalb unterhalb ' +
    'anstelle zufolge wieder immer später heute morgen gerne gerade lange dagegen vorher nachher außerdem trotzdem ' +
    'seitdem nachdem indem zudem ebenso ferner daneben danach dazwischen darunter dahinter darüber deswegen ' +
    'weder sowie wurde wurden werde werden habe haben gebe geben sage sagen meine meinen glaube glauben hoffe ' +
    'hoffen erkläre erklären betone betonen fordere fordern warne warnen sehe sehen stehe stehen liege liegen ' +
    'bleibe bleiben komme kommen kamen gehe gehen gingen schreibe schreiben schrieben nennen nannten').split(' '),
);
