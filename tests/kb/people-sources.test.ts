import { describe, expect, it } from 'vitest';
import { qidOf } from './person-qid.js';

/**
 * Politicians the KB lacked before the person tables of issue 15's second pass (full names left unlinked on the
 * Leipzig 2015 development sentences): each links to the QID its table gives (sentences written for this test).
 */
describe('persons from the office-holder, MEP, Bundestag-speaker and world-leader tables', () => {
  it.each([
    ['a Greek minister (everypolitician-officeholders, greece-cabinet)', 'Der griechische Finanzminister Yanis Varoufakis reiste am Montag nach Brüssel.', 'Yanis Varoufakis', 'Q40688'],
    ['a Swiss federal councillor (swiss-federal-council)', 'Bundespräsidentin Simonetta Sommaruga empfing die Kanzlerin in Bern.', 'Simonetta Sommaruga', 'Q122991'],
    ['an Austrian minister (austria-cabinet)', 'Justizminister Wolfgang Brandstetter (ÖVP) legte den Entwurf am Dienstag vor.', 'Wolfgang Brandstetter', 'Q15428609'],
    ['a central-bank head (us-cabinet)', 'US-Notenbankchefin Janet Yellen deutete eine baldige Zinserhöhung an.', 'Janet Yellen', 'Q263725'],
    ['a central-bank head (russia-cabinet)', 'Die Zentralbankchefin Elvira Nabiullina senkte den Leitzins erneut.', 'Elvira Nabiullina', 'Q74746'],
    ['a member of the European Parliament (mep-wikidata)', 'Der Europaabgeordnete Othmar Karas kritisierte die Regierung in Wien.', 'Othmar Karas', 'Q85368'],
    ['a Berlin senator (optv-speakers, a Bundesrat member)', 'Stadtentwicklungssenator Andreas Geisel (SPD) stellte den Plan in Berlin vor.', 'Andreas Geisel', 'Q497409'],
    ['a head of state (world-leaders)', 'Kenias Präsident William Ruto reiste zum Gipfel nach Addis Abeba.', 'William Ruto', 'Q195725'],
  ])('%s', async (_case, text, name, qid) => {
    expect(await qidOf(text, name)).toBe(qid);
  });
});
