import { categoryOf, type Category, type MentionKind } from '../types.js';
import { codePointToUtf16 } from './offsets.js';
import type { ReportArticle, ReportEntity, ReportMention, ReportRelation, ReportSentence } from './article-types.js';

export type { ReportArticle, ReportEntity, ReportMention, ReportRelation, ReportSentence } from './article-types.js';

type Node = Record<string, unknown>;

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v && typeof v === 'object' && '@value' in v ? String((v as Node)['@value']) : undefined;
const num = (v: unknown): number => Number(str(v));
const types = (n: Node): string[] => list(n['@type']).map(String);
const QID = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/;

/**
 * Reads one article's JSON-LD (as written by `faktum run`) into the report's model. Throws with a reason when the
 * file is not faktum output (no named graph, no `nif:Context`); the caller records it as a problem of that file.
 */
export function readArticle(file: string, data: unknown): ReportArticle {
  const top = list((data as Node)?.['@graph']) as Node[];
  const graph = top.find((n) => Array.isArray(n['@graph']));
  if (!graph) throw new Error('no named graph of an article');
  const nodes = graph['@graph'] as Node[];
  const context = nodes.find((n) => types(n).includes('nif:Context'));
  const text = str(context?.['nif:isString']);
  if (text === undefined) throw new Error('no nif:Context with nif:isString');
  const toUtf16 = codePointToUtf16(text);
  const activity = top.find((n) => types(n).includes('prov:Activity'));
  const newsArticle = nodes.find((n) => types(n).includes('schema:NewsArticle'));
  const sentences = new Map<string, ReportSentence>();
  const mentions: ReportMention[] = [];
  const entities: ReportEntity[] = [];
  const relations: Node[] = [];
  for (const n of nodes) {
    const t = types(n);
    const iri = String(n['@id']);
    if (t.includes('nif:Sentence')) {
      const begin = num(n['nif:beginIndex']);
      const end = num(n['nif:endIndex']);
      sentences.set(iri, { iri, begin, end, start: toUtf16(begin), stop: toUtf16(end) });
    } else if (t.includes('nif:Phrase')) {
      const begin = num(n['nif:beginIndex']);
      const end = num(n['nif:endIndex']);
      const entity = str(n['itsrdf:taIdentRef']);
      mentions.push({
        begin,
        end,
        start: toUtf16(begin),
        stop: toUtf16(end),
        anchor: str(n['nif:anchorOf']) ?? '',
        kind: (str(n['fk:mentionKind']) ?? 'name') as MentionKind,
        source: str(n['fk:source']) ?? '',
        confidence: str(n['fk:confidence']) ?? '',
        category: categoryOf(str(n['itsrdf:taClassRef'])),
        ...(entity ? { entity } : {}),
        ...(n['nif:sentence'] ? { sentence: str(n['nif:sentence']) } : {}),
      });
    } else if (t.includes('rdf:Statement')) {
      relations.push(n);
    } else if (typeof n['schema:name'] === 'string') {
      const qid = list(n['schema:sameAs']).map((s) => QID.exec(String(s))?.[1]).find(Boolean);
      entities.push({ iri, name: n['schema:name'], alternateNames: list(n['schema:alternateName']).map(String), category: categoryOf(t), ...(qid ? { qid } : {}) });
    }
  }
  const byIri = new Map(entities.map((e) => [e.iri, e]));
  // A mention takes its entity's type: the class of a mention is the narrower schema class, the entity's the broad one.
  for (const m of mentions) if (m.entity && byIri.has(m.entity)) m.category = byIri.get(m.entity)!.category;
  mentions.sort((a, b) => a.start - b.start || b.stop - a.stop);
  return {
    file,
    ...(activity?.['fk:sourcePath'] ? { sourcePath: str(activity['fk:sourcePath']) } : {}),
    ...(newsArticle?.['schema:headline'] ? { headline: str(newsArticle['schema:headline']) } : {}),
    ...(newsArticle?.['schema:datePublished'] ? { date: str(newsArticle['schema:datePublished']) } : {}),
    text,
    sentences: [...sentences.values()].sort((a, b) => a.start - b.start),
    mentions,
    entities,
    relations: relations.map((r) => {
      const evidence = sentences.get(str(r['fk:evidence']) ?? '');
      return {
        subject: str(r['rdf:subject']) ?? '',
        object: str(r['rdf:object']) ?? '',
        relation: str(r['fk:relation']) ?? str(r['rdf:predicate']) ?? '',
        predicate: str(r['rdf:predicate']) ?? '',
        confidence: str(r['fk:confidence']) ?? '',
        rule: str(r['fk:rule']) ?? '',
        ...(evidence ? { evidence } : {}),
      };
    }),
  };
}
