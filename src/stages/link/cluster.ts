import type { Doc } from '../../document/doc.js';
import type { Mention } from '../../document/types.js';
import { stripGenitive } from '../../lang/de/genitive.js';
import { acronymDefinitions } from './acronyms.js';

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'OTH', 'PRODUCT']);

/** The name a mention contributes, without a genitive ending when a shorter form is also mentioned. */
function baseForm(m: Mention, forms: Set<string>): string {
  const stripped = stripGenitive(m.text);
  return stripped && forms.has(stripped) ? stripped : m.text;
}

/**
 * Clusters the entity mentions of a document: by KB id when the gazetteer matched one; otherwise by type and
 * base form, with a person's lone surname joined to the one full name in the article that ends with it, and an
 * acronym defined in brackets (`Kraftfahrt-Bundesamt (KBA)`) joined to its long form.
 */
export function clusterMentions(doc: Doc): Map<string, Mention[]> {
  const mentions = doc.mentions.filter((m) => ENTITY_TYPES.has(m.type));
  const forms = new Set(mentions.map((m) => m.text));
  const clusters = new Map<string, Mention[]>();
  const put = (key: string, m: Mention) => {
    const list = clusters.get(key);
    if (list) list.push(m);
    else clusters.set(key, [m]);
  };
  const keyOfName = new Map<string, string>();
  for (const m of mentions) if (m.kbId) keyOfName.set(`${m.type}:${baseForm(m, forms)}`, `kb:${m.kbId}`);
  // The clusters of the full person names by their last word (genitive `s` cut): one look-up per surname, where a
  // scan of all full names for each surname was quadratic in the length of the text.
  const ownersBySurname = new Map<string, Set<string>>();
  for (const f of mentions) {
    if (f.type !== 'PER' || !/\s/.test(f.text)) continue;
    const surname = f.text.split(/\s+/).at(-1)!.replace(/['’]?s?$/, '');
    const owners = ownersBySurname.get(surname) ?? ownersBySurname.set(surname, new Set()).get(surname)!;
    owners.add(f.kbId ? `kb:${f.kbId}` : `PER:${baseForm(f, forms)}`);
  }
  const keyOf = (m: Mention) => (m.kbId ? `kb:${m.kbId}` : keyOfName.get(`${m.type}:${baseForm(m, forms)}`) ?? `${m.type}:${baseForm(m, forms)}`);
  // An acronym defined in brackets joins its long form, unless both carry different KB ids.
  const acronyms = acronymDefinitions(doc, mentions);
  for (const m of mentions) {
    const long = acronyms.get(stripGenitive(m.text) ?? m.text) ?? acronyms.get(m.text);
    if (long && long !== m && long.type === m.type && (!m.kbId || !long.kbId || m.kbId === long.kbId)) {
      put(keyOf(long), m);
      continue;
    }
    if (m.kbId) {
      put(`kb:${m.kbId}`, m);
      continue;
    }
    const base = baseForm(m, forms);
    let key = keyOf(m);
    if (m.type === 'PER' && !/\s/.test(base)) {
      const owners = ownersBySurname.get(base.replace(/['’]?s?$/, ''));
      if (owners?.size === 1) key = [...owners][0];
    }
    put(key, m);
  }
  return clusters;
}
