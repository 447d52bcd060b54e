import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A gold file (format in corpus/gold/README.md). */
export interface GoldFile {
  article: string;
  mentions: Array<{ id: string; start: number; end: number; text: string; label: string }>;
  entities: Array<{ id: string; name: string; type: string; qid?: string; mentions: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string; evidence?: { start: number; end: number } }>;
}

/** An article of the corpus with its text (UTF-8, BOM removed) and gold annotations. */
export interface GoldArticle {
  name: string;
  path: string;
  text: string;
  gold: GoldFile;
}

/** Reads a text file as UTF-8 and removes a leading byte-order mark, as the gold offsets assume. */
export function readArticleText(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads `<root>/de/*.txt` with `<root>/gold/<name>.json`. Throws listing every article without a gold file:
 * scoring a silently smaller corpus would make the numbers incomparable with the baseline.
 */
export function readGoldCorpus(root: string): GoldArticle[] {
  const dir = join(root, 'de');
  if (!existsSync(dir)) throw new Error(`corpus folder ${dir} does not exist`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const missing: string[] = [];
  const articles: GoldArticle[] = [];
  for (const file of files) {
    const name = basename(file, '.txt');
    const goldPath = join(root, 'gold', `${name}.json`);
    if (!existsSync(goldPath)) {
      missing.push(goldPath);
      continue;
    }
    const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as Partial<GoldFile>;
    const gold: GoldFile = {
      article: raw.article ?? `de/${file}`,
      mentions: raw.mentions ?? [],
      entities: raw.entities ?? [],
      relations: raw.relations ?? [],
    };
    articles.push({ name, path: join(dir, file), text: readArticleText(join(dir, file)), gold });
  }
  if (missing.length > 0) throw new Error(`articles without gold annotations:\n  ${missing.join('\n  ')}`);
  if (articles.length === 0) throw new Error(`no articles (*.txt) in ${dir}`);
  return articles;
}
