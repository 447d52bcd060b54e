/**
 * Shared reader for the every-politician-scrapers repositories (mySociety's EveryPolitician successor, 2021-2023:
 * one repository per country's government). Each keeps, made by its Wikidata SPARQL queries (`wikidata/`), the
 * tables `html/holders21.csv` (every holder since 2000 of the country's national positions: head of state and
 * government, ministers, state secretaries, presidents of parliament and courts, central-bank governors, ambassadors,
 * mayors of big cities), `html/legislators.csv` (members of its parliaments) and `html/bio.csv` (birth and death
 * dates). Names are the items' English Wikidata labels; `personID` is the item. The repositories sit side by side
 * under the mirror folder (`<owner>+<name>/repo`); `load` finds each beside the first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countryIdsByIso2, makeEntry, parseCsv } from './_common.mjs';

export const EPS_OWNER = 'every-politician-scrapers';
export const EPS_LICENCE = 'no licence file in the repositories (EveryPolitician, mySociety); what is taken, the labels '
  + 'and QIDs, is Wikidata content (CC0)';

/** A sibling repository's git dir beside `mirrorDir` (`<mirror>/<owner>+<name>/repo`), when fetched. */
export function siblingDir(mirrorDir, name) {
  const dir = join(mirrorDir, '..', '..', `${EPS_OWNER}+${name}`, 'repo');
  return existsSync(dir) ? dir : undefined;
}

/** A file at `commit`, or '' when the repository lacks it. */
function read(dir, commit, path) {
  try {
    return execFileSync('git', ['-C', dir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
  } catch {
    return '';
  }
}

/** A name fit for a person entry: two or more words in Latin script, no roman numerals (`Hamad II`), no initial
 * first, no digits, no bare QID (an item without an English label), no title or `of Country` style (`Charles III`,
 * `Beatrix of the Netherlands`, `Sir`, `Prince`). */
export function personName(s) {
  const name = (s ?? '').replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim();
  if (!/\s/.test(name) || /^Q\d+$/.test(name) || /\b[IVX]+\b|^\p{Lu}\.\s|[\d"]|\sof\s/u.test(name)) return '';
  // Latin script only (an item without an English label comes in Russian or Arabic: `Муренков, Василий`), and no
  // inverted `Surname, Given` form; `, Jr.` stays.
  if (!/^[\p{Script=Latin}\p{M}\s'’.,-]+$/u.test(name) || /,(?!\s*Jr\.?$)/u.test(name)) return '';
  if (/^(Sir|Lord|Lady|Baron|Baroness|Prince|Princess|King|Queen|Sheikh|Dame)\s/u.test(name)) return '';
  return name;
}

/**
 * German role words for an English position label: what German news writes next to the name (`Minister`,
 * `Botschafter`). A context word counts half a point of support.
 */
export function roleWords(position) {
  const p = position.toLowerCase();
  const w = [];
  if (/prime minister|premier|chancellor|head of government|taoiseach/.test(p)) w.push('Regierungschef', 'Premierminister', 'Kanzler', 'Regierung');
  else if (/minister|secretary of state|secretary$|secretary for|secretary to the treasury/.test(p)) w.push('Minister', 'Ministerin', 'Regierung');
  if (/president|head of state/.test(p) && !/vice/.test(p)) w.push('Präsident', 'Präsidentin');
  if (/ambassador|permanent representative/.test(p)) w.push('Botschafter', 'Botschafterin');
  if (/mayor/.test(p)) w.push('Bürgermeister', 'Bürgermeisterin');
  if (/governor|bank/.test(p)) w.push('Gouverneur', 'Notenbank', 'Zentralbank');
  if (/judge|justice|court/.test(p)) w.push('Gericht', 'Richter', 'Richterin');
  if (/member of|parliament|deputy|representative|senator|council|landtag/.test(p)) w.push('Abgeordneter', 'Abgeordnete', 'Parlament');
  return w;
}

/** Year of a date string (`2015-06-18`, `1999`), or NaN. */
const year = (d) => Number((d ?? '').slice(0, 4));

/**
 * Person entries of one repository's tables (`files`: `html/holders21.csv`, optionally `html/legislators.csv`),
 * for people alive by its data and in office in `fromYear` or later; `country` from `iso2` (none for `world`).
 */
export function loadHolders({ dir, commit, files, iso2, fromYear, sourceId }) {
  const dead = new Set();
  for (const b of parseCsv(read(dir, commit, 'html/bio.csv') || 'id\n')) if (b.dod) dead.add(b.id);
  const country = iso2 ? countryIdsByIso2().get(iso2) : undefined;
  const byQid = new Map();
  for (const file of files) {
    for (const r of parseCsv(read(dir, commit, file) || 'personID\n')) {
      if (r.DOD || dead.has(r.personID)) continue;
      if (r.end && year(r.end) < fromYear) continue;
      if (!r.end && r.start && year(r.start) < fromYear - 30) continue;
      const name = personName(r.person);
      if (!name || !/^Q[1-9]\d*$/.test(r.personID ?? '')) continue;
      const had = byQid.get(r.personID) ?? { name, words: new Set() };
      for (const w of roleWords(r.position ?? '')) had.words.add(w);
      byQid.set(r.personID, had);
    }
  }
  return [...byQid].map(([qid, { name, words }]) => {
    const e = makeEntry({ type: 'PER', schemaType: 'Person', name, qid, country, source: sourceId });
    return e && (words.size ? { ...e, context: [...words].sort() } : e);
  }).filter(Boolean);
}
