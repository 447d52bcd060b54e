/**
 * Entities named most often, unlinked, in the development text (`data/kb/frequency/`), each QID confirmed one by
 * one in a public file found with the search tool or in a Wikidata-derived table of a fetched public repository
 * (`qidSource` of each line quotes it). Hand-checked input kept in
 * `data/kb/sources/news-frequent.jsonl`; the build passes it through like the tables, so that a curated gazetteer
 * entry of the same name takes its QID instead of getting a twin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './_common.mjs';

export const input = 'repo';

export const source = {
  id: 'news-frequent',
  title: 'Frequent unlinked news entities, QIDs confirmed one by one',
  repository: 'https://github.com/faktum (this repository)',
  commit: 'working tree',
  paths: ['data/kb/sources/news-frequent.jsonl', 'data/kb/frequency/unlinked-names.tsv'],
  licence: 'QIDs are Wikidata facts (CC0); entries written for faktum',
  qids: 'each entry\'s qidSource names the public file that pairs the QID with the name',
};

/** Reads the hand-checked entries. */
export async function load() {
  const text = readFileSync(join(REPO_ROOT, 'data/kb/sources/news-frequent.jsonl'), 'utf8');
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => JSON.parse(l));
}
