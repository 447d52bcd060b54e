/**
 * Football clubs of the top two divisions of Germany, England, Spain, Italy, France and Portugal, current and former
 * members (474), as link-only ORG SportsTeam entries, from marcocosta97/istintopuro (a football quiz whose pipeline
 * extracts the clubs from Wikidata). Licence: MIT (repository); names and QIDs are Wikidata content (CC0).
 * QIDs: Wikidata items with P118 (league) = one of the 12 divisions, minus reserve/youth/women's teams and a
 * hand-kept blocklist, current members curated by the repository's author. Names are the items' English labels
 * ("Arsenal F.C.", "Real Madrid Club de Fútbol"; German clubs mostly under their German name, "FC Bayern Munich" is
 * written "FC Bayern München"); German news names for foreign clubs ("FC Arsenal", "AC Mailand") are not in the
 * source. Where two items share a label the lower QID (the older, main item) is kept.
 * Left out: the 17 clubs whose item is Q90000000 or later (Rot-Weiss Essen Q97905955, FC Carl Zeiss Jena Q97927363,
 * Hertha BSC Berlin Q97905939, ...): items made in 2020 for clubs with decades-old main items, apparently secondary
 * (team/league-membership) items; linking to them would split the club.
 */
import { countryIdsByIso2, dedupe, makeEntry } from './_common.mjs';
import { ISTINTOPURO, readIstintopuro } from './_istintopuro.mjs';

export const source = {
  id: 'istintopuro-football-clubs',
  title: 'Football clubs of six European top-two divisions from Wikidata (marcocosta97/istintopuro index)',
  repository: ISTINTOPURO.repository,
  commit: ISTINTOPURO.commit,
  paths: ['site/data/index.json'],
  licence: ISTINTOPURO.licence,
  qids: 'Wikidata items with P118 (league) = one of the 12 covered divisions, filtered by the repository\'s pipeline',
};

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const { index } = readIstintopuro(mirrorDir);
  const clubs = [...index.clubs].sort((a, b) => Number(a[3].slice(1)) - Number(b[3].slice(1)));
  const seen = new Set();
  const entries = [];
  for (const [label, cc, , qid] of clubs) {
    if (Number(qid.slice(1)) >= 90000000) continue;
    const name = cc === 'DE' ? label.replace(/ Munich$/, ' München') : label;
    const k = name.toLowerCase().replace(/\./g, '');
    if (seen.has(k)) continue;
    seen.add(k);
    entries.push(makeEntry({
      type: 'ORG', schemaType: 'SportsTeam', name, aliases: [/\bF\.C\.|\bA\.C\./.test(name) ? name.replace(/\b([FA])\.C\./g, '$1C') : ''],
      qid, country: countries.get(cc), source: source.id,
    }));
  }
  // Football words in an article support a clubs reading of a name (`Müller` with `Tor`).
  return dedupe(entries).map((e) => (e ? { ...e, context: ['Tor', 'Spiel', 'Trainer', 'Saison', 'Bundesliga', 'Liga', 'Fußball', 'Verein', 'Stadion'] } : e));
}
