import type { ReportArticle } from './read/article.js';
import { sentenceId } from './paths.js';
import type { Category } from './types.js';

/** An entity across the run. */
export interface RunEntity {
  iri: string;
  name: string;
  category: Category;
  qid?: string;
  alternateNames: Set<string>;
  mentions: number;
  articles: number;
}

/** A sentence mentioning an entity: its text and where the mentions are in it (UTF-16, from the sentence start). */
export interface Occurrence {
  page: string;
  title: string;
  sentenceId: string;
  sentence: string;
  marks: Array<{ start: number; stop: number }>;
}

/** A line of the article list. */
export interface ArticleSummary {
  page: string;
  title: string;
  file: string;
  mentions: number;
  entities: number;
  relations: number;
}

/** Entities and mentions of one type, and how many of them are linked to Wikidata. */
export interface TypeTally {
  entities: number;
  linkedEntities: number;
  mentions: number;
  linkedMentions: number;
}

/**
 * What the run page and the entity pages need, collected one article at a time so that a run of 10,000 articles
 * is never held in memory as a whole: counts, entities with their occurrences, the article list.
 */
export class RunCollector {
  readonly entities = new Map<string, RunEntity>();
  readonly occurrences = new Map<string, Occurrence[]>();
  readonly articles: ArticleSummary[] = [];
  readonly relations = new Map<string, number>();
  readonly valueMentions = new Map<Category, number>();
  mentions = 0;

  /** Adds an article whose page is `page`. */
  add(a: ReportArticle, page: string): void {
    const title = a.headline ?? a.sourcePath ?? a.file;
    this.articles.push({ page, title, file: a.sourcePath ?? a.file, mentions: a.mentions.length, entities: a.entities.length, relations: a.relations.length });
    this.mentions += a.mentions.length;
    for (const r of a.relations) this.relations.set(r.relation, (this.relations.get(r.relation) ?? 0) + 1);
    for (const e of a.entities) {
      const known = this.entities.get(e.iri) ?? { iri: e.iri, name: e.name, category: e.category, alternateNames: new Set<string>(), mentions: 0, articles: 0 };
      if (e.qid) known.qid = e.qid;
      known.articles += 1;
      for (const n of e.alternateNames) known.alternateNames.add(n);
      this.entities.set(e.iri, known);
    }
    const sentences = new Map(a.sentences.map((s) => [s.iri, s]));
    const bySentence = new Map<string, Occurrence>();
    for (const m of a.mentions) {
      const entity = m.entity ? this.entities.get(m.entity) : undefined;
      if (!entity) {
        this.valueMentions.set(m.category, (this.valueMentions.get(m.category) ?? 0) + 1);
        continue;
      }
      entity.mentions += 1;
      const s = (m.sentence && sentences.get(m.sentence)) || { iri: '', begin: m.begin, end: m.end, start: m.start, stop: m.stop };
      const key = `${entity.iri}\u0000${s.start}`;
      let occ = bySentence.get(key);
      if (!occ) {
        occ = { page, title, sentenceId: sentenceId(s), sentence: a.text.slice(s.start, s.stop), marks: [] };
        bySentence.set(key, occ);
        const list = this.occurrences.get(entity.iri) ?? [];
        list.push(occ);
        this.occurrences.set(entity.iri, list);
      }
      occ.marks.push({ start: m.start - s.start, stop: m.stop - s.start });
    }
  }

  /** Entities and mentions per type, with their linked counts (mentions count as linked when their entity is). */
  byCategory(): Map<Category, TypeTally> {
    const out = new Map<Category, TypeTally>();
    const get = (c: Category) => out.get(c) ?? (out.set(c, { entities: 0, linkedEntities: 0, mentions: 0, linkedMentions: 0 }), out.get(c)!);
    for (const e of this.entities.values()) {
      const t = get(e.category);
      t.entities += 1;
      t.mentions += e.mentions;
      if (e.qid) {
        t.linkedEntities += 1;
        t.linkedMentions += e.mentions;
      }
    }
    for (const [c, n] of this.valueMentions) get(c).mentions += n;
    return out;
  }

  /** The `n` entities with most mentions among those `filter` keeps, ties by name. */
  top(n: number, filter: (e: RunEntity) => boolean = () => true): RunEntity[] {
    return [...this.entities.values()]
      .filter(filter)
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'de'))
      .slice(0, n);
  }
}
