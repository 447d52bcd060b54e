import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKb } from '../../../src/pipeline/resources.js';
import { RelationContext, type Proposal } from '../../../src/stages/relations/context.js';
import { RELATION_RULES } from '../../../src/stages/relations/index.js';
import { PREDICATES, RELATIONS, rulesInRunOrder, type RelationRule, type RelationSpec } from '../../../src/stages/relations/inventory.js';
import { extract } from '../../helpers/pipeline.js';

/**
 * The relation rules come from the inventory (each relation names the rules that find it, with their steps), so a
 * new relation needs no edit of relations/index.ts. These tests check that registration: run order, steps, files.
 */

const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'stages', 'relations');
const ruleFiles = readdirSync(dir).filter((f) => /^\d+-.+\.ts$/.test(f)).sort();
const registered = PREDICATES.flatMap((p) => (RELATIONS[p] as RelationSpec).rules.map((rule) => ({ predicate: p, rule })));

describe('the relation rules, from the inventory', () => {
  // The run order decides which rule's name a merged relation keeps: the output depends on it.
  it('run in the order of the hand list they replaced (relations/index.ts before the inventory named its rules)', () => {
    const before = ['10 roleBeforeName', '15 roleAppositive', '20 partyAffiliation', '30 basedIn', '40 manufacturer', '50 suppliesTo', '60 stakes', '70 founder'];
    expect(RELATION_RULES.map((r) => `${r.step} ${r.find.name}`).filter((r) => before.includes(r))).toEqual(before);
  });

  it.each(ruleFiles)('%s: each function it exports is a rule of the inventory, with the file number as its step', async (file) => {
    const exported = Object.values(await import(join(dir, file))).filter((x) => typeof x === 'function');
    expect(exported.length).toBeGreaterThan(0);
    for (const fn of exported) {
      const steps = registered.filter((r) => r.rule.find === fn).map((r) => r.rule.step);
      expect(steps.length, `${file}: ${(fn as { name: string }).name} is not named by any relation of the inventory`).toBeGreaterThan(0);
      expect(new Set(steps)).toEqual(new Set([Number(file.split('-')[0])]));
    }
  });

  it('every rule of the inventory is exported by a numbered rule file', async () => {
    const exported = new Set((await Promise.all(ruleFiles.map((f) => import(join(dir, f))))).flatMap((m) => Object.values(m)));
    expect(registered.filter((r) => !exported.has(r.rule.find)).map((r) => `${r.predicate}: ${r.rule.find.name}`)).toEqual([]);
  });
});

describe('each rule proposes only the relations that name it, with rule names that say so', () => {
  const kb = getKb();
  it.each([
    ['Nvidia-Chef Jensen Huang sprach in Taipeh.'],
    ['Die Chefin der Commerzbank, Bettina Orlopp, sagte nichts.'],
    ['Der Abgeordnete Hans Weidner (CDU) stimmte dagegen.'],
    ['Der taiwanische Chipkonzern TSMC baut in Dresden.'],
    ['Boeing baut die 737 Max in Renton.'],
    ['Airbus verkauft 20 Flugzeuge an die Lufthansa.'],
    ['Volkswagen hält 10 Prozent an Traton.'],
    ['Tesla-Gründer Elon Musk meldete sich zu Wort.'],
  ])('%s', async (text) => {
    const ctx = new RelationContext(await extract(text), kb);
    const proposals = RELATION_RULES.flatMap((rule) => rule.find(ctx).map((p: Proposal) => ({ rule, p })));
    expect(proposals.length).toBeGreaterThan(0);
    for (const { rule, p } of proposals) {
      expect(registered.filter((r) => r.rule.find === rule.find).map((r) => r.predicate)).toContain(p.predicate);
      expect(p.rule.startsWith(`${p.predicate}.`), `${p.rule} of ${p.predicate}`).toBe(true);
    }
  });
});

describe('rulesInRunOrder on inventories that are wrong, and one rule for two relations', () => {
  const a: RelationRule['find'] = function ruleA() {
    return [];
  };
  const b: RelationRule['find'] = function ruleB() {
    return [];
  };
  const spec = (...rules: RelationRule[]): RelationSpec => ({ subject: ['ORG'], object: ['ORG'], property: 'fk:x', writtenOn: 'subject', rules });

  it.each([
    [
      'two rules share a step',
      { acquired: spec({ step: 80, find: a }), suppliesTo: spec({ step: 80, find: b }) },
      /step 80 is given to two rules, ruleA \(acquired\) and ruleB \(suppliesTo\)/,
    ],
    [
      'one rule has two steps',
      { acquired: spec({ step: 80, find: a }), suppliesTo: spec({ step: 85, find: a }) },
      /rule ruleA has step 80 under acquired but step 85 under suppliesTo/,
    ],
  ])('%s: an error naming the rules and relations', (_name, inventory, message) => {
    expect(() => rulesInRunOrder(inventory)).toThrow(message);
  });

  it('a rule named by two relations runs once, in step order', () => {
    const rules = rulesInRunOrder({ acquired: spec({ step: 80, find: a }), shareholderOf: spec({ step: 85, find: b }, { step: 80, find: a }) });
    expect(rules.map((r) => `${r.step} ${r.find.name}`)).toEqual(['80 ruleA', '85 ruleB']);
  });
});
