import type { Doc } from '../../document/doc.js';
import type { Kb } from '../../kb/load.js';
import type { KbEntry } from '../../kb/types.js';
import { referencesOf } from '../../kb/validate.js';

/** What an article says that helps choose between candidates: the KB entries it names and its words. */
export interface LinkContext {
  /** Ids of the KB entries the article already names (gazetteer matches, then earlier links). */
  ids: Set<string>;
  /** Ids those entries refer to (their country, state, party, ...): `München` supports `Bayern` the state. */
  nearIds: Set<string>;
  /** The article's words in lower case, made on first use (most articles never need them). */
  words(): ReadonlySet<string>;
  /** Role nouns found among the words or not (`präsident` -> true), filled as asked. */
  roles?: Map<string, boolean>;
}

const related = new WeakMap<KbEntry, string[]>();

/** The ids an entry points to, and the ids in its `context` list (kept per entry). */
export function relatedIds(entry: KbEntry): string[] {
  let ids = related.get(entry);
  if (!ids) related.set(entry, (ids = [...referencesOf(entry).map((r) => r.id), ...(entry.context ?? []).filter((c) => c.includes(':'))]));
  return ids;
}

/** Adds an entry the article names to the context. */
export function addToContext(ctx: LinkContext, entry: KbEntry): void {
  ctx.ids.add(entry.id);
  for (const id of relatedIds(entry)) ctx.nearIds.add(id);
}

/** The context of an article before linking: its words and the KB entries the gazetteer found. */
export function linkContext(doc: Doc, kb: Kb): LinkContext {
  let words: Set<string> | undefined;
  const ctx: LinkContext = {
    ids: new Set(),
    nearIds: new Set(),
    words: () => (words ??= new Set(doc.tokens.map((t) => t.norm.toLowerCase()))),
  };
  for (const m of doc.mentions) {
    const entry = m.kbId ? kb.byId(m.kbId) : undefined;
    if (entry) addToContext(ctx, entry);
  }
  return ctx;
}

/** True when a word of the article is the role noun or ends with it (`US-Präsident`, `Bundeskanzlerin`). */
function namesRole(entry: KbEntry, ctx: LinkContext): boolean {
  if (!entry.roles && !entry.formerRoles) return false;
  const seen = (ctx.roles ??= new Map());
  for (const { role } of [...(entry.roles ?? []), ...(entry.formerRoles ?? [])]) {
    const r = role.toLowerCase();
    let found = seen.get(r);
    if (found === undefined) {
      found = false;
      for (const w of ctx.words()) if (w.endsWith(r)) found = true;
      seen.set(r, found);
    }
    if (found) return true;
  }
  return false;
}

/**
 * How much the article supports an entry: a point when it names the entry itself (a table entry) or one that lies
 * in or belongs to it, for each related entry it names (the person's party or country, the place's state), and one
 * of the person's role nouns (`Kanzlerin`, `US-Präsident`); half a point for each of the entry's context words.
 */
export function support(entry: KbEntry, ctx: LinkContext): number {
  // A table entry named before in the article supports a later short form of it (`APA` after its full name). Not a
  // curated one: the gazetteer links its context aliases after it, and leaves the ambiguous ones (`Union`) NIL.
  let n = ctx.nearIds.has(entry.id) || (entry.linkOnly && ctx.ids.has(entry.id)) ? 1 : 0;
  // A related entry the article names; for places also one that an entry it names lies in too (two towns of one
  // state). Not for people: every German article names something in Germany.
  const siblings = entry.type === 'LOC';
  for (const id of relatedIds(entry)) if (ctx.ids.has(id) || (siblings && ctx.nearIds.has(id))) n++;
  // A context word is weak evidence (`Spiel` and `Saison` are not only football's): half a point each.
  for (const c of entry.context ?? []) if (!c.includes(':') && ctx.words().has(c.toLowerCase())) n += 0.5;
  if (namesRole(entry, ctx)) n++;
  return n;
}
