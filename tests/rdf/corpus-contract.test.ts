import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAbsoluteIds, checkGraphs, plainQuads } from '../../src/rdf/checks.js';
import { expandOffline, jsonLdToNQuads, offlineDocumentLoader, parseNQuads } from '../../src/rdf/offline.js';
import { ContractValidator } from '../../src/rdf/shacl.js';
import { validateJsonLdFile } from '../../src/rdf/validate-file.js';
import { corpusArticles, writeCorpusOutput } from './fixture.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

// The whole corpus, through the real pipeline, in-process: the contract holds for every article.
describe('JSON-LD contract on the corpus output', () => {
  let files: Map<string, string>;
  let validator: ContractValidator;
  const json = (path: string) => JSON.parse(readFileSync(files.get(path)!, 'utf8')) as object;

  beforeAll(async () => {
    ({ files } = await writeCorpusOutput());
    validator = new ContractValidator();
  });

  it('covers every corpus article', () => {
    expect(files.size).toBe(corpusArticles().length);
    expect(files.size).toBeGreaterThan(10);
  });

  it('every article conforms to the SHACL shapes and the code checks', async () => {
    const violations = [];
    for (const file of files.values()) violations.push(...(await validateJsonLdFile(file, validator)));
    expect(violations).toEqual([]);
  });

  it('every @id is an absolute IRI', async () => {
    for (const [path] of files) expect(checkAbsoluteIds(path, await expandOffline(json(path)))).toEqual([]);
  });

  it('expands offline: the context is inline and the loader refuses the network', async () => {
    await expect(offlineDocumentLoader('https://schema.org/')).rejects.toThrow(/network access refused/);
    for (const [path] of files) {
      const expanded = await expandOffline(json(path));
      expect(expanded.length).toBeGreaterThan(0);
    }
  });

  it('decimals are xsd:decimal in the N-Quads, never xsd:double', async () => {
    for (const [path] of files) {
      const nquads = await jsonLdToNQuads(json(path));
      expect(nquads).not.toContain(`${XSD}double`);
      const confidences = parseNQuads(nquads).filter((q) => q.predicate.value === 'https://w3id.org/faktum/vocab#confidence');
      expect(confidences.length).toBeGreaterThan(0);
      for (const q of confidences) {
        expect(q.object.termType === 'Literal' && q.object.datatype.value).toBe(`${XSD}decimal`);
        expect(q.object.value).toMatch(/^(0|1)\.\d+$/);
      }
    }
  });

  it('provenance is in the default graph, the extraction in one named graph', async () => {
    for (const [path] of files) {
      const quads = plainQuads(parseNQuads(await jsonLdToNQuads(json(path))));
      expect(checkGraphs(path, quads)).toEqual([]);
      const inDefault = quads.filter((q) => !q.graph);
      const named = quads.filter((q) => q.graph);
      expect(inDefault.some((q) => q.object === 'http://www.w3.org/ns/prov#Activity')).toBe(true);
      expect(inDefault.some((q) => q.predicate === 'http://www.w3.org/ns/prov#endedAtTime')).toBe(true);
      expect(named.some((q) => q.object === 'http://schema.org/NewsArticle')).toBe(true);
      expect(named.some((q) => q.predicate.startsWith('http://www.w3.org/ns/prov#'))).toBe(false);
    }
  });
});
