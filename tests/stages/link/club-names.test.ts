import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../../src/api.js';
import { createKb } from '../../../src/kb/load.js';
import type { KbEntry } from '../../../src/kb/types.js';
import { candidateIndex } from '../../../src/stages/link/candidate-index.js';
import { findCandidates } from '../../../src/stages/link/candidates.js';
import { clubCore, clubsByCore } from '../../../src/stages/link/club-names.js';
import { foldKey } from '../../../src/stages/link/fold.js';

describe('clubCore: a club name without its ordinal and founding year', () => {
  it.each([
    ['fc ingolstadt 04', 'fc ingolstadt'],
    ['1 fsv mainz 05', 'fsv mainz'],
    ['1 fc saarbrucken', 'fc saarbrucken'],
    ['sv sandhausen', 'sv sandhausen'],
    ['hannover 96', undefined],
    ['kickers offenbach', undefined],
    ['fc', undefined],
  ])('%s -> %s', (key, expected) => {
    expect(clubCore(key)).toBe(expected);
  });
});

// Real club and place names with made-up ids (Q9100...), so that each rule is seen alone.
const entry = (e: Partial<KbEntry> & Pick<KbEntry, 'id' | 'type' | 'name'>): KbEntry => ({ schemaType: e.type === 'LOC' ? 'City' : 'SportsTeam', linkOnly: true, ...e });
const kb = createKb([
  entry({ id: 'org:fc-ingolstadt', type: 'ORG', name: 'FC Ingolstadt 04', qid: 'Q9100001' }),
  entry({ id: 'org:fc-saarbruecken', type: 'ORG', name: '1. FC Saarbrücken', qid: 'Q9100002' }),
  entry({ id: 'org:sv-sandhausen', type: 'ORG', name: 'SV Sandhausen', qid: 'Q9100003' }),
  entry({ id: 'loc:kreis-offenbach', type: 'LOC', schemaType: 'AdministrativeArea', name: 'Kreis Offenbach', qid: 'Q9100004', prominence: 20 }),
  entry({ id: 'loc:vfl-artern', type: 'ORG', name: 'VfL Artern', qid: 'Q9100005', prominence: 20 }),
  entry({ id: 'per:wladimir-putin', type: 'PER', schemaType: 'Person', name: 'Wladimir Putin', qid: 'Q9100006', prominence: 40 }),
]);
const index = candidateIndex(kb);
const ids = (name: string, type: KbEntry['type']) => findCandidates([foldKey(name)], type, index).map((c) => `${c.entry.id}/${c.match}`);

describe('club names without ordinal or year find the club; near spellings keep every word (issue 15)', () => {
  it.each([
    ['a club without its founding year', 'FC Ingolstadt', 'ORG', ['org:fc-ingolstadt/name']],
    ['a club without its ordinal', 'FC Saarbrücken', 'ORG', ['org:fc-saarbruecken/name']],
    ['another prefix is another club', 'FC Sandhausen', 'ORG', []],
    ['a club with a LOC type was Kreis Offenbach by spelling', 'Kickers Offenbach', 'LOC', []],
    ['a club with another prefix is no spelling variant', 'VfB Artern', 'ORG', []],
    ['a first name spelled otherwise still is', 'Vladimir Putin', 'PER', ['per:wladimir-putin/fuzzy']],
  ])('%s: %s', (_case, name, type, expected) => {
    expect(ids(name, type as KbEntry['type'])).toEqual(expected);
  });

  it('a club name that is no `<prefix> <name>` has no core candidates', () => {
    expect(clubsByCore(foldKey('Kickers Offenbach'), index)).toEqual([]);
  });
});

describe('club names in real news sentences, linked through the shipped tables', () => {
  const pipeline = openPipeline();
  it.each([
    ['FC Ingolstadt 04 named without its year', 'Ralph Hasenhüttl (Trainer FC Ingolstadt) sprach von einem verdienten Sieg.', 'FC Ingolstadt', 'Q170117'],
    ['1. FSV Mainz 05 named without ordinal and year', 'Der FSV Mainz hat einen portugiesischen Abwehrspieler verpflichtet.', 'FSV Mainz', 'Q105254'],
  ])('%s: %s', async (_case, text, name, qid) => {
    const doc = await extractText(await pipeline, text);
    const m = doc.mentions.find((x) => x.text === name);
    expect(doc.entities.find((e) => e.id === m?.entity)?.qid).toBe(qid);
  });
});
