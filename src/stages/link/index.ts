import type { Entity, EntityType, Mention } from '../../document/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { getKb } from '../../pipeline/resources.js';
import { stripGenitive } from '../ner/20-gazetteer.js';
import { clusterMentions } from './cluster.js';
import { entityIri } from './iri.js';

/** The canonical name of an unlinked cluster: its longest `name` mention, else its longest mention. */
function canonicalName(mentions: Mention[]): string {
  const names = mentions.filter((m) => m.kind === 'name');
  const pool = names.length ? names : mentions;
  const best = [...pool].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0].text;
  const stripped = stripGenitive(best);
  return stripped && pool.some((m) => m.text === stripped) ? stripped : best;
}

/** The most frequent type of a cluster (ties: the first mention's). */
function majorityType(mentions: Mention[]): EntityType {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0] as EntityType;
}

/**
 * Linking and in-document coreference (`link.de.v1`): clusters mentions into entities, names them (KB name or
 * longest mention), links KB entries to Wikidata when the KB has a confirmed id, and gives each a stable IRI.
 */
export const linkStage: Stage = {
  id: 'link.de.v1',
  requires: ['mentions'],
  provides: ['entities'],
  create: (_options, context) => {
    const kb = getKb(context.kbFiles);
    return (doc) => {
      let n = 0;
      for (const [key, mentions] of clusterMentions(doc)) {
        const kbIds = new Set(mentions.map((m) => m.kbId).filter(Boolean));
        const kbId = key.startsWith('kb:') ? key.slice(3) : kbIds.size === 1 ? [...kbIds][0] : undefined;
        const entry = kbId ? kb.byId(kbId) : undefined;
        const type = entry?.type ?? majorityType(mentions);
        const name = entry?.name ?? canonicalName(mentions);
        const id = `e${++n}`;
        const alternateNames = [...new Set(mentions.filter((m) => m.kind === 'name' && m.text !== name).map((m) => m.text))].sort();
        const entity: Entity = { id, type, name, alternateNames, mentions: mentions.map((m) => m.id), iri: entityIri(type, name, entry?.qid) };
        if (entry) entity.kbId = entry.id;
        if (entry?.qid) entity.qid = entry.qid;
        if (entry?.schemaType) entity.subtype = entry.schemaType;
        for (const m of mentions) m.entity = id;
        doc.entities.push(entity);
      }
      doc.layers.add('entities');
    };
  },
};
