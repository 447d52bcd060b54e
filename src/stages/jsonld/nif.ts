import type { Doc } from '../../document/doc.js';
import { spanFinder } from '../../document/offsets.js';
import type { Node } from './build.js';
import type { ArticleIris } from './iris.js';
import { schemaTypes, VALUE_CLASSES, xsdDateType } from './types.js';

type CodePoints = (utf16: number) => number;

/** NIF sentences, offsets in code points. */
export function sentenceNodes(doc: Doc, iris: ArticleIris, cp: CodePoints): Node[] {
  return doc.sentences.map((s) => ({
    '@id': iris.span(cp(s.start), cp(s.end)),
    '@type': ['nif:Sentence', 'nif:OffsetBasedString'],
    'nif:beginIndex': cp(s.start),
    'nif:endIndex': cp(s.end),
    'nif:anchorOf': doc.text.slice(s.start, s.end),
    'nif:referenceContext': iris.context,
  }));
}

/** NIF phrases for mentions: anchor, offsets in code points, sentence, entity (`itsrdf:taIdentRef`) and class. */
export function mentionNodes(doc: Doc, iris: ArticleIris, cp: CodePoints): Node[] {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const values = new Map(doc.values.map((v) => [v.mention, v]));
  let valueCount = 0;
  const nodes: Node[] = [];
  const sentenceOf = spanFinder(doc.sentences);
  for (const m of doc.mentions) {
    const sentence = sentenceOf(m)!;
    const entity = m.entity ? entities.get(m.entity) : undefined;
    const value = values.get(m.id);
    const phrase: Node = {
      '@id': iris.span(cp(m.start), cp(m.end)),
      '@type': ['nif:Phrase', 'nif:OffsetBasedString'],
      'nif:beginIndex': cp(m.start),
      'nif:endIndex': cp(m.end),
      'nif:anchorOf': m.text,
      'nif:referenceContext': iris.context,
      'nif:sentence': iris.span(cp(sentence.start), cp(sentence.end)),
      'fk:mentionKind': m.kind,
      'fk:source': m.source,
      'fk:confidence': m.confidence.toFixed(2),
    };
    if (entity) Object.assign(phrase, { 'itsrdf:taIdentRef': entity.iri, 'itsrdf:taClassRef': schemaTypes(entity).at(-1) });
    if (value) {
      const valueIri = iris.value(++valueCount);
      phrase['itsrdf:taClassRef'] = VALUE_CLASSES[value.type];
      phrase['fk:value'] = valueIri;
      nodes.push(valueNode(valueIri, value));
    }
    nodes.push(phrase);
  }
  return nodes;
}

function valueNode(iri: string, value: Doc['values'][number]): Node {
  if (value.type === 'DATE') return { '@id': iri, '@type': 'fk:DateValue', 'fk:date': { '@value': String(value.value), '@type': xsdDateType(String(value.value)) } };
  const amount = typeof value.value === 'number' ? decimalString(value.value) : String(value.value);
  if (value.type === 'MONEY') return { '@id': iri, '@type': 'schema:MonetaryAmount', 'schema:value': amount, 'schema:currency': value.unit };
  return { '@id': iri, '@type': 'fk:Percentage', 'schema:value': amount };
}

/** A number as a plain decimal string, never in exponent notation: 4.5e9 -> `4500000000`. */
export function decimalString(n: number): string {
  // Safe integers print without an exponent anyway (below 1e21), and `-0` as `0`, as BigInt has them.
  if (Number.isSafeInteger(n)) return String(n);
  return Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}
