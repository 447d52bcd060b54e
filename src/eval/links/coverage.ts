import type { EvalDoc } from '../pipeline-api.js';

/** Name mentions of these types are counted. */
export const COVERAGE_TYPES = ['PER', 'ORG', 'LOC'] as const;

/** Linked share of name mentions, by type and overall, with the most frequent unlinked names. */
export interface LinkCoverage {
  perType: Record<string, { mentions: number; linked: number; share: number }>;
  micro: { mentions: number; linked: number; share: number };
  /** `[type, name, count]`, most frequent first. */
  topUnlinked: Array<[string, string, number]>;
}

/** Counts, over processed documents, the PER/ORG/LOC name mentions whose entity carries a Wikidata id. */
export function linkCoverage(docs: readonly EvalDoc[], top = 50): LinkCoverage {
  const counts = new Map<string, { mentions: number; linked: number }>(COVERAGE_TYPES.map((t) => [t, { mentions: 0, linked: 0 }]));
  const unlinked = new Map<string, number>();
  for (const doc of docs) {
    const entities = new Map(doc.entities.map((e) => [e.id, e]));
    for (const m of doc.mentions) {
      const c = counts.get(m.type);
      if (!c || m.kind !== 'name') continue;
      const entity = m.entity ? entities.get(m.entity) : undefined;
      c.mentions++;
      if (entity?.qid) c.linked++;
      else {
        const key = `${m.type}\t${entity?.name ?? doc.text.slice(m.start, m.end)}`;
        unlinked.set(key, (unlinked.get(key) ?? 0) + 1);
      }
    }
  }
  const share = (c: { mentions: number; linked: number }) => ({ ...c, share: c.mentions ? c.linked / c.mentions : 0 });
  const total = [...counts.values()].reduce((a, c) => ({ mentions: a.mentions + c.mentions, linked: a.linked + c.linked }), { mentions: 0, linked: 0 });
  const topUnlinked = [...unlinked].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top)
    .map(([key, n]) => [...key.split('\t'), n] as [string, string, number]);
  return { perType: Object.fromEntries([...counts].map(([t, c]) => [t, share(c)])), micro: share(total), topUnlinked };
}
