/**
 * Persons of FB15k (the Freebase link-prediction benchmark: 14,951 popular entities, many of them actors, musicians,
 * film directors, writers and athletes) with their Wikidata items, as link-only PER entries, from
 * villmow/datasets_knowledge_embedding: `FB15K/entity2wikidata.json` (Freebase id -> Wikidata id, English label,
 * aliases, description, English Wikipedia page). Persons are the entities the benchmark's triples in the repository
 * describe with person relations (`/people/person/...`, `/film/actor/...`, `/music/group_member/...`, spouses and
 * film performers): `FB15K/valid.txt`, `FB15k-237/valid.txt`, `FB15k-237/test.txt` (the training files are over the
 * snapshot limit; these name 4,116 persons).
 * Licence: MIT (LICENSE of the repository, a fork of Tim Dettmers' ConvE data); labels, aliases, descriptions and
 * QIDs are Wikidata content (CC0); the triples are only read to tell persons, never shipped.
 * QIDs: the Wikidata items carrying the entity's Freebase id (P646), else the item DBpedia links by owl:sameAs;
 * label, aliases and description fetched from Wikidata by that id (2019), so each name belongs to its QID.
 * Kept: full names (two or more words, no digits, no roman numerals, no initial first, no `of`/`the`: `Charles V`,
 * `Saint Peter` are not the German names); left out: politicians, heads of state, royalty and clergy, and business
 * people and journalists unless the description names an occupation of this source too (Heidi Klum: model,
 * television host, businesswoman): issue 15's politics, government, business and media track has its own tables.
 * Aliases: those of two or more words, no commas, that hold the name's last word (`Robert Anthony De Niro`; not a
 * nickname, not a maiden name). Context: German words of the
 * occupations the description names (`_occupations.mjs`). No `country`: the linker counts a point for every mention
 * of a person's country, and with 2,000 Americans among these a lone `Jonas` or `Adams` in any article naming the USA
 * would find support for a singer of that surname (seen on the Leipzig 2015 sentences).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gitShow, makeEntry } from './_common.mjs';
import { occupationWords } from './_occupations.mjs';

export const source = {
  id: 'persons-fb15k',
  title: 'Persons of the FB15k benchmark (actors, musicians, directors, writers, athletes) with Wikidata QIDs (villmow/datasets_knowledge_embedding)',
  repository: 'https://github.com/villmow/datasets_knowledge_embedding',
  commit: '9e392453d6804d1f51c13e5650ae58ed48b638d5',
  paths: ['FB15K/entity2wikidata.json', 'FB15K/valid.txt', 'FB15k-237/valid.txt', 'FB15k-237/test.txt'],
  licence: 'MIT (LICENSE); labels, aliases and QIDs are Wikidata content (CC0); the FB15k triples (Freebase, CC BY) are only read to tell persons',
  qids: 'Wikidata items carrying the entity\'s Freebase id (P646), else DBpedia\'s owl:sameAs link; label, aliases and description fetched from Wikidata by that id by the repository\'s author (2019)',
};

/** Relations whose subject is a person (or, `object`, whose object is one). */
const PERSON_SUBJECT = /^\/(people\/person|people\/deceased_person|film\/actor|film\/director|film\/producer|film\/writer|tv\/tv_actor|music\/group_member|sports\/pro_athlete|base\/popstra\/celebrity|celebrities\/celebrity)\//;
const PERSON_OBJECT = /\/people\/marriage\/spouse$|\/film\/performance\/actor$/;
/** Descriptions of the politics and government track (left out), of royalty and clergy (German names differ). */
const POLITICS = /politician|president|prime minister|senator|governor|minister|statesman|diplomat|mayor|monarch|\bking\b|\bqueen\b|emperor|prince|princess|royal|pope|saint|bishop|theologian|military|general\b/;
/** Descriptions of the business and media track: left out unless they name an occupation of this source too. */
const BUSINESS_MEDIA = /businessm|businessw|entrepreneur|executive|investor|journalist|economist|activist|lawyer|judge/;
const NAME_OK = (n) => /\s/.test(n) && !/[\d"]|\b[IVX]+\b|^\p{Lu}\.\s|\b(of|the)\b|^The\s/u.test(n);
const words = (n) => n.toLowerCase().split(/[\s-]+/);

/**
 * Every FB15k entity's names by QID (label and aliases, as Wikidata gave them for that QID), from the fetched git dir
 * of this repository placed beside `otherMirrorDir` (`<mirror>/<owner>+<name>/repo`); empty when it is not fetched.
 * Used by zeitkette-notable-people to confirm the QIDs its repository's authors typed in by hand.
 */
export function fb15kNamesByQid(otherMirrorDir) {
  const dir = join(otherMirrorDir, '..', '..', 'villmow+datasets_knowledge_embedding', 'repo');
  const names = new Map();
  if (!existsSync(dir)) return names;
  for (const v of Object.values(JSON.parse(gitShow(dir, source.commit, 'FB15K/entity2wikidata.json')))) {
    names.set(v.wikidata_id, new Set([v.label, ...(v.alternatives ?? [])]));
  }
  return names;
}

/** Freebase ids of persons according to the benchmark triples present in the repository. */
function personIds(mirrorDir) {
  const ids = new Set();
  for (const path of source.paths.slice(1)) {
    for (const line of gitShow(mirrorDir, source.commit, path).split('\n')) {
      const [s, r, o] = line.split('\t');
      if (!r) continue;
      if (PERSON_SUBJECT.test(r)) ids.add(s);
      if (PERSON_OBJECT.test(r)) ids.add(o.trim());
    }
  }
  return ids;
}

export async function load({ mirrorDir }) {
  const persons = personIds(mirrorDir);
  const table = JSON.parse(gitShow(mirrorDir, source.commit, 'FB15K/entity2wikidata.json'));
  const entries = [];
  const seen = new Set();
  for (const [mid, v] of Object.entries(table)) {
    const name = String(v.label ?? '').trim();
    const description = String(v.description ?? '').toLowerCase();
    const context = occupationWords(description);
    if (!persons.has(mid) || !NAME_OK(name) || seen.has(v.wikidata_id)) continue;
    if (POLITICS.test(description) || (BUSINESS_MEDIA.test(description) && !context.length)) continue;
    const last = words(name).at(-1);
    const aliases = (v.alternatives ?? []).filter((a) => NAME_OK(a) && !/,|^(Jr|Sr)\.?\s/.test(a) && words(a).includes(last));
    const e = makeEntry({ type: 'PER', schemaType: 'Person', name, aliases, qid: v.wikidata_id, source: source.id });
    if (!e) continue;
    seen.add(v.wikidata_id);
    entries.push(context.length ? { ...e, context } : e);
  }
  return entries;
}
