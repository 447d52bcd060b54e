import { describe, expect, it } from 'vitest';
import { loadKb } from '../../src/kb/load.js';
import type { KbEntry } from '../../src/kb/types.js';
import { buildKbGazetteer } from '../../src/model/kb-gazetteer.js';
import { wordFeatureStrings } from '../../src/model/features.js';
import { loadLexicons } from '../../src/model/lexicons.js';
import { ClusterMap } from '../../src/model/clusters.js';
import { countWordStats } from '../../src/model/word-stats.js';

const entries: KbEntry[] = [
  { id: 'org:nvidia', type: 'ORG', schemaType: 'Corporation', name: 'Nvidia', compoundForms: ['Nvidia'] },
  { id: 'org:deutsche-bank', type: 'ORG', schemaType: 'Corporation', name: 'Deutsche Bank', aliases: ['Bank für Internationalen Zahlungsausgleich'] },
  { id: 'loc:china', type: 'LOC', schemaType: 'Country', name: 'China', adjectives: ['chinesisch'], demonyms: ['Chinese'] },
  { id: 'loc:usa', type: 'LOC', schemaType: 'Country', name: 'Vereinigte Staaten', compoundForms: ['US'] },
];

describe('KB gazetteer flags', () => {
  const gaz = buildKbGazetteer(entries);

  it('flags whole one-word names, their genitive and compound-only forms', () => {
    expect(gaz.flags('Nvidia')).toEqual(['org', 'org-cf']);
    expect(gaz.flags('Nvidias')).toEqual(['org-gen']);
    expect(gaz.flags('China')).toEqual(['loc']);
    expect(gaz.flags('US')).toEqual(['loc-cf']);
  });

  it('flags the first and the following words of multi-word names, as written', () => {
    expect(gaz.flags('Deutsche')).toEqual(['org-first']);
    // inflected forms are not added (tried: `Deutschen` as org-first did not help on the tuning split)
    expect(gaz.flags('Deutschen')).toEqual([]);
    expect(gaz.flags('Bank')).toEqual(['org-first', 'org-inside']);
    expect(gaz.flags('Vereinigte')).toEqual(['loc-first']);
    expect(gaz.flags('Staaten')).toEqual(['loc-inside']);
    // lower-case function words inside names are not flagged
    expect(gaz.flags('für')).toEqual([]);
  });

  it('flags inflected place adjectives and demonyms, in any case', () => {
    expect(gaz.flags('chinesischen')).toEqual(['adj-loc']);
    expect(gaz.flags('Chinesische')).toEqual(['adj-loc']);
    expect(gaz.flags('Chinesen')).toEqual(['dem-loc']);
    expect(gaz.flags('Haus')).toEqual([]);
  });

  it('gives the KB type of hyphen-compound parts', () => {
    expect(gaz.partType('Nvidia')).toBe('org');
    expect(gaz.partType('US')).toBe('loc');
    expect(gaz.partType('Chef')).toBe('');
  });

  it('covers the built-in KB and feeds the word features (Nvidia-Chef, Nvidias)', () => {
    const builtin = buildKbGazetteer(loadKb().all());
    expect(builtin.flags('Nvidia')).toContain('org');
    expect(builtin.flags('französischen')).toContain('adj-loc');
    const res = { clusters: ClusterMap.empty(), stats: countWordStats([]) };
    const self = wordFeatureStrings('Nvidia-Chef', loadLexicons(), res)[0];
    expect(self).toContain('h0kb=org');
    expect(wordFeatureStrings('Nvidias', loadLexicons(), res)[0]).toContain('kb=org-gen');
  });
});
