import { describe, expect, it } from 'vitest';
import { articleGraphs, PROVENANCE_GRAPH, provenanceUpdate } from '../../src/store/article-graphs.js';

const A = 'https://w3id.org/faktum/article/0a1b2c';
const NQ = [
  `<https://w3id.org/faktum/id/wd/Q305177> <http://schema.org/name> "Jensen Huang" <${A}/graph> .`,
  `<https://w3id.org/faktum/id/wd/Q305177> <http://www.w3.org/ns/org#headOf> <https://w3id.org/faktum/id/wd/Q182477> <${A}/graph> .`,
  `<${A}/extraction> <http://www.w3.org/ns/prov#used> <${A}> .`,
  `<${A}/graph> <http://www.w3.org/ns/prov#wasGeneratedBy> <${A}/extraction> .`,
  `<https://w3id.org/faktum/software/0.1.0> <http://schema.org/name> "faktum" .`,
].join('\n');

describe('articleGraphs', () => {
  it('splits an article into its named graph and its provenance', () => {
    const split = articleGraphs(NQ);
    if ('error' in split) throw new Error(split.error);
    expect(split.graph).toBe(`${A}/graph`);
    expect(split.triples.trim().split('\n')).toHaveLength(2);
    expect(split.provenance.trim().split('\n')).toHaveLength(3);
    // The shared software agent is not deleted by one article's rewrite.
    expect(split.provenanceSubjects).toEqual([`${A}/extraction`, `${A}/graph`]);
    const update = provenanceUpdate(split);
    expect(update).toContain(`DELETE WHERE { GRAPH <${PROVENANCE_GRAPH}> { <${A}/extraction> ?p ?o } };`);
    expect(update).toContain('INSERT DATA');
  });

  it.each([
    ['no named graph', '<http://ex/s> <http://ex/p> "Bahnchef" .', /found 0/],
    ['two named graphs', `${NQ}\n<http://ex/s> <http://ex/p> "Lutz" <http://ex/other> .`, /found 2/],
    ['not N-Quads', '<Bahnchef Richard Lutz', /not N-Quads/],
  ])('%s is an error as data', (_, nq, reason) => {
    const split = articleGraphs(nq);
    expect('error' in split && split.error).toMatch(reason);
  });
});
