import { ALL_TAGS_MASK, UNLABELED_O_MASK, maskOf, tagIndex } from '../labels.js';
import type { TagMask } from '../labels.js';

/**
 * The written type mapping from the DFKI corpora (SmartData, MobIE) and Europeana to GermEval types.
 *
 * - `person` -> PER; `organization`, `organization-company` -> ORG;
 * - `location`, `location-city`, `location-street`, `location-stop` -> LOC;
 * - `location-route` (`A7`, `S4`, `RE 2`: line and road codes GermEval has no settled label for) -> unlabeled:
 *   every tag allowed;
 * - Europeana `PER`, `LOC`, `ORG` -> the same GermEval type;
 * - everything else (dates, numbers, triggers, `org-position`, `disaster-type`, ...) and `O` -> a partial `O`:
 *   `O`, any OTH tag or any `deriv`/`part` tag, because these corpora never label those.
 */
export const TYPE_MAP: Readonly<Record<string, string | null>> = {
  person: 'PER',
  organization: 'ORG',
  'organization-company': 'ORG',
  location: 'LOC',
  'location-city': 'LOC',
  'location-street': 'LOC',
  'location-stop': 'LOC',
  'location-route': null,
  PER: 'PER',
  LOC: 'LOC',
  ORG: 'ORG',
};

/** Maps a source BIO tag (`B-location-city`) to the allowed GermEval tags at that token. */
export function mapSourceTag(tag: string): TagMask {
  if (tag === 'O') return UNLABELED_O_MASK;
  const m = /^([BI])[-_.](.+)$/.exec(tag);
  if (!m) return UNLABELED_O_MASK;
  const type = m[2];
  if (!(type in TYPE_MAP)) return UNLABELED_O_MASK;
  const target = TYPE_MAP[type];
  if (target === null) return ALL_TAGS_MASK;
  return maskOf(tagIndex(`${m[1]}-${target}`));
}

/** Repairs masks so that an `I-X` never starts a span (a broken source `I-` after `O` becomes `B-`). */
export function repairInsideStarts(masks: TagMask[]): TagMask[] {
  for (let i = 0; i < masks.length; i++) {
    const m = masks[i];
    if (m & (m - 1)) continue; // not a single tag
    const t = 31 - Math.clz32(m);
    if (t > 0 && t % 2 === 0) {
      const prev = i > 0 ? masks[i - 1] : 0;
      if (!(prev & (1 << (t - 1))) && !(prev & (1 << t))) masks[i] = 1 << (t - 1);
    }
  }
  return masks;
}
