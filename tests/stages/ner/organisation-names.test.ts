import { describe, expect, it } from 'vitest';
import { findInnerCapitalNames, findNamedInstitutions, findOrganisationsAfterNouns } from '../../../src/stages/ner/52-organisation-names.js';
import { extract } from '../../helpers/pipeline.js';

/** The rule's mentions as `text/TYPE`. */
async function found(text: string): Promise<string[]> {
  const doc = await extract(text);
  return findOrganisationsAfterNouns(doc).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
}

/** Issue 16: a CRF tagger dropped acronyms and unknown company names after an organisation noun (ESMC, HHLA, KNDS shareholders lost). */
describe('regression: organisations after an organisation noun lost with the CRF tagger', () => {
  it.each([
    ['an acronym after a manufacturer noun (Hersteller NXP)', 'Der niederländische Hersteller NXP ist mit 10 Prozent beteiligt.', ['NXP/ORG']],
    ['an acronym after a compound noun (Hafenlogistiker HHLA)', 'MSC ist beim Hamburger Hafenlogistiker HHLA eingestiegen.', ['HHLA/ORG']],
    ['an unknown company after a rival noun (Rivalen Curevac)', 'Biontech übernimmt den Tübinger Rivalen Curevac.', ['Curevac/ORG']],
    ['an unknown company after a chain noun (Supermarktkette Kaufland)', 'Dazu zählt die Supermarktkette Kaufland und der Entsorger PreZero.', ['Kaufland/ORG']],
    ['an acronym after a noun that opens names (Beteiligungsgesellschaft HGV)', 'Die Stadt hält über ihre Beteiligungsgesellschaft HGV 13,9 Prozent.', ['HGV/ORG']],
  ])('%s', async (_name, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });

  it.each([
    ['a common noun (Unternehmen Ende März)', 'Das teilte das Unternehmen Ende März mit.'],
    ['a noun compound (Industrieunternehmen Rechenleistung)', 'Sie wollen vor allem Industrieunternehmen Rechenleistung anbieten.'],
    ['a name opened by its noun (Sparkasse Neckartal)', 'Die Kundin hatte bei der Sparkasse Neckartal geklagt.'],
    ['a roman numeral (Trainingsgruppe III)', 'Er setzt Zeichen (Trainingsgruppe III) an die Spieler.'],
    ['a longer name is left to the tagger (Hersteller Thales Alenia Space)', 'Der Hersteller Thales Alenia Space baut den Satelliten.'],
    ['a city (Unternehmen Hamburg)', 'Das Unternehmen Hamburg verlassen?'],
  ])('nothing for %s', async (_name, text) => {
    expect(await found(text)).toEqual([]);
  });
});

/** Issue 16: names with a capital inside were missed by the CRF tagger (real-news dev: `CosmosDirekt`, `ZDNet`, `BILDblog`). */
describe('regression: a word with a capital inside names an organisation', () => {
  it.each([
    ['Die Versicherung CosmosDirekt wirbt im Netz.', ['CosmosDirekt']],
    ['Das berichtet ZDNet unter Berufung auf Insider.', ['ZDNet']],
    ['Laut BILDblog war das falsch.', ['BILDblog']],
    ['Der Schauspieler Leonardo DiCaprio und Ally McAllister kamen.', []],
    ['Neue SSDs sind schneller.', []],
    ['Der Button SinkflugBerechnen fehlt.', []],
    ['Der Airbus-Chef sprach.', []],
  ])('%s', async (text, expected) => {
    const doc = await extract(text);
    expect(findInnerCapitalNames(doc).map((c) => doc.text.slice(c.start, c.end))).toEqual(expected);
  });
});

/** Issue 16: the CRF tagger missed `Max-Planck-Gesellschaft` (a shareholder relation lost); GermEval labels such names ORG. */
describe('regression: a hyphenated institution named after a person', () => {
  it.each([
    ['Das IPP gehört zur Max-Planck-Gesellschaft.', ['Max-Planck-Gesellschaft']],
    ['Die Friedrich-Ebert-Stiftung lädt ein.', ['Friedrich-Ebert-Stiftung']],
    ['Sie lehrt an der Otto-von-Guericke-Universität.', ['Otto-von-Guericke-Universität']],
    ['Der Max-Planck-Forscher sprach.', []],
    ['Der Nvidia-Chef sprach.', []],
    ['Die China-Reise-Gesellschaft plant.', []],
    ['Das teilte das Max-Planck-Institut für Plasmaphysik mit.', []],
  ])('%s', async (text, expected) => {
    const doc = await extract(text);
    expect(findNamedInstitutions(doc).map((c) => doc.text.slice(c.start, c.end))).toEqual(expected);
  });
});
