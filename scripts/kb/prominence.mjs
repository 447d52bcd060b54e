#!/usr/bin/env node
/**
 * Counts how often each KB entry's names occur in the development text (scripts/kb/dev-texts.mjs: never the
 * measurement sets) and writes `data/kb/prominence.tsv` (`id<TAB>count`, entries with a count of at least one).
 * The linker's prominence prior (docs/kb.md) is log(1 + count). Names are matched as word sequences with case and
 * diacritics kept (`Essen` the city, not `essen` the verb), also with a genitive `s`; a name shared by several
 * entries gives each an equal share, or only those of them chosen by hand for news (curated, or confirmed from the
 * frequency list). Persons count by full names; a lone surname (`Trump`) counts too, for the one
 * KB person of that surname whose full name occurs in the same text five times as often as all others of that
 * surname together (none such: it counts for nobody).
 * A surname counts alone only where no capitalised word follows it (`Thomas` in `Thomas de Maizière` is a first
 * name, not `Mitchell Thomas`) and when it is no German common noun (`Brand`, `Stein`, `Park`: not `Ralph Brand`):
 * src/stages/link/lone-surname.ts.
 * Names of two words or more and lone surnames match without diacritics but umlauts (`Ilkay Gündogan` is `İlkay
 * Gündoğan`, `Erdogan` counts for `Recep Tayyip Erdoğan`); one-word names as written.
 * Usage: node scripts/kb/prominence.mjs [--data ../shared/data]   (run after `npm run build`)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from './sources/_common.mjs';
import { devSets } from './dev-texts.mjs';

const { values: args } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' } } });
const { loadKb } = await import(join(REPO_ROOT, 'dist/kb/load.js'));
const { countableSurname, standsAlone } = await import(join(REPO_ROOT, 'dist/stages/link/lone-surname.js'));
const { placeHead } = await import(join(REPO_ROOT, 'dist/stages/link/entry-keys.js'));
// Names of two words or more match without diacritics but umlauts, one word as written (src/kb/prominence-words.ts).
const { foldDiacritics: fold, matchedWords } = await import(join(REPO_ROOT, 'dist/kb/prominence-words.js'));
const words = (s) => s.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
const MAX_WORDS = 6;

/** Word-sequence key -> the entries it names. */
const owners = new Map();
for (const e of loadKb().all()) {
  // A table's short alias (`SSD`, a Slovak utility) is no evidence for its entry: only full names count there.
  const names = [e.name, e.nameEn, ...(e.aliases ?? []).filter((a) => !e.linkOnly || a.length > 4), placeHead(e)];
  for (const name of new Set(names.filter(Boolean))) {
    const w = matchedWords(words(name));
    if (!w.length || w.length > MAX_WORDS || (e.type === 'PER' && w.length < 2)) continue;
    for (const key of [w.join(' '), [...w.slice(0, -1), `${w.at(-1)}s`].join(' ')]) owners.set(key, [...new Set([...(owners.get(key) ?? []), e.id])]);
  }
}
// A name one of whose entries was chosen by hand for news (curated, or confirmed from the frequency list of this
// very text) counts for those only: the review decided what the name means here (`Lewis Hamilton` the racing
// driver, not the footballer of the same name).
const chosenForNews = new Set(loadKb().all().filter((e) => !e.linkOnly || e.source === 'news-frequent').map((e) => e.id));
for (const [key, ids] of owners) {
  const chosen = ids.filter((id) => chosenForNews.has(id));
  if (chosen.length && chosen.length < ids.length) owners.set(key, chosen);
}
/** Surname -> the persons bearing it. */
const surnames = new Map();
for (const e of loadKb().all()) {
  const w = e.type === 'PER' ? words(e.name) : [];
  if (w.length >= 2 && countableSurname(w.at(-1))) surnames.set(fold(w.at(-1)), [...(surnames.get(fold(w.at(-1))) ?? []), e.id]);
}
const counts = new Map();
const lone = new Map();
let docs = 0;
for (const read of Object.values(devSets(args.data))) {
  for (const d of read()) {
    docs++;
    for (const sentence of d.sentences ? d.sentences.map((s) => s.join(' ')) : d.text.split('\n')) {
      const w = words(sentence);
      const folded = w.map(fold);
      for (let i = 0; i < w.length; i++) {
        if (surnames.has(folded[i]) && standsAlone(w, i)) lone.set(folded[i], (lone.get(folded[i]) ?? 0) + 1);
        let key = '';
        for (let n = 1; n <= MAX_WORDS && i + n <= w.length; n++) {
          key = n === 1 ? w[i] : n === 2 ? `${folded[i]} ${folded[i + 1]}` : `${key} ${folded[i + n - 1]}`;
          const ids = owners.get(key);
          if (ids) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1 / ids.length);
        }
      }
    }
  }
}
for (const [surname, n] of lone) {
  // The bearer named in full five times as often as all others together (`Sigmar Gabriel`, not `Peter Gabriel`).
  const named = surnames.get(surname).filter((id) => counts.has(id)).sort((a, b) => counts.get(b) - counts.get(a));
  const others = named.slice(1).reduce((sum, id) => sum + counts.get(id), 0);
  if (!named.length || counts.get(named[0]) < 5 * others) continue;
  // Every occurrence of the surname, less those inside the counted full name.
  counts.set(named[0], Math.max(counts.get(named[0]), n));
}
const rows = [...counts].map(([id, c]) => [id, Math.round(c * 100) / 100]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
const header = `# KB prominence: name occurrences in ${docs} development documents (scripts/kb/prominence.mjs; sets: ${Object.keys(devSets(args.data)).join(', ')})`;
writeFileSync(join(REPO_ROOT, 'data/kb/prominence.tsv'), [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
console.error(`${rows.length} entries with a count; top: ${rows.slice(0, 8).map((r) => r.join(' ')).join(', ')}`);
