import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';
import { demonymPlace } from '../../../src/stages/ner/42-demonym-nouns.js';
import type { KbEntry } from '../../../src/kb/types.js';

const pipeline = await openPipeline();

/** `text/TYPE+kind` of the mention covering `word`, or `-` when none does. */
async function mentionOf(text: string, word: string): Promise<string> {
  const doc = await extractText(pipeline, text);
  const at = text.indexOf(word);
  const m = doc.mentions.find((x) => x.start <= at && x.end >= at + word.length);
  return m ? `${m.text}/${m.type}${m.kind === 'deriv' ? 'deriv' : m.kind === 'part' ? 'part' : ''}` : '-';
}

// Issue 16: demonym nouns of KB places are GermEval's LOCderiv (corpus/ner/README.md), but the tagger missed peoples
// it rarely saw (`Schotte`, `Tscheche` in the real-news dev sentences).
describe('demonym nouns are LOCderiv', () => {
  it.each([
    ['a Scot (was missed)', 'Der Schotte gewann das Turnier in drei Sätzen.', 'Schotte', 'Schotte/LOCderiv'],
    ['a Czech (was missed)', 'Im Finale unterlag der Tscheche dem Titelverteidiger.', 'Tscheche', 'Tscheche/LOCderiv'],
    ['an inflected plural', 'Die Regierung beriet mit den Franzosen über den Haushalt.', 'Franzosen', 'Franzosen/LOCderiv'],
    ['a feminine form', 'Die 23-jährige Israelin gewann das Halbfinale.', 'Israelin', 'Israelin/LOCderiv'],
    // It was a case of `finds nothing` in tests/stages/ner/ner.test.ts, against the guideline (nationals are LOCderiv).
    ['a people at the start of a sentence', 'Die Chinesen lockern ihre Regeln.', 'Chinesen', 'Chinesen/LOCderiv'],
    ['a demonym in -er as the invariant adjective before a noun (was missed)', 'Der Schweizer Hersteller liefert neue Züge.', 'Schweizer', 'Schweizer/LOCderiv'],
    ['before the person it describes (GermEval labels it so)', 'Sinner gilt neben dem Spanier Carlos Alcaraz als Favorit.', 'Spanier', 'Spanier/LOCderiv'],
    // The step wanted a capital and a small letter first, so `US-Amerikanerin` (a KB demonym) was `US` LOCpart.
    ['a KB demonym with an acronym before its hyphen (US-Amerikanerin was LOCpart)', 'Im Finale unterlag sie der US-Amerikanerin deutlich.', 'US-Amerikanerin', 'US-Amerikanerin/LOCderiv'],
    ['a demonym after an origin prefix (Deutsch-Türken was missed)', 'Die Deutsch-Türken wählten per Brief.', 'Deutsch-Türken', 'Deutsch-Türken/LOCderiv'],
    ['a demonym after a compass prefix (Ost-Berliner was missed)', 'Die Ost-Berliner erinnern sich gut.', 'Ost-Berliner', 'Ost-Berliner/LOCderiv'],
    // Derived demonyms (demonym-index.ts): KB places that list none.
    ['a KB country listing no demonym (Liechtensteiner was missed)', 'Die Liechtensteiner stimmten gegen das Gesetz.', 'Liechtensteiner', 'Liechtensteiner/LOCderiv'],
    ['an irregular demonym (Zyprioten was missed)', 'Die Zyprioten verhandeln seit Jahren.', 'Zyprioten', 'Zyprioten/LOCderiv'],
    ['a demonym from the adjective katalanisch (Katalanen was missed)', 'Die Katalanen wollen abstimmen.', 'Katalanen', 'Katalanen/LOCderiv'],
    ['the feminine plural of a KB demonym listed without its feminine (Wienerinnen was missed)', 'Das Lokal ist bei den Wienerinnen beliebt.', 'Wienerinnen', 'Wienerinnen/LOCderiv'],
    // Towns of the link-only tables, in a demonym's context.
    ['a town demonym as the adjective before a noun (Reinacher was missed)', 'Er führt mit seinem Reinacher IT-Unternehmen die Liste an.', 'Reinacher', 'Reinacher/LOCderiv'],
    ['a town demonym as a noun after the article', 'Die Nassauer feierten ihr Stadtfest.', 'Nassauer', 'Nassauer/LOCderiv'],
    // Towns no table holds, by a place name's ending (demonym-forms.ts).
    ['a demonym with a place name\'s ending as the adjective (Gutmadinger was missed)', 'Das Gutmadinger Rathaus hat sein Türmle wieder.', 'Gutmadinger', 'Gutmadinger/LOCderiv'],
    ['a demonym with a place name\'s ending as a noun (Pinzgauer was missed)', 'Das war nicht optimal, berichtet der Pinzgauer.', 'Pinzgauer', 'Pinzgauer/LOCderiv'],
  ])('%s', async (_case, text, word, expected) => {
    expect(await mentionOf(text, word)).toBe(expected);
  });

  it.each([
    ['a surname after a first name stays part of the person', 'Das sagte Christiane Holländer, Rechtsexpertin beim Mieterverein.', 'Holländer', 'Christiane Holländer/PER'],
    ['a demonym that begins a name stays in the name', 'Die Deutsche Umwelthilfe klagt gegen die Stadt.', 'Deutsche', 'Deutsche Umwelthilfe/ORG'],
    ['a name whose next word the first-name list holds (regression: `Tennis`)', 'Der Deutsche Tennis Bund hatte gewarnt.', 'Deutsche', 'Deutsche Tennis Bund/ORG'],
    // Read backwards, `Trainer` is of Train, `Konzern` of Konz (Bavarian and Rhineland towns): common nouns as nouns.
    ['a common noun that a town would derive (regression: Trainer, of Train)', 'Der Trainer lobte die Mannschaft.', 'Trainer', '-'],
    ['an inflected common noun (regression: Konzern, of Konz)', 'Der Konzern meldete Gewinne.', 'Konzern', '-'],
    ['a village name in -en read as -er (regression: Mutter, of Mutten)', 'Die Mutter des Spielers jubelte.', 'Mutter', '-'],
    ['a place name before the hyphen makes another name (Hamburg-Mannheimer, an insurer)', 'Die Hamburg-Mannheimer zahlt nicht.', 'Hamburg-Mannheimer', '-'],
    ['a surname of a town\'s shape after a first name', 'Das sagte Michael Steiner am Montag.', 'Steiner', 'Michael Steiner/PER'],
    ['a surname with a place name\'s ending after a first name', 'Das sagte Thomas Bamberger am Montag.', 'Bamberger', 'Thomas Bamberger/PER'],
    // A place name's ending is a plural noun's too: `Felder`, `Täler` (GermEval dev, when tried without this test).
    ['a noun compound with such an ending (regression: Gräberfelder)', 'Archäologen untersuchten die Gräberfelder am Fluss.', 'Gräberfelder', '-'],
    ['an inflected noun compound with such an ending (regression: Flusstälern)', 'In den Flusstälern ist es kühler.', 'Flusstälern', '-'],
    ['a treaty named after a place (Pariser Klimaabkommen, OTH in the corpus gold)', 'Er kündigte den Austritt aus dem Pariser Klimaabkommen an.', 'Pariser', '-'],
  ])('not: %s', async (_case, text, word, expected) => {
    expect(await mentionOf(text, word)).toBe(expected);
  });
});

describe('demonymPlace', () => {
  const scotland = { id: 'loc:scotland', type: 'LOC', name: 'Schottland' } as KbEntry;
  const index = new Map([['schotte', scotland], ['schottin', scotland]]);
  it.each([
    ['Schotte', 'loc:scotland'],
    ['Schotten', 'loc:scotland'],
    ['Schottinnen', 'loc:scotland'],
    ['Schotter', undefined],
    ['Ost-Schotten', 'loc:scotland'],
    ['UK-Schottin', 'loc:scotland'],
    ['Hamburg-Schotten', undefined],
  ])('%s', (word, expected) => {
    expect(demonymPlace(word, index)?.id).toBe(expected);
  });
});
