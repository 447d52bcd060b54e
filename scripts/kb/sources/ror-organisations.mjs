/**
 * Research and public organisations from the Research Organization Registry (ROR): universities, research institutes,
 * clinics, agencies, foundations, as link-only ORG entries (Robert Koch-Institut, Charité - Universitätsmedizin
 * Berlin, Max-Planck-Institut für Plasmaphysik, Universität Zürich, Fraunhofer-Gesellschaft, ETH Zürich).
 * Read from ror-community/ror-records: the union of its release folders, newest record per ROR id (`_ror.mjs`).
 * QIDs: ROR's `external_ids` Wikidata value (the preferred one when a record lists several; none when several and
 * no preferred), curated by ROR. Licence: repository MIT (LICENSE); ROR publishes its data CC0.
 * Kept: active records with a QID that (a) lie in Germany, Austria, Switzerland or Liechtenstein (all types), or
 * (b) elsewhere are universities or government bodies (the foreign organisations news names: Harvard, NASA, EMA) or
 * carry a German label (Universität Straßburg, Europarat). Name: the German label, else ROR's display name; aliases:
 * the other labels, the display name, ROR aliases of five characters or more, and acronyms of three or four
 * characters (the linker treats table aliases of four characters or fewer as short forms that need support from the
 * article: `RKI` after `Robert Koch-Institut`); acronyms of two characters are dropped. Foreign universities without
 * a German label get the German forms news uses as aliases (`University of Oxford` -> `Universität Oxford`, `Harvard
 * University` -> `Harvard-Universität`, `Universität Harvard`; one-word places only) unless two records give the same form. Records whose display name
 * carries a country qualifier (`Pfizer (Germany)`, ROR's national subsidiaries) are left out, and so is a QID two
 * records share, or that another source's entry already holds (the tables disagree on a few: ROR gives the University of
 * Edinburgh Q160302, zeitkette Pancho Villa). A name or alias another KB entry (of any type: `Exeter`,
 * `Providence` are cities before they are schools) already uses with another QID is dropped, so that
 * this source never makes a known name ambiguous (an entry left without a name is left out).
 * Schema: education -> EducationalOrganization, government -> GovernmentOrganization, company -> Corporation,
 * nonprofit -> NGO, else (healthcare, facility, funder, archive, other) Organization.
 */
import { countryIdsByIso2, dedupe, makeEntry } from './_common.mjs';
import { fold, freeName, knownEntries, rorRecords } from './_ror.mjs';

export const source = {
  id: 'ror-organisations',
  title: 'Research Organization Registry records (organisations with their Wikidata ids)',
  repository: 'https://github.com/ror-community/ror-records',
  commit: 'd93fc667872f8ef9386896bd6c68bd3c6103603e',
  paths: ['v*/<ror id>.json', 'v1.*/v1/<ror id>.json (union of the releases, newest record per ROR id)'],
  licence: 'ROR data CC0 (ror.org); repository MIT (LICENSE)',
  qids: "ROR's external_ids Wikidata (the preferred one), curated by ROR",
};

const DACH = new Set(['DE', 'AT', 'CH', 'LI']);
const SCHEMA = [['education', 'EducationalOrganization'], ['government', 'GovernmentOrganization'], ['company', 'Corporation'], ['nonprofit', 'NGO']];
const COUNTRY_QUALIFIER = /\((?:[A-Z][a-z]+(?: [A-Z][a-z]+)*)\)$/;
const WORD = "[A-Z][\\p{L}.'’]+";
// One word only: `Yerevan State University` has no German form news uses (`Universität Yerevan State`).
const UNIVERSITY_OF = new RegExp(`^University of (${WORD})$`, 'u');
const X_UNIVERSITY = new RegExp(`^(${WORD}) University$`, 'u');

/** German forms of a foreign university's English name, as German news writes them. */
function germanForms(english) {
  let m = UNIVERSITY_OF.exec(english);
  if (m) return [`Universität ${m[1]}`];
  m = X_UNIVERSITY.exec(english);
  return m ? [`${m[1]}-Universität`, `Universität ${m[1]}`] : [];
}

/** The record's English label, else its display name. */
const english = (r) => r.labels.find(([lang]) => lang === 'en')?.[1] ?? r.display;

function kept(r) {
  if (r.status !== 'active' || !r.wikidata || !r.display || COUNTRY_QUALIFIER.test(r.display)) return false;
  if (DACH.has(r.country)) return true;
  return r.types.includes('education') || r.types.includes('government') || r.labels.some(([lang]) => lang === 'de');
}

export async function load({ mirrorDir }) {
  const countries = countryIdsByIso2();
  const records = rorRecords(mirrorDir, source.commit).filter(kept);
  const byQid = new Map();
  for (const r of records) byQid.set(r.wikidata, (byQid.get(r.wikidata) ?? 0) + 1);
  const rows = records.filter((r) => byQid.get(r.wikidata) === 1).map((r) => {
    const de = r.labels.filter(([lang]) => lang === 'de').map(([, v]) => v);
    const generated = de.length || DACH.has(r.country) || !r.types.includes('education') ? [] : germanForms(english(r));
    return { r, names: [...de, r.display, ...r.labels.map(([, v]) => v), ...r.aliases.filter((a) => a.length >= 5)], generated,
      acronyms: r.acronyms.filter((a) => a.length >= 3 && a.length <= 4 && !/\s/.test(a)) };
  });
  const generatedCount = new Map();
  for (const { generated } of rows) for (const g of generated) generatedCount.set(fold(g), (generatedCount.get(fold(g)) ?? 0) + 1);
  const known = knownEntries(source.id);
  const entries = [];
  for (const { r, names, generated, acronyms } of rows) {
    if (known.qids.has(r.wikidata)) continue; // another table's entity (or a conflict: Q160302 Edinburgh / Pancho Villa)
    const gen = generated.filter((g) => generatedCount.get(fold(g)) === 1);
    const usable = [...new Set([...names, ...gen, ...acronyms])].filter((n) => n.trim().length >= 3 && freeName(known, n, r.wikidata, 'ORG'));
    const name = usable.find((n) => !acronyms.includes(n));
    if (!name) continue;
    const schemaType = SCHEMA.find(([t]) => r.types.includes(t))?.[1] ?? 'Organization';
    entries.push(makeEntry({
      type: 'ORG', schemaType, name, nameEn: english(r), aliases: usable.filter((n) => n !== name),
      qid: r.wikidata, country: countries.get(r.country), source: source.id,
    }));
  }
  return dedupe(entries);
}
