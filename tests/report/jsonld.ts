import { readFileSync } from 'node:fs';

type Node = Record<string, unknown>;
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** What a test expects on an article page, read straight from the JSON-LD (independently of src/report/read). */
export interface Expected {
  mentions: Array<{ id: string; anchor: string; qid?: string }>;
  entities: Array<{ iri: string; name: string; qid?: string }>;
  relations: Array<{ subject: string; object: string; evidenceId: string; evidenceText: string }>;
}

/** Reads one article file of a run. */
export function expectedOf(file: string): Expected {
  const top = JSON.parse(readFileSync(file, 'utf8'))['@graph'] as Node[];
  const nodes = (top.find((n) => Array.isArray(n['@graph']))!['@graph'] as Node[]);
  const typed = (t: string) => nodes.filter((n) => list(n['@type']).includes(t));
  const qid = (n: Node | undefined) => (n ? list(n['schema:sameAs']).map((s) => /\/(Q\d+)$/.exec(String(s))?.[1]).find(Boolean) : undefined);
  const entities = nodes.filter((n) => typeof n['schema:name'] === 'string').map((n) => ({ iri: String(n['@id']), name: String(n['schema:name']), qid: qid(n) }));
  const byIri = new Map(entities.map((e) => [e.iri, e]));
  const sentences = new Map(typed('nif:Sentence').map((s) => [String(s['@id']), s]));
  return {
    entities,
    mentions: typed('nif:Phrase').map((m) => ({
      id: `m-${m['nif:beginIndex']}-${m['nif:endIndex']}`,
      anchor: String(m['nif:anchorOf']),
      qid: byIri.get(String(m['itsrdf:taIdentRef']))?.qid,
    })),
    relations: typed('rdf:Statement').map((r) => {
      const s = sentences.get(String(r['fk:evidence']))!;
      return { subject: String(r['rdf:subject']), object: String(r['rdf:object']), evidenceId: `s-${s['nif:beginIndex']}-${s['nif:endIndex']}`, evidenceText: String(s['nif:anchorOf']) };
    }),
  };
}
