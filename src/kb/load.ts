import { readFileSync } from 'node:fs';
import { builtinEntries, builtinLinkTable } from './builtin.js';
import type { LinkTable } from './link-table.js';
import { buildSurfaceIndex, buildUniqueIndex } from './indexes.js';
import { parseKbJsonl, type KbLoadError, type ParsedKbFile } from './parse.js';
import type { KbEntry } from './types.js';
import { referencesOf } from './validate.js';

export { parseKbJsonl, type KbLoadError, type ParsedKbFile };

/** The loaded knowledge base: built-in entries, overridden and extended by user files. */
export interface Kb {
  /** The entry with this id, if any. */
  byId(id: string): KbEntry | undefined;
  /** Entries carrying this Wikidata id (normally one). */
  byQid(qid: string): KbEntry[];
  /** Every entry, built-ins first (user overrides in place), then new user entries in file order. */
  all(): readonly KbEntry[];
  /** The entries gazetteer matching uses: all but those kept for linking only (`linkOnly`). */
  names(): readonly KbEntry[];
  /** The entries held as objects: curated and user entries (the compiled link table's are read on demand). */
  loaded(): readonly KbEntry[];
  /** The compiled table of generated link-only entries, when the KB has one (its entries are in `all()` too). */
  readonly table?: LinkTable;
  /** Names and aliases of the gazetteer entries (not `linkOnly`), each under its exact surface and its lower-cased form; ambiguous keys keep all candidates. */
  surfaceIndex(): Map<string, KbEntry[]>;
  /** Adjective stem (lower case, `chinesisch`, `münchner`) to the place; stems claimed twice are left out. */
  adjectiveIndex(): Map<string, KbEntry>;
  /** Demonym (lower-cased key, `chinese`, `amerikaner`) to the place; demonyms claimed twice are left out. */
  demonymIndex(): Map<string, KbEntry>;
  /** Forms valid inside hyphen compounds (`US` -> USA, `Nvidia` -> Nvidia), exact and lower-cased keys. */
  compoundIndex(): Map<string, KbEntry[]>;
  /** Forms valid only after the entry was named in the same document (`Volksrepublik`, `Huang`). */
  contextIndex(): Map<string, KbEntry[]>;
  /** Problems found in user files; bad lines are skipped, the rest is loaded. */
  readonly errors: readonly KbLoadError[];
}

/** Options of {@link loadKb}. */
export interface LoadKbOptions {
  /** User KB files in JSON Lines, one {@link KbEntry} per line; later files override earlier ones and built-ins. */
  files?: string[];
}

function readUserFile(file: string): ParsedKbFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { entries: [], errors: [{ file, line: 0, reason: `cannot read file: ${(err as Error).message}` }] };
  }
  return parseKbJsonl(text, file);
}

/** Builds a {@link Kb} over a fixed list of entries (indexes are built on first use). */
export function createKb(entries: readonly KbEntry[], errors: readonly KbLoadError[] = [], table?: LinkTable): Kb {
  // The name indexes serve gazetteer matching: entries kept for linking only stay out of them.
  const names = entries.filter((e) => !e.linkOnly);
  const byId = new Map(entries.map((e) => [e.id, e]));
  let everything: KbEntry[] | undefined;
  // A table row whose id a loaded entry (a user's) also has is replaced by it.
  const all = () => (everything ??= [...entries, ...(table?.all().filter((e) => !byId.has(e.id)) ?? [])]);
  let byQid: Map<string, KbEntry[]> | undefined;
  const qids = () => {
    if (byQid) return byQid;
    byQid = new Map();
    for (const e of all()) if (e.qid) byQid.set(e.qid, [...(byQid.get(e.qid) ?? []), e]);
    return byQid;
  };
  let surfaces: Map<string, KbEntry[]> | undefined;
  let adjectives: Map<string, KbEntry> | undefined;
  let demonyms: Map<string, KbEntry> | undefined;
  let compounds: Map<string, KbEntry[]> | undefined;
  let contexts: Map<string, KbEntry[]> | undefined;
  return {
    byId: (id) => byId.get(id) ?? table?.byId(id),
    byQid: (qid) => qids().get(qid) ?? [],
    all,
    names: () => names,
    loaded: () => entries,
    table,
    surfaceIndex: () => (surfaces ??= buildSurfaceIndex(names, (e) => [e.name, ...(e.aliases ?? [])])),
    adjectiveIndex: () => (adjectives ??= buildUniqueIndex(names, (e) => e.adjectives)),
    demonymIndex: () => (demonyms ??= buildUniqueIndex(names, (e) => e.demonyms)),
    compoundIndex: () => (compounds ??= buildSurfaceIndex(names, (e) => e.compoundForms ?? [])),
    contextIndex: () => (contexts ??= buildSurfaceIndex(names, (e) => e.contextAliases ?? [])),
    errors,
  };
}

/**
 * Loads the built-in knowledge base plus the user files (`faktum run --kb my.jsonl`). A user entry with an existing
 * id replaces that entry; an id given twice across user files is an error (the first is kept). References
 * (`country`, `partOf`, `party`, `manufacturer`, `roles[].of`, `formerRoles[].of`) of user entries must name an
 * existing entry. Never throws for bad input: problems are returned in `errors` as `{ file, line, reason }`.
 */
export function loadKb(options: LoadKbOptions = {}): Kb {
  const table = builtinLinkTable();
  const builtinById = new Map<string, KbEntry>(builtinEntries.map((e) => [e.id, e]));
  const merged = new Map<string, KbEntry>(builtinById);
  const errors: KbLoadError[] = [];
  const fromUser = new Map<string, { file: string; line: number }>();
  for (const file of options.files ?? []) {
    const parsed = readUserFile(file);
    errors.push(...parsed.errors);
    for (const { entry, line } of parsed.entries) {
      const earlier = fromUser.get(entry.id);
      if (earlier !== undefined) {
        errors.push({ file, line, reason: `duplicate id "${entry.id}" (already defined in ${earlier.file} line ${earlier.line})` });
        continue;
      }
      fromUser.set(entry.id, { file, line });
      merged.set(entry.id, entry);
    }
  }
  for (const [id, where] of fromUser) {
    const entry = merged.get(id) as KbEntry;
    const missing = referencesOf(entry).filter((r) => !merged.has(r.id) && !table?.byId(r.id));
    if (missing.length > 0) {
      errors.push({ ...where, reason: missing.map((r) => `${r.field} refers to unknown id "${r.id}"`).join('; ') });
      const builtin = builtinById.get(id);
      if (builtin !== undefined) merged.set(id, builtin);
      else merged.delete(id);
    }
  }
  return createKb([...merged.values()], errors, table);
}
