import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinEntries, readKbDataFiles } from '../../src/kb/builtin.js';
import { loadKb } from '../../src/kb/load.js';
import { ID_PATTERN, ID_PREFIX, QID_PATTERN, SCHEMA_TYPES, referencesOf, validateEntry } from '../../src/kb/validate.js';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as { getNames(lang: string): Record<string, string> };

const kb = loadKb();
/** Every shipped entry, curated and generated. */
const all = builtinEntries;
/** The curated entries: gazetteer names, held to the stricter rules below (one name, one entry). */
const entries = all.filter((e) => !e.linkOnly);
const dataFiles = readKbDataFiles();
const curatedFile = (name: string) => dataFiles.find((f) => f.file === `curated/${name}.jsonl`)?.entries ?? [];

/**
 * Entries that deliberately share a Wikidata id with another entry. Empty: every built-in qid names one entry.
 * (Cities that share their country's item, Singapur or Monaco, have no city entry for that reason.)
 */
const SHARED_QIDS = new Set<string>();

describe('built-in KB entries', () => {
  it('has no duplicate ids', () => {
    const seen = new Set<string>();
    const dups = all.filter((e) => (seen.has(e.id) ? true : (seen.add(e.id), false))).map((e) => e.id);
    expect(dups).toEqual([]);
  });

  it.each(dataFiles.map((f) => [f.file, f.entries] as const))('%s holds valid entries only', (_file, list) => {
    const bad = list.flatMap((entry) => {
      const reasons = validateEntry(entry);
      if (!ID_PATTERN.test(entry.id) || !entry.id.startsWith(`${ID_PREFIX[entry.type]}:`)) reasons.push('id');
      if (SCHEMA_TYPES.get(entry.schemaType) !== entry.type) reasons.push('schemaType');
      if (entry.qid !== undefined && !QID_PATTERN.test(entry.qid)) reasons.push('qid');
      return reasons.map((r) => `${entry.id}: ${r}`);
    });
    expect(bad).toEqual([]);
  });

  it.each(dataFiles.map((f) => [f.file, f.entries] as const))('%s says where each entry and qid come from', (_file, list) => {
    expect(list.filter((e) => !e.source).map((e) => e.id)).toEqual([]);
    expect(list.filter((e) => e.qid && !e.qidSource).map((e) => e.id)).toEqual([]);
  });

  it('gives each qid to one entry only (except documented shared ids)', () => {
    const byQid = new Map<string, string[]>();
    for (const e of all) if (e.qid) byQid.set(e.qid, [...(byQid.get(e.qid) ?? []), e.id]);
    const shared = [...byQid].filter(([q, ids]) => ids.length > 1 && !SHARED_QIDS.has(q));
    expect(shared).toEqual([]);
  });

  it('refers only to entries that exist', () => {
    const missing = all.flatMap((e) => referencesOf(e).filter((r) => !kb.byId(r.id)).map((r) => `${e.id}.${r.field} -> ${r.id}`));
    expect(missing).toEqual([]);
  });

  it('stores adjective stems in lower case without an inflection ending, each claimed once', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      for (const a of e.adjectives ?? []) {
        expect(a).toBe(a.toLowerCase());
        expect(a).not.toMatch(/(isch|sch)(e|en|er|es|em)$/);
        if (owner.has(a) && owner.get(a) !== e.id) clashes.push(`${a}: ${owner.get(a)} / ${e.id}`);
        owner.set(a, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no surface form that is both a name/alias and only a context alias of another entry', () => {
    const names = kb.surfaceIndex();
    const clashes = entries.flatMap((e) =>
      (e.contextAliases ?? []).filter((c) => (names.get(c) ?? []).some((o) => o.id !== e.id)).map((c) => `${e.id}: ${c}`),
    );
    expect(clashes).toEqual([]);
  });

  it('has no empty data file', () => {
    for (const { file, entries: list } of dataFiles) expect(list.length, file).toBeGreaterThan(0);
  });
});

describe('countries', () => {
  const codes = Object.keys(isoCountries.getNames('de'));
  const byIso = new Map(entries.filter((e) => e.iso2).map((e) => [e.iso2 as string, e]));

  it.each(codes.filter((c) => c !== 'AQ'))('ISO %s is present', (code) => {
    const entry = byIso.get(code);
    expect(entry).toBeDefined();
    expect(['Country', 'AdministrativeArea']).toContain(entry?.schemaType);
  });

  it('has Antarctica as a continent', () => {
    expect(kb.surfaceIndex().get('Antarktis')?.[0]?.schemaType).toBe('Continent');
  });

  it.each([
    ['USA', 'loc:usa'], ['Vereinigte Staaten', 'loc:usa'], ['Großbritannien', 'loc:united-kingdom'],
    ['Vereinigtes Königreich', 'loc:united-kingdom'], ['Russland', 'loc:russia'], ['China', 'loc:china'],
    ['Volksrepublik China', 'loc:china'], ['Deutschland', 'loc:germany'], ['Tschechien', 'loc:czechia'],
  ])('%s names %s', (surface, id) => {
    expect(kb.surfaceIndex().get(surface)?.map((e) => e.id)).toEqual([id]);
  });

  it.each([
    ['chinesisch', 'loc:china'], ['amerikanisch', 'loc:usa'], ['us-amerikanisch', 'loc:usa'], ['deutsch', 'loc:germany'],
    ['französisch', 'loc:france'], ['britisch', 'loc:united-kingdom'], ['russisch', 'loc:russia'],
  ])('adjective %s -> %s', (stem, id) => {
    expect(kb.adjectiveIndex().get(stem)?.id).toBe(id);
  });

  it('keeps Volksrepublik and Amerika as in-document aliases only', () => {
    expect(kb.surfaceIndex().has('Volksrepublik')).toBe(false);
    expect(kb.surfaceIndex().has('Amerika')).toBe(false);
    expect(kb.contextIndex().get('Volksrepublik')?.map((e) => e.id)).toEqual(['loc:china']);
  });

  it('has adjectives and demonyms for at least 80 countries', () => {
    const withBoth = entries.filter((e) => e.schemaType === 'Country' && e.adjectives?.length && e.demonyms?.length);
    expect(withBoth.length).toBeGreaterThanOrEqual(80);
  });
});

describe('German states and cities', () => {
  const states = curatedFile('german-states');

  it('has the 16 German states (Berlin and Hamburg as city-states)', () => {
    expect(states).toHaveLength(16);
    for (const s of states) expect(s.country).toBe('loc:germany');
  });

  it.each([
    ['bayerisch', 'loc:bavaria'], ['sächsisch', 'loc:saxony'], ['niedersächsisch', 'loc:lower-saxony'],
    ['münchner', 'loc:munich'], ['berliner', 'loc:berlin'], ['frankfurter', 'loc:frankfurt'],
  ])('adjective %s -> %s', (stem, id) => {
    expect(kb.adjectiveIndex().get(stem)?.id).toBe(id);
  });

  it.each([['Münchner', 'loc:munich'], ['Berliner', 'loc:berlin'], ['Chinese', 'loc:china'], ['Amerikaner', 'loc:usa']])(
    'demonym %s -> %s',
    (demonym, id) => {
      expect(kb.demonymIndex().get(demonym.toLowerCase())?.id).toBe(id);
    },
  );
});

describe('surface forms', () => {
  it('has no name or alias shared by two built-in entries', () => {
    const shared = [...kb.surfaceIndex()].filter(([, list]) => list.length > 1).map(([k, list]) => `${k}: ${list.map((e) => e.id).join(', ')}`);
    expect(shared).toEqual([]);
  });
});

describe('seed article entities', () => {
  it.each([
    ['org:nvidia', 'Nvidia', 'Corporation', 'Q182477'],
    ['per:jensen-huang', 'Jensen Huang', 'Person', 'Q305177'],
    ['per:donald-trump', 'Donald Trump', 'Person', 'Q22686'],
    ['per:joe-biden', 'Joe Biden', 'Person', 'Q6279'],
    ['loc:china', 'China', 'Country', 'Q148'],
    ['loc:usa', 'USA', 'Country', 'Q30'],
    ['loc:beijing', 'Peking', 'City', 'Q956'],
    ['loc:washington-dc', 'Washington', 'City', 'Q61'],
  ])('%s: %s (%s, %s)', (id, name, schemaType, qid) => {
    const e = kb.byId(id);
    expect(e).toMatchObject({ name, schemaType, qid });
    expect(kb.surfaceIndex().get(name)?.map((x) => x.id)).toEqual([id]);
  });

  it('knows Nvidia as a US corporation usable in compounds', () => {
    expect(kb.byId('org:nvidia')).toMatchObject({ country: 'loc:usa' });
    expect(kb.compoundIndex().get('Nvidia')?.map((e) => e.id)).toEqual(['org:nvidia']);
    expect(kb.compoundIndex().get('US')?.map((e) => e.id)).toEqual(['loc:usa']);
  });

  it('knows the roles', () => {
    expect(kb.byId('per:jensen-huang')?.roles).toContainEqual({ role: 'Chef', of: 'org:nvidia' });
    expect(kb.byId('per:donald-trump')?.roles).toContainEqual({ role: 'Präsident', of: 'loc:usa' });
    expect(kb.byId('per:joe-biden')?.roles ?? []).toEqual([]);
    expect(kb.byId('per:joe-biden')?.formerRoles).toContainEqual({ role: 'Präsident', of: 'loc:usa', from: 2021, until: 2025 });
  });

  it('has the H20 product made by Nvidia, without an unconfirmed qid', () => {
    const h20 = kb.surfaceIndex().get('H20')?.[0];
    expect(h20).toMatchObject({ type: 'PRODUCT', schemaType: 'Product', manufacturer: 'org:nvidia' });
    expect(h20?.qid).toBeUndefined();
  });

  it('reads Washington alone as the city; the state is "Washington (Bundesstaat)"', () => {
    expect(kb.surfaceIndex().get('Washington')?.map((e) => e.id)).toEqual(['loc:washington-dc']);
    expect(kb.surfaceIndex().get('Washington (Bundesstaat)')?.[0]?.schemaType).toBe('State');
  });
});
