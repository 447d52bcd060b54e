import type { Entity } from '../../document/types.js';
import { CUE } from './cue-bits.js';
import type { Proposal, RelationContext } from './context.js';
import { cueGate } from './cue-gate.js';
import { ACQUIRED_WORDS, AN_WORDS, BELONGS_WORDS, JOINT_WORDS, OWNER_WORDS } from './cue-words.js';
import { entitiesInSentence, orgAfter, type Named } from './stake-helpers.js';

const STAKE_WORDS = /^(beteiligt|Beteiligung|Anteile?|Anteilen|Prozent|hält|halten|hielt|Aktien)$/;
export const OWNER_NOUNS = /^(Anteilseigner|Großaktionär|Hauptaktionär|Mehrheitsaktionär|Ankeraktionär|Aktionär|Einzelaktionär|Eigentümer|Mehrheitseigner|Miteigentümer)(in|s)?$/;
export const BELONGS = /^(gehört|gehören|gehörte|gehörten)$/;
export const ACQUIRED = /^(übernommen|übernahm|gekauft|kaufte|erworben|erwarb)$/;
export const JOINT = /^(Gemeinschaftsunternehmen|Joint-Venture|Joint Venture|Tochter|Tochterfirma|Tochtergesellschaft|Tochterunternehmen)s?$/;

/** Every word that starts a clause of the rule (`an`, owner nouns, `gehört`, `Tochter`, `übernommen`) passes. */
const mayBeCue = cueGate([...AN_WORDS, ...OWNER_WORDS, ...BELONGS_WORDS, ...JOINT_WORDS, ...ACQUIRED_WORDS]);

/** The word cue of stakes (CUE.stake): the cheap test above, the patterns run on the words that pass. */
export const stakeCue = mayBeCue;

/** The word cue of a stake word (CUE.stakeWord): `an` states a stake in a sentence with one. */
export const stakeWordCue = (word: string): boolean => STAKE_WORDS.test(word);

/**
 * shareholderOf (ORG or LOC -> ORG), from the ways German news states ownership:
 * `X hält 10 Prozent an Y`, `X ist an Y beteiligt`, `An Y hält X 70 Prozent`, `Y, an dem X und Z beteiligt sind`;
 * `Y gehört (zu 100 Prozent) dem Land X`, `Zu der X-Gruppe gehören Y und Z`; `Größter Aktionär von Y ist X`;
 * `Y, ein Gemeinschaftsunternehmen von X und Z`; `Y ist eine Tochter der X`; `X hat Y übernommen`.
 */
export function stakes(ctx: RelationContext): Proposal[] {
  const out: Proposal[] = [];
  const add = (owner: Entity | undefined, owned: Entity | undefined, at: number, confidence: number, rule: string) => {
    if (owner && owned && owner.id !== owned.id) out.push(ctx.propose(owner, 'shareholderOf', owned, at, confidence, rule));
  };
  const sentences = ctx.doc.sentences;
  for (let si = 0; si < sentences.length; si++) {
    // Most sentences have no cue word at all: skip them before making anything.
    if (!ctx.sentenceHasCue(si, CUE.stake)) continue;
    const s = sentences[si];
    let first = s.tokenStart;
    while (first < s.tokenEnd && !ctx.hasCue(first, CUE.stake)) first++;
    // Both computed on first need, once per sentence: most sentences have none of the cue words.
    let named: Named[] | undefined;
    const inSentenceOf = () => (named ??= entitiesInSentence(ctx, s));
    let stakeWord: boolean | undefined;
    const hasStakeWord = () => {
      if (stakeWord === undefined) {
        stakeWord = false;
        // `um 6,4 Prozent` is a change (of a price, a share), not a stake: `An der Börse legte die Aktie um 6 Prozent zu`
        if (ctx.sentenceHasCue(si, CUE.stakeWord)) {
          for (let k = s.tokenStart; k < s.tokenEnd && !stakeWord; k++) stakeWord = ctx.hasCue(k, CUE.stakeWord) && !(ctx.token(k)!.norm === 'Prozent' && ctx.token(k - 2)?.norm === 'um');
        }
      }
      return stakeWord;
    };
    for (let i = first; i < s.tokenEnd; i++) {
      if (!ctx.hasCue(i, CUE.stake)) continue;
      const w = ctx.token(i)!.norm;
      if (/^(an|am|An)$/.test(w) && hasStakeWord()) {
        const relative = /^(dem|der|denen)$/.test(ctx.token(i + 1)?.norm ?? '') && ctx.token(i - 1)?.norm === ',';
        const owned = relative ? ctx.entityAt(i - 2, ['ORG'], ['name']) : orgAfter(ctx, i + 1, s.tokenEnd);
        if (!owned) continue;
        const owners = inSentenceOf().filter((e) => e.entity.id !== owned.id && (e.entity.type === 'ORG' || e.index < i) && (!relative || e.index > i) && !e.afterPlacePreposition);
        for (const o of owners) add(o.entity, owned, i, relative ? 0.7 : 0.75, relative ? 'shareholderOf.relative-an-beteiligt' : 'shareholderOf.stake-an');
      }
      if (OWNER_NOUNS.test(w) && /^(von|bei|des|der)$/.test(ctx.token(i + 1)?.norm ?? '')) {
        const owned = orgAfter(ctx, i + 2, s.tokenEnd);
        const owner = inSentenceOf().find((e) => e.entity.id !== owned?.id && !e.afterPlacePreposition && e.index > i + 2);
        add(owner?.entity, owned, i, 0.75, 'shareholderOf.owner-noun');
      }
      if (BELONGS.test(w)) {
        const before = inSentenceOf().filter((e) => e.index < i && e.entity.type === 'ORG' && !e.afterPlacePreposition);
        const after = inSentenceOf().filter((e) => e.index > i && !e.afterPlacePreposition);
        if (/^(Zu|zu)$/.test(ctx.token(s.tokenStart)!.norm) && before.length === 1) for (const e of after) add(before[0].entity, e.entity, i, 0.7, 'shareholderOf.zu-x-gehoert');
        else if (before.length && after.length && (after[0].entity.type === 'ORG' || after[0].entity.subtype)) add(after[0].entity, before[0].entity, i, 0.75, 'shareholderOf.gehoert');
      }
      if (JOINT.test(w)) {
        const appositive = ctx.token(i - 2)?.norm === ',' ? ctx.entityAt(i - 3, ['ORG'], ['name']) : undefined;
        const owned = appositive ?? ctx.entityAt(i + 1, ['ORG'], ['name']) ?? inSentenceOf().find((e) => e.index < i && e.entity.type === 'ORG')?.entity;
        for (const e of inSentenceOf().filter((x) => x.index > i && x.entity.type === 'ORG' && x.entity.id !== owned?.id && !x.afterPlacePreposition && /^(von|des|der|dem|und|sowie)$/.test(ctx.token(x.index - 1)?.norm ?? '') || x.index > i + 1 && x.entity.type === 'ORG' && x.viaNoun)) {
          add(e.entity, owned, i, 0.7, 'shareholderOf.joint-or-subsidiary');
        }
      }
      if (ACQUIRED.test(w)) {
        const buyer = inSentenceOf().find((e) => e.entity.type === 'ORG' && e.mentionKind === 'name');
        const target = inSentenceOf().find((e) => e.entity.type === 'ORG' && e.entity.id !== buyer?.entity.id && !e.afterPlacePreposition);
        add(buyer?.entity, target?.entity, i, 0.6, 'shareholderOf.acquired');
      }
    }
  }
  return out;
}
