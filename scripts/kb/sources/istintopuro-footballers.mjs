/**
 * Footballers who played for a club of the top two divisions of Germany, England, Spain, Italy, France or Portugal
 * (Wikidata P54), born 1930 or later, as link-only PER entries, from marcocosta97/istintopuro (a football quiz; its
 * pipeline extracts clubs, players and careers from Wikidata and emits a static index).
 * Licence: MIT (repository); the names and QIDs are Wikidata content (CC0).
 * QIDs: the Wikidata items themselves (players found through P54 "member of sports team" of the clubs, which were
 * found through P118 "league"); the name is the Wikidata label, replaced by the English Wikipedia title where the
 * label is a full legal name ("common name"). `country` is P1532 (country for sport), else citizenship.
 * Left out: players born before 1930 or with no birth year (old namesakes of living people), names that are a single
 * word ("Adriano", "Anderson": given names), start with an initial ("G. Owen") or hold digits or quotes
 * (typos, nicknames); Wikipedia qualifiers are dropped
 * ("Kevin Street (footballer)" -> "Kevin Street").
 */
import { countryIdsByIso2, dedupe, makeEntry } from './_common.mjs';
import { ISTINTOPURO, readIstintopuro } from './_istintopuro.mjs';

export const source = {
  id: 'istintopuro-footballers',
  title: 'Footballers of six European top-two divisions from Wikidata (marcocosta97/istintopuro index)',
  repository: ISTINTOPURO.repository,
  commit: ISTINTOPURO.commit,
  paths: ['site/data/index.json', 'site/data/career/*.json'],
  licence: ISTINTOPURO.licence,
  qids: 'Wikidata items of players with P54 (member of sports team) = a club whose P118 (league) is one of the 12 covered divisions, by the repository\'s pipeline',
};

const MIN_BIRTH = 1930;

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const { index, qidOf, clubsOf } = readIstintopuro(mirrorDir);
  const entries = [];
  const clubs = new Map();
  index.names.forEach((raw, pid) => {
    const name = String(raw ?? '').replace(/\s*\([^)]*\)$/, '').trim();
    if (!(index.births[pid] >= MIN_BIRTH) || !/\s/.test(name) || /^\p{Lu}\.\s/u.test(name) || /[\d"]/.test(name)) return;
    const nat = String(index.nats[pid] ?? '').split(',')[0];
    const entry = makeEntry({
      type: 'PER', schemaType: 'Person', name, qid: qidOf.get(pid), country: countries.get(nat), source: source.id,
    });
    if (entry) clubs.set(entry.qid, clubsOf.get(pid) ?? []);
    entries.push(entry);
  });
  // Football words in an article support a player's reading of a name (`Müller` with `Tor`), and so does a club he
  // played for since 2000 (`wd:Q15789`, made the KB id of the entry with that qid by build.mjs: FC Bayern).
  const words = ['Tor', 'Tore', 'Spiel', 'Trainer', 'Saison', 'Bundesliga', 'Fußball', 'Verein', 'Stürmer', 'Mittelfeld', 'Abwehr', 'Torwart'];
  return dedupe(entries).map((e) => (e ? { ...e, context: [...words, ...(clubs.get(e.qid) ?? []).map((q) => `wd:${q}`)] } : e));
}
