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
 * of the person's role nouns (`Kanzlerin`, `US-Präsident`); half a point for a place's country and for each of the
 * entry's context words.
 */
export function support(entry: KbEntry, ctx: LinkContext): number {
  return specificSupport(entry, ctx) + wordSupport(entry, ctx);
}

/**
 * The support from what names this entry in particular: the entry itself named before, related entries named,
 * a role noun. A table entry named before in the article supports a later short form of it (`APA` after its full
 * name). Not a curated one: the gazetteer links its context aliases after it, and leaves the ambiguous ones
 * (`Union`) NIL. Without `country`, a person's country named in the article does not count: `Deutschland` names
 * no German in particular.
 */
export function specificSupport(entry: KbEntry, ctx: LinkContext, { country = true } = {}): number {
  let n = ctx.nearIds.has(entry.id) || (entry.linkOnly && ctx.ids.has(entry.id)) ? 1 : 0;
  // A related entry the article names; for places also one that an entry it names lies in too (two towns of one
  // state). A place's country, named or with another place of it named, is half a point: every German article
  // names Germany or something in it, which makes a German village little likelier than its namesake abroad
  // (`Salzburg`). Siblings not for people: every German article names something in Germany.
  const place = entry.type === 'LOC';
  for (const id of relatedIds(entry)) {
    if (!country && id === entry.country) continue;
    if (ctx.ids.has(id) || (place && ctx.nearIds.has(id))) n += place && id === entry.country ? 0.5 : 1;
  }
  if (namesRole(entry, ctx)) n++;
  return n;
}

/**
 * The support from the entry's context words in the article, half a point each: weak evidence, shared by every
 * entry of a kind (`Spiel` and `Saison` are not only football's; `Parlament` and `Abgeordnete` support thousands of
 * parliamentarians alike).
 */
export function wordSupport(entry: KbEntry, ctx: LinkContext): number {
  let n = 0;
  for (const c of entry.context ?? []) if (!c.includes(':') && ctx.words().has(c.toLowerCase())) n += 0.5;
  return n;
}
