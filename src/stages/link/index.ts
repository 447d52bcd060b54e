import type { Entity, EntityType, Mention } from '../../document/types.js';
import type { KbEntry } from '../../kb/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { getKb } from '../../pipeline/resources.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { candidateIndex, type CandidateIndex } from './candidate-index.js';
import { entryKeys } from './entry-keys.js';
import { clusterKeys, findCandidates, type LinkCandidate } from './candidates.js';
import { chooseEntry } from './choose.js';
import { businessRoleBefore } from './apposition.js';
import { clusterMentions } from './cluster.js';
import { addToContext, linkContext } from './context.js';
import { entityIri } from './iri.js';
import { appendAll } from '../../document/append.js';

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

/** A cluster on its way to an entity: its mentions, the KB entry it names, and where its Wikidata id comes from. */
interface Group {
  mentions: Mention[];
  entry?: KbEntry;
  /** An entry with a Wikidata id naming the same thing, when `entry` (a curated one) has none. */
  sameAs?: KbEntry;
}

/**
 * Linking and in-document coreference (`link.de.v1`): clusters mentions into entities; a cluster the gazetteer did
 * not tie to one KB entry gets candidates from every KB name, alias and short form (and near spellings) and is
 * linked when one is clearly best by prior and article context (`choose.ts`), else stays NIL. Clusters that name the
 * same entry become one entity. Entities get the KB name, Wikidata id when confirmed, and a stable IRI.
 */
export const linkStage: Stage = {
  id: 'link.de.v1',
  requires: ['mentions'],
  provides: ['entities'],
  create: (_options, context) => {
    const kb = getKb(context.kbFiles);
    const index = candidateIndex(kb);
    const loaded = new Set(kb.loaded());
    // Per curated entry, not per article: the answer depends on the KB alone.
    const sameAsOf = new Map<KbEntry, KbEntry | undefined>();
    const sameAs = (entry: KbEntry) => {
      if (!sameAsOf.has(entry)) sameAsOf.set(entry, sameThingWithQid(entry, index, loaded));
      return sameAsOf.get(entry);
    };
    return (doc) => {
      const ctx = linkContext(doc, kb);
      const groups: Group[] = [];
      const open: Array<{ group: Group; candidates: LinkCandidate[]; businessRole?: boolean }> = [];
      for (const [key, mentions] of clusterMentions(doc)) {
        const kbIds = new Set(mentions.map((m) => m.kbId).filter(Boolean));
        const kbId = key.startsWith('kb:') ? key.slice(3) : kbIds.size === 1 ? [...kbIds][0] : undefined;
        const group: Group = { mentions, entry: kbId ? kb.byId(kbId) : undefined };
        groups.push(group);
        if (!group.entry) open.push({ group, candidates: findCandidates(clusterKeys(mentions), majorityType(mentions), index) });
        else if (!group.entry.qid) group.sameAs = sameAs(group.entry);
      }
      // Two rounds: what the first links (one candidate for a full name) is context for the second.
      for (const round of [1, 2]) {
        for (const item of open) {
          if (item.group.entry || !item.candidates.length) continue;
          // The first round links only full names with one candidate: choosing among many waits for its context.
          if (round === 1 && (item.candidates.length > 1 || item.candidates[0].match !== 'name')) continue;
          // Asked only for a table person's full name, once per cluster.
          const businessRole = () => (item.businessRole ??= businessRoleBefore(doc, item.group.mentions));
          const choice = chooseEntry(item.candidates, ctx, { businessRole });
          if (!choice || (round === 1 && choice.rule !== 'only-candidate')) continue;
          item.group.entry = choice.entry;
          addToContext(ctx, choice.entry);
        }
      }
      // The entity of each KB entry already made (the first with its id): a look-up, not a scan of all entities.
      const byEntry = new Map<string, Entity>();
      let n = 0;
      for (const group of groups) {
        const earlier = group.entry && byEntry.get(group.entry.id);
        if (earlier) {
          mergeInto(earlier, group.mentions);
          continue;
        }
        const entity = toEntity(`e${++n}`, group);
        if (group.entry) byEntry.set(group.entry.id, entity);
        doc.entities.push(entity);
      }
      doc.layers.add('entities');
    };
  },
};

/**
 * The one loaded entry with a Wikidata id (a user's `--kb` entry) that a curated entry without one names by its own
 * full name, of the same type: its id is the entity's. Table entries are left to the build, which merges them by
 * stricter rules (a brand's item is not its company's).
 */
function sameThingWithQid(entry: KbEntry, index: CandidateIndex, loaded: ReadonlySet<KbEntry>): KbEntry | undefined {
  const found = new Set(entryKeys(entry).names.flatMap((k) => index.names(k)).filter((e) => e !== entry && e.qid && e.type === entry.type && loaded.has(e)));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The entity of a group; marks each mention with the entity id. */
function toEntity(id: string, { mentions, entry, sameAs }: Group): Entity {
  const type = entry?.type ?? majorityType(mentions);
  const name = entry?.name ?? canonicalName(mentions);
  const entity: Entity = { id, type, name, alternateNames: [], mentions: [], iri: entityIri(type, name, entry?.qid ?? sameAs?.qid) };
  if (entry) entity.kbId = entry.id;
  const qid = entry?.qid ?? sameAs?.qid;
  if (qid) entity.qid = qid;
  if (entry?.schemaType) entity.subtype = entry.schemaType;
  mergeInto(entity, mentions);
  return entity;
}

/** Adds mentions to an entity: their ids, and their names as alternate names (sorted, without the entity's name). */
function mergeInto(entity: Entity, mentions: Mention[]): void {
  for (const m of mentions) m.entity = entity.id;
  appendAll(entity.mentions, mentions.map((m) => m.id));
  const names = new Set(entity.alternateNames);
  for (const m of mentions) if (m.kind === 'name' && m.text !== entity.name) names.add(m.text);
  entity.alternateNames = [...names].sort();
}
