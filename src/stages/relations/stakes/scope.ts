import type { Entity, Sentence } from '../../../document/types.js';
import type { Proposal, RelationContext } from '../context.js';
import { CUE } from '../cues.js';
import { entitiesInSentence, type Named } from './entities.js';

/**
 * What the clauses of stakes see of one sentence: the context, the sentence, its named organisations and places
 * and whether it has a stake word, both computed on first need (most sentences need neither), and where the
 * proposals go.
 */
export class StakeScope {
  /** The sentence. */
  readonly s: Sentence;
  private named: Named[] | undefined;
  private stakeWord: boolean | undefined;

  constructor(readonly ctx: RelationContext, readonly si: number, private readonly out: Proposal[]) {
    this.s = ctx.doc.sentences[si];
  }

  /** Organisations and places named in the sentence, first mention each (entities.ts). */
  entities(): Named[] {
    return (this.named ??= entitiesInSentence(this.ctx, this.s));
  }

  /**
   * True when the sentence has a stake word (`beteiligt`, `Anteile`, `Prozent`): `an` then states a stake. Not
   * `um 6,4 Prozent`, a change of a price or a share: `An der Börse legte die Aktie um 6 Prozent zu`.
   */
  hasStakeWord(): boolean {
    if (this.stakeWord === undefined) {
      const { ctx, s } = this;
      let found = false;
      if (ctx.sentenceHasCue(this.si, CUE.stakeWord)) {
        for (let k = s.tokenStart; k < s.tokenEnd && !found; k++) {
          found = ctx.hasCue(k, CUE.stakeWord) && !(ctx.token(k)!.norm === 'Prozent' && ctx.token(k - 2)?.norm === 'um');
        }
      }
      this.stakeWord = found;
    }
    return this.stakeWord;
  }

  /** Proposes `owner shareholderOf owned` at token `at`, when both are there and differ. */
  add(owner: Entity | undefined, owned: Entity | undefined, at: number, confidence: number, rule: string): void {
    if (owner && owned && owner.id !== owned.id) this.out.push(this.ctx.propose(owner, 'shareholderOf', owned, at, confidence, rule));
  }
}

/** One clause of stakes: the words that start it (cues.ts), and what it proposes for such a word at token `i`. */
export interface StakeClause {
  readonly words: ReadonlySet<string>;
  apply(scope: StakeScope, i: number): void;
}
