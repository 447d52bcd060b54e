import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UNLABELED_O_MASK, maskOf, tagIndex } from '../labels.js';
import type { TagMask } from '../labels.js';
import { repairInsideStarts } from './map-types.js';
import type { TrainingSentence } from './types.js';

/** Path of the (reconstructed) LER training split below the data folder. */
export function lerPath(dataDir: string): string {
  return join(dataDir, 'ler-legal-ner-de', 'ler_train_reconstructed.conll.gz');
}

/**
 * LER's fine classes mapped to GermEval outer types: persons, judges and lawyers are PER; countries, cities,
 * streets and landscapes LOC; organisations, companies, institutions and courts ORG. Brands (`MRK`) may be ORG or
 * OTH (GermEval calls products OTH, their makers ORG). Norms, regulations, contracts, case citations and legal
 * literature may be `O` or OTH: GermEval tags a named law (`Grundgesetz`) OTH but not `§ 3 Abs. 1 BGB`.
 */
export const LER_TYPE_MAP: Readonly<Record<string, readonly string[]>> = {
  PER: ['PER'], RR: ['PER'], AN: ['PER'],
  LD: ['LOC'], ST: ['LOC'], STR: ['LOC'], LDS: ['LOC'],
  ORG: ['ORG'], UN: ['ORG'], INN: ['ORG'], GRT: ['ORG'],
  MRK: ['ORG', 'OTH'],
};

/** LER's classes of norms, regulations, contracts, decisions and literature: `O` or a plain OTH chunk. */
const LER_WORK_TYPES = new Set(['GS', 'VO', 'EUN', 'VS', 'VT', 'RS', 'LIT']);

const OTH_B = maskOf(tagIndex('B-OTH'));
const OTH_I = maskOf(tagIndex('I-OTH'));
/** LER's `O`: `O` or any `deriv`/`part` tag; not a plain OTH chunk, since LER tags its works (laws) itself. */
export const LER_O_MASK: TagMask = UNLABELED_O_MASK & ~OTH_B & ~OTH_I;

/**
 * The allowed GermEval tags for one LER tag: `B-GRT` -> `B-ORG`; a norm or citation (`B-GS`) -> `O` or `B-OTH`
 * (`I-GS` also `I-OTH`); `O` -> `LER_O_MASK`.
 */
export function mapLerTag(tag: string): TagMask {
  if (tag === 'O') return LER_O_MASK;
  const m = /^([BI])-(.+)$/.exec(tag);
  if (m && LER_WORK_TYPES.has(m[2])) return maskOf(0) | OTH_B | (m[1] === 'I' ? OTH_I : 0);
  const targets = m ? LER_TYPE_MAP[m[2]] : undefined;
  if (!m || !targets) return LER_O_MASK;
  return targets.reduce((mask, t) => mask | maskOf(tagIndex(`${m[1]}-${t}`)), 0);
}

/** Options of `readLer`. */
export interface LerOptions {
  /** Keep only sentences with at least one PER/LOC/ORG chunk (most LER sentences are citations and norms). */
  entitiesOnly?: boolean;
  /** Drop longer sentences. */
  maxWords?: number;
}

/** Parses LER CoNLL text (`token tag` lines, blank line between sentences; LF or CRLF). */
export function parseLer(text: string, o: LerOptions = {}): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    const keep = words.length > 0 && words.length <= (o.maxWords ?? Infinity);
    if (keep && (!o.entitiesOnly || tags.some((t) => t.startsWith('B-') && t.slice(2) in LER_TYPE_MAP))) {
      out.push({ words, masks: repairInsideStarts(tags.map(mapLerTag)) });
    }
    words = [];
    tags = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const sp = line.lastIndexOf(' ');
    if (line.trim() === '' || sp <= 0) {
      flush();
      continue;
    }
    words.push(line.slice(0, sp));
    tags.push(line.slice(sp + 1));
  }
  flush();
  return out;
}

/** LER training sentences with entities (at most 80 words), types mapped by `LER_TYPE_MAP`. */
export function readLer(file: string, o: LerOptions = { entitiesOnly: true, maxWords: 80 }): TrainingSentence[] {
  const raw = readFileSync(file);
  return parseLer((file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'), o);
}
