/** Shared reader for ror-community/ror-records: each release folder (`v1.NN/`, `v2.N/`; from v1.45 on also
 * `v1.NN/v1/` in the old schema) holds one JSON record per organisation created or changed in that release, so the
 * table is the union over releases with the newest record per ROR id. Both record schemas are read into one shape.
 * Also: the names other KB entries already use, so that a new source does not make a known name ambiguous. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitCatTexts, gitLs, REPO_ROOT } from './_common.mjs';

const version = (path) => path.split('/')[0].slice(1).split('.').map(Number);
function newer(a, b) {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The newest record of every ROR id at `commit` (newest release; within a release the v2 file), normalised. */
export function rorRecords(mirrorDir, commit) {
  const newest = new Map();
  for (const path of gitLs(mirrorDir, commit, '.')) {
    const m = /^v[\d.]+\/(v1\/)?([0-9a-z]{9})\.json$/.exec(path);
    if (!m) continue;
    const cur = newest.get(m[2]);
    const v = version(path);
    if (!cur || newer(v, cur.v) || (!newer(cur.v, v) && !m[1] && cur.old)) newest.set(m[2], { v, path, old: !!m[1] });
  }
  const paths = [...newest.values()].map((x) => x.path);
  const records = gitCatTexts(mirrorDir, commit, paths).map((text) => normalise(JSON.parse(text)));
  return records;
}

/**
 * One shape for both schemas: `{ id, status, types (lower case), country (ISO2), display, labels: [[lang, value]],
 * aliases, acronyms, wikidata (the preferred QID, or the only one; undefined when several and none preferred), parent }`.
 */
function normalise(r) {
  const pick = (all, preferred) => preferred || (all.length === 1 ? all[0] : undefined);
  if (Array.isArray(r.names)) {
    const wd = (r.external_ids ?? []).find((e) => e.type === 'wikidata');
    const of = (type) => r.names.filter((n) => n.types.includes(type));
    return {
      id: r.id, status: r.status, types: r.types ?? [], country: r.locations?.[0]?.geonames_details?.country_code,
      display: of('ror_display')[0]?.value, labels: of('label').map((n) => [n.lang ?? '', n.value]),
      aliases: of('alias').map((n) => n.value), acronyms: of('acronym').map((n) => n.value),
      wikidata: wd && pick(wd.all ?? [], wd.preferred), parent: (r.relationships ?? []).some((x) => x.type === 'parent'),
    };
  }
  const wd = r.external_ids?.Wikidata;
  return {
    id: r.id, status: r.status, types: (r.types ?? []).map((t) => t.toLowerCase()), country: r.country?.country_code,
    display: r.name, labels: (r.labels ?? []).map((l) => [l.iso639 ?? '', l.label]),
    aliases: r.aliases ?? [], acronyms: r.acronyms ?? [],
    wikidata: wd && pick([wd.all ?? []].flat(), wd.preferred), parent: (r.relationships ?? []).some((x) => x.type === 'Parent'),
  };
}

/** Folded comparison key, as the build's adoption folds names (case, diacritics, `ß`, punctuation). */
export const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * What the KB already holds, from the curated files and the committed generated files of every other source (as the
 * last build wrote them): `names`, `type|folded name` -> the QIDs (or ids, without one) of the entries using that name
 * or alias; `qids`, the QIDs of the other sources' generated entries (a new source must not take them: the build keeps
 * a QID from the first source by id, and a region table would take a city's QID from the places tables).
 */
export function knownEntries(ownSourceId) {
  const names = new Map();
  const qids = new Set();
  const add = (e, generated) => {
    if (generated && e.qid) qids.add(e.qid);
    for (const n of [e.name, e.nameEn, ...(e.aliases ?? [])]) {
      if (!n) continue;
      const k = `${e.type}|${fold(n)}`;
      names.set(k, new Set([...(names.get(k) ?? []), e.qid ?? e.id]));
    }
  };
  for (const dir of ['curated', 'generated']) {
    const path = join(REPO_ROOT, 'data/kb', dir);
    for (const f of readdirSync(path).filter((x) => x.endsWith('.jsonl') && !x.startsWith(`${ownSourceId}.`))) {
      for (const line of readFileSync(join(path, f), 'utf8').split('\n')) if (line.trim() && !line.startsWith('#')) add(JSON.parse(line), dir === 'generated');
    }
  }
  return { names, qids };
}

const TYPES = ['PER', 'ORG', 'LOC', 'OTH', 'PRODUCT'];
/**
 * True when no KB entry of any type with another QID uses `name` (`Exeter` the city is no alias for a school there).
 * An entry of the same `type` without a QID does not count: the build gives it this QID (adoption) when it is the one.
 */
export const freeName = (known, name, qid, type) => TYPES.every((t) => [...(known.names.get(`${t}|${fold(name)}`) ?? [])]
  .every((q) => q === qid || (t === type && !/^Q\d+$/.test(q))));
