import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedSharedTables } from '../../src/kb/shared-tables-cache.js';
import { readSharedTables } from '../../src/kb/shared-tables.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** A data folder with the Bundestag and Party Facts tables (QIDs as ../shared/data pairs them with the names). */
function fixture(): string {
  const dir = temp('faktum-shared-');
  mkdirSync(join(dir, 'bundestag-mdb-wikidata'));
  mkdirSync(join(dir, 'wikidata-parties-partyfacts'));
  writeFileSync(join(dir, 'bundestag-mdb-wikidata/mdb_wikidata.tsv'), 'qid\tname\nQ567\tAngela Merkel\n');
  writeFileSync(join(dir, 'wikidata-parties-partyfacts/parties.tsv'), 'qid\tlabel_de\tlabel_en\taliases\ttype\tcountry\tpartyfacts_id\tname_short\nQ49768\tSozialdemokratische Partei Deutschlands\tSocial Democratic Party of Germany\tSPD\tpolitical party\tDEU\t383\tSPD\n');
  return dir;
}

const germany = new Map([['DE', 'loc:deutschland']]);
/** The entries as JSON text: values and key order. */
const text = (entries: unknown) => JSON.stringify(entries);

describe('cachedSharedTables', () => {
  it('written, then read back: the entries readSharedTables builds, keys in the same order', () => {
    const [dir, cache] = [fixture(), temp('faktum-cache-')];
    const fresh = readSharedTables((iso2) => germany.get(iso2), dir);
    expect(text(cachedSharedTables(germany, dir, cache))).toBe(text(fresh));
    expect(readdirSync(cache)).toHaveLength(1);
    const cached = cachedSharedTables(germany, dir, cache);
    expect(cached).toStrictEqual(fresh);
    expect(text(cached)).toBe(text(fresh));
  });

  it.each([
    ['a row added to a table', (dir: string) => appendFileSync(join(dir, 'bundestag-mdb-wikidata/mdb_wikidata.tsv'), 'Q61053\tOlaf Scholz\n'), germany],
    ['another country map (no Germany)', () => {}, new Map<string, string>()],
  ])('after %s: the fresh entries, not the cached ones', (_name, change, countries) => {
    const [dir, cache] = [fixture(), temp('faktum-cache-')];
    cachedSharedTables(germany, dir, cache);
    change(dir);
    expect(text(cachedSharedTables(countries, dir, cache))).toBe(text(readSharedTables((iso2) => countries.get(iso2), dir)));
  });

  it('no tables: no entries, and no cache file', () => {
    const cache = temp('faktum-cache-');
    expect(cachedSharedTables(germany, temp('faktum-empty-'), cache)).toEqual([]);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('works where the cache cannot be written', () => {
    const file = join(temp('faktum-cache-'), 'a-file');
    writeFileSync(file, '');
    const dir = fixture();
    expect(cachedSharedTables(germany, dir, join(file, 'below')).map((e) => e.name)).toEqual(['Angela Merkel', 'Sozialdemokratische Partei Deutschlands']);
  });
});
