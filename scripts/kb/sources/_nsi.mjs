/** Shared reader for the name-suggestion-index modules (nsi-brands, nsi-operators). NSI data files are
 * `data/<tree>/<key>/<value>.json`, each `{ properties, items: [{ displayName, id, locationSet, matchNames, tags }] }`. */
import { countryIdsByIso2, dedupe, gitLs, gitShow, makeEntry } from './_common.mjs';

// EU member states, plus Switzerland, the EU itself, the world (001) and Europe with its sub-regions (M49 codes).
const EU = 'at be bg cy cz de dk ee es fi fr gr hr hu ie it lt lu lv mt nl pl pt ro se si sk'.split(' ');
const WANTED = new Set([...EU, 'ch', 'li', 'eu', '001', '150', '151', '154', '155', '039']);
const GERMAN_SPEAKING = new Set(['de', 'at', 'ch', 'li']);

/** Country-coder codes of a locationSet.include: 'de-by' counts as 'de'; points and custom .geojson areas are dropped. */
const codesOf = (item) => (item.locationSet?.include ?? [])
  .filter((c) => typeof c === 'string' && !c.endsWith('.geojson'))
  .map((c) => c.toLowerCase().split('-')[0]);

/**
 * Reads every NSI item under `trees` whose tags carry `qidTag`, keeps those in WANTED places or with a German
 * label, and returns one entry per QID. `nameTags` are tried in order for the entry name (German first);
 * `aliasTags` add proper-name aliases. `schemaOf(item, path)` gives the schema.org class. QIDs in `skipQids` are left out.
 */
export function loadNsi({ mirrorDir, commit, trees, qidTag, nameTags, aliasTags, schemaOf, sourceId, skipQids }) {
  const countries = countryIdsByIso2();
  const byQid = new Map();
  for (const tree of trees) {
    for (const path of gitLs(mirrorDir, commit, tree).filter((p) => p.endsWith('.json'))) {
      const file = JSON.parse(gitShow(mirrorDir, commit, path));
      for (const item of file.items ?? []) {
        const t = item.tags;
        const qid = t?.[qidTag];
        if (!qid) continue;
        const codes = codesOf(item);
        const german = Boolean(t['name:de'] || t['brand:de'] || t['operator:de']);
        if (!german && !codes.some((c) => WANTED.has(c))) continue;
        const rank = (german ? 2 : 0) + (codes.some((c) => GERMAN_SPEAKING.has(c)) ? 1 : 0);
        const list = byQid.get(qid) ?? [];
        list.push({ item, path, codes, rank });
        byQid.set(qid, list);
      }
    }
  }
  const base = qidTag.split(':')[0]; // 'brand' or 'operator'
  const lc = (v) => (v ?? '').toLowerCase();
  const entries = [];
  for (const [qid, list] of byQid) {
    if (skipQids?.has(qid)) continue;
    // The main item: the `brand`/`operator` value most items with this QID share (the parent brand rather than a
    // sub-brand tagged with the same QID), then German-labelled / German-speaking places, then most matchNames, then shortest.
    const count = new Map();
    for (const x of list) count.set(lc(x.item.tags[base]), (count.get(lc(x.item.tags[base])) ?? 0) + 1);
    const nMatch = (x) => x.item.matchNames?.length ?? 0; // main brands collect the most match names
    list.sort((a, b) => count.get(lc(b.item.tags[base])) - count.get(lc(a.item.tags[base])) || b.rank - a.rank
      || nMatch(b) - nMatch(a) || (a.item.tags[base] ?? '').length - (b.item.tags[base] ?? '').length);
    const { item, path } = list[0];
    const main = lc(item.tags[base]);
    const name = nameTags.map((k) => item.tags[k]).find(Boolean) ?? item.displayName;
    const en = item.tags[`${base}:en`] || (lc(item.tags.name) === main ? item.tags['name:en'] : undefined);
    // Aliases only from items of the same brand/operator value: its case variants and :de/:en forms; name tags
    // (name, official_name, ...) only where the item's name is that brand (a shop called "E-Center" is not "Edeka").
    const aliases = [];
    for (const { item: it } of list) {
      if (lc(it.tags[base]) !== main) continue;
      for (const k of [base, `${base}:de`, `${base}:en`, `${base}:short`]) if (it.tags[k]) aliases.push(it.tags[k]);
      if (lc(it.tags.name) === main) for (const k of aliasTags) if (it.tags[k]) aliases.push(it.tags[k]);
    }
    const allCodes = new Set(list.flatMap((x) => x.codes));
    const only = allCodes.size === 1 ? [...allCodes][0] : '';
    const schemaType = schemaOf(item, path);
    entries.push(makeEntry({
      type: schemaType === 'AdministrativeArea' ? 'LOC' : 'ORG', // a municipality operating something is a place item
      schemaType,
      name,
      nameEn: en,
      aliases: [...new Set(aliases)].filter((a) => !/[;{}]/.test(a)),
      qid,
      country: /^[a-z]{2}$/.test(only) ? countries.get(only.toUpperCase()) : undefined,
      source: sourceId,
    }));
  }
  return dedupe(entries.filter(Boolean)).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every QID tagged `qidTag` under `tree`, wherever the item is used (to keep the operator list free of brands). */
export function qidsUnder(mirrorDir, commit, tree, qidTag) {
  const qids = new Set();
  for (const path of gitLs(mirrorDir, commit, tree).filter((p) => p.endsWith('.json'))) {
    for (const item of JSON.parse(gitShow(mirrorDir, commit, path)).items ?? []) if (item.tags?.[qidTag]) qids.add(item.tags[qidTag]);
  }
  return qids;
}
