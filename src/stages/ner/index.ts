import { join } from 'node:path';
import { cachedFileSha256 } from '../../cache/file-sha.js';
import { packageCacheDir } from '../../pipeline/root.js';
import type { Doc } from '../../document/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { getKb } from '../../pipeline/resources.js';
import type { Candidate } from './candidate.js';
import { buildGazetteerIndex } from './gazetteer-index.js';
import { findValues } from './10-values.js';
import { findGazetteerNames } from './20-gazetteer.js';
import { findCompoundNames } from './30-compounds.js';
import { findDerivedAdjectives } from './40-adjectives.js';
import { findRoleNames } from './50-role-names.js';
import { findInnerCapitalNames, findNamedInstitutions, findOrganisationsAfterNouns } from './52-organisation-names.js';
import { findProducts } from './55-products.js';
import { findMakerProducts } from './56-maker-products.js';
import { findSpeakerNames } from './58-speaker-names.js';
import { findBracketPersons } from './59-bracket-persons.js';
import { findModelMentions, type SequenceTagger } from './60-model.js';
import { filterModelMentions } from './65-model-filter.js';
import { promoteNamesAroundPlaces } from './70-names-around-places.js';
import { extendRolePersons } from './75-person-extent.js';
import { extendStreetNumbers } from './76-street-numbers.js';
import { resolveOverlaps } from './80-resolve.js';
import { findAcronyms } from './85-acronyms.js';
import { findPartyBranches } from './72-party-branches.js';
import { propagateNames } from './90-propagate.js';
import { joinClubPrefixes } from './94-club-prefix.js';
import { clubsForPlaces } from './95-club-metonymy.js';
import { clubPlaces, NO_CLUBS } from './club-places.js';
import { demonymLookup, findDemonymNouns } from './42-demonym-nouns.js';
import { nerDemonymIndex, townDemonymLookup } from './demonym-index.js';
import { findPartyWords, partyWords } from './44-party-words.js';
import { loadLexicons } from '../../model/lexicons.js';
import { appendAll } from '../../document/append.js';

/** Options of the `ner.de.v1` stage. */
export interface NerOptions {
  /** Model file relative to the project root (`models/de-ner-v1/model.bin`); omit for rules and gazetteer only. */
  model?: string;
  /**
   * Sources to switch off, for measuring their effect: `gazetteer`, `compounds`, `adjectives`, `demonyms`, `party-words`, `roles`, `products`, `maker-products`,
   * `organisation-nouns`, `inner-capitals`, `named-institutions`, `speakers`, `model-filter` (keeps the tagger's raw mentions), `names-around-places`, `acronyms`, `party-branches`, `person-extent`, `street-numbers`, `propagation`,
   * `club-metonymy` (also the club-prefix join of 94-club-prefix.ts).
   */
  disable?: string[];
}

/** Writes the accepted candidates to the document as mentions (ids `m1`, `m2`, ... in text order) and values. */
function emit(doc: Doc, accepted: readonly Candidate[]): void {
  accepted.forEach((c, i) => {
    const id = `m${i + 1}`;
    const text = doc.text.slice(c.start, c.end);
    // Two literals rather than a spread, in the same key order.
    if (c.kbId) doc.mentions.push({ id, start: c.start, end: c.end, text, type: c.type, kind: c.kind, source: c.source, confidence: c.confidence, kbId: c.kbId });
    else doc.mentions.push({ id, start: c.start, end: c.end, text, type: c.type, kind: c.kind, source: c.source, confidence: c.confidence });
    if (c.value) doc.values.push({ mention: id, ...c.value });
  });
}

/**
 * German NER (`ner.de.v1`): values, KB gazetteer, compounds, derived adjectives, role nouns, products, the learned
 * tagger when configured (cleaned by the model filter), then in-document propagation; merged by the policy in README.md.
 */
