import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/document/doc.js';
import type { Entity } from '../../../src/document/types.js';
import { buildJsonLd, datePublished } from '../../../src/stages/jsonld/build.js';
import { decimalString } from '../../../src/stages/jsonld/nif.js';
import { jsonLdToNQuads, parseNQuads } from '../../../src/rdf/offline.js';

const INFO = { version: '0.0.0-test', pipeline: 'test', stages: ['jsonld.v1'] };

/** A hand-built document: one sentence, mentions and entities given. */
function docWith(text: string, entities: Array<Omit<Entity, 'mentions' | 'alternateNames'> & { at: string; alternateNames?: string[] }>) {
  const doc = createDoc(text, { path: 'de/t.txt', lang: 'de' });
  doc.sentences.push({ start: 0, end: text.length, tokenStart: 0, tokenEnd: 0, block: 'body' });
  let from = 0;
  for (const [i, e] of entities.entries()) {
    const start = text.indexOf(e.at, from);
    from = start + e.at.length;
    doc.mentions.push({ id: `m${i}`, start, end: start + e.at.length, text: e.at, type: e.type, kind: 'name', source: 'test', confidence: 0.9, entity: e.id });
    doc.entities.push({ ...e, alternateNames: e.alternateNames ?? [], mentions: [`m${i}`] });
  }
  return doc;
}

const graphNodes = (json: Record<string, unknown>) => ((json['@graph'] as Record<string, unknown>[]).find((n) => n['@graph'])!['@graph'] as Record<string, unknown>[]);

describe('JSON-LD writer', () => {
  it('writes entities that share an IRI as one node with one schema:name', async () => {
    const doc = docWith('🚀 und 🏽 sind keine Namen.', [
      { id: 'e1', type: 'OTH', name: '🚀', iri: 'https://w3id.org/faktum/id/oth/x', at: '🚀' },
      { id: 'e2', type: 'OTH', name: '🏽', iri: 'https://w3id.org/faktum/id/oth/x', at: '🏽' },
    ]);
    const json = buildJsonLd(doc, INFO);
    const nodes = graphNodes(json).filter((n) => n['@id'] === 'https://w3id.org/faktum/id/oth/x');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]['schema:name']).toBe('🚀');
    expect(nodes[0]['schema:alternateName']).toEqual(['🏽']);
    const article = graphNodes(json)[0];
    expect(article['schema:mentions']).toEqual(['https://w3id.org/faktum/id/oth/x']);
    const names = (await jsonLdToNQuads(json)).split('\n').filter((l) => l.includes('<http://schema.org/name>') && l.includes('/id/oth/x'));
    expect(names).toHaveLength(1);
  });

  it('types datePublished by its precision and never claims a non-date is a date', () => {
    expect(datePublished('2025-07-14')).toEqual({ 'schema:datePublished': { '@value': '2025-07-14', '@type': 'xsd:date' } });
    expect(datePublished('2025-07')).toEqual({ 'schema:datePublished': { '@value': '2025-07', '@type': 'xsd:gYearMonth' } });
    expect(datePublished('2025')).toEqual({ 'schema:datePublished': { '@value': '2025', '@type': 'xsd:gYear' } });
    expect(datePublished('2025-07-14T09:30:00+0200')).toEqual({ 'schema:datePublished': { '@value': '2025-07-14T09:30:00+02:00', '@type': 'xsd:dateTime' } });
    expect(datePublished('2025-07-14 09:30')).toEqual({ 'schema:datePublished': { '@value': '2025-07-14T09:30:00', '@type': 'xsd:dateTime' } });
    expect(datePublished('Mon, 14 Jul 2025 07:30:00 GMT')).toEqual({ 'schema:datePublished': { '@value': '2025-07-14T07:30:00.000Z', '@type': 'xsd:dateTime' } });
    expect(datePublished('letzte Woche')).toEqual({ 'fk:datePublishedText': 'letzte Woche' });
    expect(datePublished(undefined)).toEqual({});
  });

  it('writes decimals as strings typed xsd:decimal, never in exponent notation', async () => {
    expect(decimalString(4.5e9)).toBe('4500000000');
    expect(decimalString(0.125)).toBe('0.125');
    const doc = docWith('Nvidia liefert.', [{ id: 'e1', type: 'ORG', name: 'Nvidia', iri: 'https://w3id.org/faktum/id/wd/Q182477', qid: 'Q182477', at: 'Nvidia' }]);
    const json = buildJsonLd(doc, INFO);
    const phrase = graphNodes(json).find((n) => n['nif:anchorOf'] === 'Nvidia' && ([] as unknown[]).concat(n['@type']).includes('nif:Phrase'))!;
    expect(phrase['fk:confidence']).toBe('0.90');
    const nq = await jsonLdToNQuads(json);
    expect(nq).toContain('"0.90"^^<http://www.w3.org/2001/XMLSchema#decimal>');
    expect(nq).not.toContain('XMLSchema#double');
  });

  it('honours SOURCE_DATE_EPOCH for the provenance time', () => {
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1751328000';
    try {
      const json = buildJsonLd(docWith('Nvidia.', []), INFO);
      const activity = (json['@graph'] as Record<string, unknown>[])[0];
      expect(activity['prov:endedAtTime']).toBe('2025-07-01T00:00:00.000Z');
    } finally {
      if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = before;
    }
  });
});

describe('article IRIs', () => {
  it('takes the article URL as its IRI, with characters IRIs forbid percent-encoded', async () => {
    const doc = createDoc('Nvidia liefert.', { path: 'de/t.html', url: 'https://example.org/a|b?x={1}' });
    doc.sentences.push({ start: 0, end: 15, tokenStart: 0, tokenEnd: 0, block: 'body' });
    const json = buildJsonLd(doc, INFO);
    expect(graphNodes(json)[0]['@id']).toBe('https://example.org/a%7Cb?x=%7B1%7D');
    expect(parseNQuads(await jsonLdToNQuads(json)).length).toBeGreaterThan(0);
  });
});
