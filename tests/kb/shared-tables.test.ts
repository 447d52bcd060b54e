import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir, plain, readSharedTables } from '../../src/kb/shared-tables.js';
import type { KbEntry } from '../../src/kb/types.js';

/** A data folder with one row of each table (header lines as in ../shared/data). */
function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-shared-'));
  const write = (file: string, lines: string[]) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `${lines.join('\n')}\n`);
  };
  // QIDs as ../shared/data pairs them with the names (mdb_wikidata.tsv, legislators_current.tsv, parties.tsv).
  write('bundestag-mdb-wikidata/mdb_wikidata.tsv', ['qid\tname', 'Q567\tAngela Merkel', 'Q61053\tOlaf Scholz']);
  write('wikidata-us-congress-current/legislators_current.tsv', ['qid\tlabel_de\tlabel_en\taliases\ttype\tcountry\tparty', 'Q359442\t\tBernard Sanders\tBernie Sanders\thuman; US senator\tUS\tIndependent']);
  write('wikidata-parties-partyfacts/parties.tsv', ['qid\tlabel_de\tlabel_en\taliases\ttype\tcountry\tpartyfacts_id\tname_short', 'Q49768\tSozialdemokratische Partei Deutschlands\tSocial Democratic Party of Germany\tSPD (German)\tpolitical party\tDEU\t383\tSPD']);
  return dir;
}

const countries = new Map([['DE', 'loc:deutschland']]);
const dirs: Array<[string, string]> = [['a fixture folder', fixture()]];
if (existsSync(join(dataDir(), 'bundestag-mdb-wikidata'))) dirs.push(['the shared data folder', dataDir()]);

describe('readSharedTables', () => {
  it.each(dirs)('%s: every entry as a JSON round trip gives it (keys, order, values)', (_name, dir) => {
    const entries = readSharedTables((iso2) => countries.get(iso2), dir);
    expect(entries.length).toBeGreaterThan(2);
    for (const e of entries) {
      const json = JSON.parse(JSON.stringify(e)) as KbEntry;
      expect(Object.keys(e)).toEqual(Object.keys(json));
      expect(e).toStrictEqual(json);
    }
  });

  it('the fixture: names, aliases, party country and context aliases as read', () => {
    const [merkel, , sanders, spd] = readSharedTables((iso2) => countries.get(iso2), fixture());
    expect(merkel).toMatchObject({ id: 'per:wd-q567', name: 'Angela Merkel', qidSource: 'bundestag-mdb', linkOnly: true });
    expect(sanders).toMatchObject({ name: 'Bernie Sanders', aliases: ['Bernard Sanders'], context: ['org:us-senate', 'Kongress', 'Senat', 'Senator', 'Senatorin', 'Abgeordneter'] });
    expect(spd).toMatchObject({ id: 'org:wd-q49768', name: 'Sozialdemokratische Partei Deutschlands', country: 'loc:deutschland', nameEn: 'Social Democratic Party of Germany' });
    expect(Object.keys(sanders)).not.toContain('party');
    expect(Object.keys(spd)).not.toContain('aliases');
  });
});

describe('plain', () => {
  it.each([
    ['undefined fields dropped', { id: 'per:wd-q567', name: 'Angela Merkel', aliases: undefined, linkOnly: true }],
    ['arrays copied', { id: 'org:wd-q49768', name: 'SPD', context: ['Partei'], contextAliases: ['SPD'] }],
  ])('%s: as JSON.parse(JSON.stringify(entry))', (_name, entry) => {
    const out = plain(entry as unknown as KbEntry);
    expect(out).toStrictEqual(JSON.parse(JSON.stringify(entry)));
    expect(Object.keys(out)).toEqual(Object.keys(JSON.parse(JSON.stringify(entry))));
    if ('context' in entry) expect((out as unknown as { context: string[] }).context).not.toBe(entry.context);
  });
});