export const nerStage: Stage<NerOptions> = {
  id: 'ner.de.v1',
  requires: ['tokens', 'sentences', 'norms'],
  provides: ['mentions', 'values'],
  options: ['model', 'disable'],
  async create(options, context) {
    const kb = getKb(context.kbFiles);
    const index = buildGazetteerIndex(kb.names());
    const off = new Set(options.disable ?? []);
    const clubs = off.has('club-metonymy') ? NO_CLUBS : clubPlaces(kb);
    // Demonym nouns in their inflected forms, for this pipeline's KB (a user KB may name other peoples).
    const lexicons = loadLexicons();
    // Derived demonyms that are also person names (`Anatole`) stay out; nouns of that list stay in (`Pariser`).
    const demonymOf = demonymLookup(nerDemonymIndex(kb, (word) => lexicons.names.has(word) && !lexicons.nouns.has(word)));
    const townOf = townDemonymLookup(kb);
    const parties = partyWords(kb.names());
    const isDemonym = (word: string) => demonymOf(word) !== undefined;
    const isFirstName = (word: string) => lexicons.names.has(word) && !lexicons.countries.has(word);
    let tagger: SequenceTagger | undefined;
    if (options.model) {
      const { loadTagger, modelFilePath } = await import('../../model/index.js');
      const file = join(context.root, options.model);
      const loaded = loadTagger(file);
      tagger = loaded;
      // Provenance names the model by name, version and content hash, so a retrained file is never mistaken for the old one.
      const hash = cachedFileSha256(modelFilePath(file), packageCacheDir()).slice(0, 12);
      context.model = `${loaded.info.name}@${loaded.info.version}+sha256.${hash}`;
    }
    return (doc) => {
      let candidates: Candidate[] = [...findValues(doc)];
      if (!off.has('gazetteer')) appendAll(candidates, findGazetteerNames(doc, index));
      if (!off.has('compounds')) appendAll(candidates, findCompoundNames(doc, index));
      if (!off.has('adjectives')) appendAll(candidates, findDerivedAdjectives(doc, index));
      if (!off.has('demonyms')) appendAll(candidates, findDemonymNouns(doc, demonymOf, isFirstName, townOf));
      if (!off.has('party-words')) appendAll(candidates, findPartyWords(doc, parties, candidates, (id) => index.byId.get(id)));
      if (!off.has('roles')) appendAll(candidates, findRoleNames(doc));
      if (!off.has('organisation-nouns')) appendAll(candidates, findOrganisationsAfterNouns(doc));
      if (!off.has('inner-capitals')) appendAll(candidates, findInnerCapitalNames(doc));
      if (!off.has('named-institutions')) appendAll(candidates, findNamedInstitutions(doc));
      if (!off.has('products')) appendAll(candidates, findProducts(doc, index));
      if (!off.has('maker-products')) appendAll(candidates, findMakerProducts(doc, index));
      if (!off.has('speakers')) appendAll(candidates, findSpeakerNames(doc));
      if (!off.has('bracket-persons')) appendAll(candidates, findBracketPersons(doc));
      if (tagger) {
        const found = findModelMentions(doc, tagger);
        appendAll(candidates, (off.has('model-filter') ? found : filterModelMentions(doc, found, { isDemonym, others: candidates })));
      }
      if (!off.has('names-around-places')) candidates = promoteNamesAroundPlaces(doc, candidates);
      if (!off.has('party-branches')) appendAll(candidates, findPartyBranches(doc, candidates, index));
      if (!off.has('person-extent')) candidates = extendRolePersons(candidates);
      if (!off.has('street-numbers')) candidates = extendStreetNumbers(doc, candidates);
      let accepted = resolveOverlaps(doc, candidates);
      const acronyms = off.has('acronyms') ? [] : findAcronyms(doc, accepted);
      if (acronyms.length) accepted = resolveOverlaps(doc, appendAll(candidates, acronyms));
      if (!off.has('propagation')) accepted = resolveOverlaps(doc, [...candidates, ...propagateNames(doc, accepted, index)]);
      if (!off.has('club-metonymy')) accepted = joinClubPrefixes(doc, accepted, clubs);
      accepted = clubsForPlaces(doc, accepted, clubs);
      emit(doc, accepted);
      doc.layers.add('mentions').add('values');
    };
  },
};
