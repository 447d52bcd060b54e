import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { projectRoot } from '../pipeline/root.js';
import type { KbEntry } from './types.js';

/**
 * The open data folder (`../shared/data` beside the project, or `FAKTUM_DATA`, which `faktum run --data` sets): its
 * Wikidata tables (Bundestag members, Party Facts parties, the US Congress) are read from there at run time, never
 * copied into the repository. Without the folder those entries are absent and everything else works.
 */
export function dataDir(): string {
  return resolve(process.env.FAKTUM_DATA ?? join(projectRoot, '..', 'shared', 'data'));
}

// The codes module of i18n-iso-countries only (its package entry loads all 78 locales).
const iso = createRequire(import.meta.url)('i18n-iso-countries/index.js') as { alpha3ToAlpha2(code: string): string | undefined };
const PARTY: Readonly<Record<string, string>> = { Democrat: 'org:us-democrats', Republican: 'org:us-republicans' };

/** The three tables under the data folder, in the order they are read: Bundestag, US Congress, Party Facts. */
export const SHARED_TABLE_FILES = [
  'bundestag-mdb-wikidata/mdb_wikidata.tsv',
  'wikidata-us-congress-current/legislators_current.tsv',
  'wikidata-parties-partyfacts/parties.tsv',
] as const;

/** Data rows of a TSV file with a header, or none when it is absent. */
function rows(file: string): string[][] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').slice(1).map((row) => row.split('\t'));
}

/** `Arubaanse Volkspartij (Dutch)` -> `Arubaanse Volkspartij`. */
const bare = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** A link-only entry of a shared table, with its source; its QID comes from the table (`qidSource`). */
function entry(e: Omit<KbEntry, 'id' | 'linkOnly' | 'qidSource'> & { qid: string; source: string }): KbEntry {
  const prefix = e.type === 'PER' ? 'per' : e.type === 'ORG' ? 'org' : 'loc';
  const aliases = [...new Set((e.aliases ?? []).filter((a) => a && a !== e.name))];
  return { id: `${prefix}:wd-${e.qid.toLowerCase()}`, ...e, ...(aliases.length ? { aliases } : { aliases: undefined }), linkOnly: true, qidSource: e.source };
}

/**
 * The entries of the three Wikidata tables under `dir` (scripts/kb/sources/ documents each source and licence);
 * `countryOf` maps an ISO 3166-1 alpha-2 code to the KB's country entry.
 */
export function readSharedTables(countryOf: (iso2: string) => string | undefined, dir = dataDir()): KbEntry[] {
  const out: KbEntry[] = [];
  for (const [qid, name] of rows(join(dir, SHARED_TABLE_FILES[0]))) {
    if (/^Q\d+$/.test(qid) && name) out.push(entry({ type: 'PER', schemaType: 'Person', name, qid, source: 'bundestag-mdb', context: ['org:bundestag', 'Bundestag', 'Abgeordneter', 'Abgeordnete', 'MdB'] }));
  }
  for (const [qid, labelDe, labelEn, aliases, type, , party] of rows(join(dir, SHARED_TABLE_FILES[1]))) {
    const names = [...(aliases ? aliases.split('|').map((a) => a.trim()) : []), labelDe || labelEn].filter(Boolean);
    if (!/^Q\d+$/.test(qid) || !names.length) continue;
    out.push(entry({ type: 'PER', schemaType: 'Person', name: names[0], aliases: [...names.slice(1), labelEn], qid, source: 'us-congress', ...(PARTY[party] ? { party: PARTY[party] } : {}), context: [type.includes('senator') ? 'org:us-senate' : 'org:us-house', 'Kongress', 'Senat', 'Senator', 'Senatorin', 'Abgeordneter'] }));
  }
  for (const [qid, labelDe, labelEn, aliases, , iso3, , short] of rows(join(dir, SHARED_TABLE_FILES[2]))) {
    const name = labelDe || labelEn;
    if (!/^Q\d+$/.test(qid) || !name) continue;
    const shortName = bare(short ?? '');
    const names = (aliases ? aliases.split('|') : []).map(bare).filter((n) => n && n !== shortName);
    const country = countryOf(iso.alpha3ToAlpha2(iso3) ?? '');
    out.push(entry({ type: 'ORG', schemaType: 'PoliticalParty', name, nameEn: labelEn && labelEn !== name ? labelEn : undefined, aliases: names, qid, source: 'partyfacts', ...(country ? { country } : {}), ...(shortName.length >= 3 && shortName !== name ? { contextAliases: [shortName] } : {}), context: ['Partei'] }));
  }
  return out.map(plain);
}

/**
 * The entry as JSON would give it back (what `JSON.parse(JSON.stringify(e))` did here): keys in the same order
 * without the undefined ones, arrays copied. That round trip took 40 % of the time of reading the tables at every
 * start; tests/kb/shared-tables.test.ts checks both give the same entries, keys in the same order.
 */
export function plain(entry: KbEntry): KbEntry {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  return out as unknown as KbEntry;
}
