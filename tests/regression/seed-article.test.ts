import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../helpers/pipeline.js';

const SEED = join(import.meta.dirname, '..', '..', 'corpus', 'de', '2025-07-nvidia-h20-china.txt');
const S = 'http://schema.org/';
const refuseNetwork = async (url: string) => {
  throw new Error(`network refused: ${url}`);
};

type Expanded = Array<Record<string, any>>;
let nodes: Expanded;

/** Flattens the expanded JSON-LD of the seed article into its nodes (named graph included), offline. */
beforeAll(async () => {
  const doc = await extract(readFileSync(SEED, 'utf8'), 'de/2025-07-nvidia-h20-china.txt');
  const flat = (await jsonld.flatten(doc.output as any, undefined as any, { documentLoader: refuseNetwork } as any)) as any;
  const top: Expanded = Array.isArray(flat) ? flat : flat['@graph'];
  nodes = top.flatMap((n) => [n, ...((n['@graph'] as Expanded | undefined) ?? [])]);
});

const types = (n: Record<string, any>) => (n['@type'] ?? []) as string[];
const value = (n: Record<string, any>, p: string) => n[p]?.[0]?.['@value'] ?? n[p]?.[0]?.['@id'];
const entityNodes = () => nodes.filter((n) => types(n).some((t) => [`${S}Person`, `${S}Organization`, `${S}Place`, `${S}Product`].includes(t)));

describe('the seed article (issue 2)', () => {
  it.each([
    ['Nvidia', `${S}Organization`, 'Q182477'],
    ['Jensen Huang', `${S}Person`, 'Q305177'],
    ['Donald Trump', `${S}Person`, 'Q22686'],
    ['Joe Biden', `${S}Person`, 'Q6279'],
    ['H20', `${S}Product`, undefined],
    ['China', `${S}Country`, 'Q148'],
    ['USA', `${S}Country`, 'Q30'],
    ['Peking', `${S}City`, 'Q956'],
    ['Washington', `${S}City`, 'Q61'],
  ])('has %s as one %s node linked to %s', (name, type, qid) => {
    const matches = entityNodes().filter((n) => value(n, `${S}name`) === name);
    expect(matches).toHaveLength(1);
    expect(types(matches[0])).toContain(type);
    expect(value(matches[0], `${S}sameAs`)).toBe(qid ? `http://www.wikidata.org/entity/${qid}` : undefined);
  });

  it('types nothing else as a person, organisation, place or product', () => {
    expect(entityNodes().map((n) => value(n, `${S}name`)).sort()).toEqual(['China', 'Donald Trump', 'H20', 'Jensen Huang', 'Joe Biden', 'Nvidia', 'Peking', 'USA', 'Washington'].sort());
  });

  it.each([
    ['Jensen Huang', 'http://www.w3.org/ns/org#headOf', 'Nvidia'],
    ['H20', `${S}manufacturer`, 'Nvidia'],
    ['Nvidia', 'https://w3id.org/faktum/vocab#suppliesTo', 'China'],
    ['Donald Trump', 'http://www.w3.org/ns/org#headOf', 'USA'],
    ['Nvidia', `${S}location`, 'USA'],
  ])('states %s %s %s', (from, property, to) => {
    const byName = new Map(entityNodes().map((n) => [value(n, `${S}name`), n]));
    const targets = (byName.get(from)?.[property] ?? []).map((o: any) => o['@id']);
    expect(targets).toContain(byName.get(to)!['@id']);
  });

  it('names the software, pipeline and model in the provenance (default graph)', () => {
    const FK = 'https://w3id.org/faktum/vocab#';
    const activity = nodes.find((n) => types(n).includes('http://www.w3.org/ns/prov#Activity'))!;
    expect(value(activity, `${FK}pipeline`)).toBe('de-news');
    expect(value(activity, `${FK}model`)).toMatch(/^de-ner-v1@\d+\.\d+\.\d+\+sha256\.[0-9a-f]{12}$/);
  });

  it("every mention's nif:anchorOf equals its code-point slice of nif:isString", () => {
    const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
    const context = nodes.find((n) => types(n).includes(`${NIF}Context`))!;
    const text = [...(value(context, `${NIF}isString`) as string)];
    const phrases = nodes.filter((n) => types(n).includes(`${NIF}Phrase`));
    expect(phrases.length).toBeGreaterThan(40);
    for (const p of phrases) {
      const slice = text.slice(Number(value(p, `${NIF}beginIndex`)), Number(value(p, `${NIF}endIndex`))).join('');
      expect(slice).toBe(value(p, `${NIF}anchorOf`));
    }
  });
});
