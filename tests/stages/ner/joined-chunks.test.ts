import { describe, expect, it } from 'vitest';
import { joinNicknames } from '../../../src/stages/ner/nickname-join.js';
import { joinNounAndName } from '../../../src/stages/ner/noun-name-join.js';
import { PRIORITY, type Candidate } from '../../../src/stages/ner/candidate.js';
import { extract } from '../../helpers/pipeline.js';

/** The tagger's chunks over `text`, each `[words, type]` found from the left, as model candidates. */
function chunks(text: string, spans: Array<[string, string]>): Candidate[] {
  let from = 0;
  return spans.map(([words, type]) => {
    const start = text.indexOf(words, from);
    from = start + words.length;
    return { start, end: start + words.length, type: type as Candidate['type'], kind: 'name', source: 'model', confidence: 0.6, priority: PRIORITY.model };
  });
}

const show = (text: string, cs: Candidate[]) => cs.map((c) => `${text.slice(c.start, c.end)}/${c.type}`);

describe('joinNounAndName: a common noun and a name the tagger split (Kulturhaus | Karlshorst)', () => {
  it.each([
    ['a cultural centre', 'Er ist zu Gast im Kulturhaus Karlshorst.', [['Kulturhaus', 'LOC'], ['Karlshorst', 'LOC']], ['Kulturhaus Karlshorst/LOC']],
    ['a bath house', 'Es gibt eine Führung durch das Badhaus Wendelstein.', [['Badhaus', 'LOC'], ['Wendelstein', 'LOC']], ['Badhaus Wendelstein/LOC']],
    ['two places stay two', 'Das Spiel Hamburg Bremen endete 1:1.', [['Hamburg', 'LOC'], ['Bremen', 'LOC']], ['Hamburg/LOC', 'Bremen/LOC']],
    ['two persons stay two', 'Im Finale trifft Nadal Djokovic.', [['Nadal', 'PER'], ['Djokovic', 'PER']], ['Nadal/PER', 'Djokovic/PER']],
    ['chunks of two types stay two', 'Er ist zu Gast im Kulturhaus Karlshorst.', [['Kulturhaus', 'ORG'], ['Karlshorst', 'LOC']], ['Kulturhaus/ORG', 'Karlshorst/LOC']],
    ['not across a comma', 'Er besuchte das Kulturhaus, Karlshorst und Mitte.', [['Kulturhaus', 'LOC'], ['Karlshorst', 'LOC']], ['Kulturhaus/LOC', 'Karlshorst/LOC']],
  ] as Array<[string, string, Array<[string, string]>, string[]]>)('%s', async (_name, text, spans, expected) => {
    const doc = await extract(text);
    expect(show(text, joinNounAndName(doc, chunks(text, spans)))).toEqual(expected);
  });
});

describe('joinNicknames: a nickname in quotes split a person in three (Javier "Chicharito" Hernandez)', () => {
  it.each([
    ['straight quotes', 'Der Star: Javier "Chicharito" Hernandez.', [['Javier', 'PER'], ['Chicharito', 'ORG'], ['Hernandez', 'LOC']], ['Javier "Chicharito" Hernandez/PER']],
    ['German quotes, nickname not tagged', 'Dann traf Javier „Chicharito“ Hernandez.', [['Javier', 'PER'], ['Hernandez', 'LOC']], ['Javier „Chicharito“ Hernandez/PER']],
    ['a quoted title after a person stays apart', 'Dann sang Adele "Hello" Abends.', [['Adele', 'PER'], ['Hello', 'OTH']], ['Adele/PER', 'Hello/OTH']],
    ['an organisation before a quote is no first name', 'Dann meldete Bosch "Rekord" Umsatz.', [['Bosch', 'ORG'], ['Umsatz', 'ORG']], ['Bosch/ORG', 'Umsatz/ORG']],
  ] as Array<[string, string, Array<[string, string]>, string[]]>)('%s', async (_name, text, spans, expected) => {
    const doc = await extract(text);
    expect(show(text, joinNicknames(doc, chunks(text, spans)))).toEqual(expected);
  });
});
