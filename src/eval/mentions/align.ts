/** A labelled span of one document: `[start, end)` and a label such as `ORG`, `LOCderiv`, `MONEY`. */
export interface LabeledSpan {
  start: number;
  end: number;
  label: string;
}

/** Gold and predicted mentions of one document paired one-to-one; the rest are missed or spurious. */
export interface Alignment<T extends LabeledSpan = LabeledSpan> {
  pairs: Array<{ gold: T; pred: T }>;
  missed: T[];
  spurious: T[];
}

function overlap(a: LabeledSpan, b: LabeledSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/**
 * Pairs gold and predicted mentions one-to-one: exact spans first (same label preferred), then the remaining
 * overlapping ones, same label and larger overlap first. One-to-one pairing keeps the SemEval counts consistent
 * (POSSIBLE = gold mentions, ACTUAL = predicted mentions) even when one long prediction covers two gold mentions.
 */
export function alignMentions<T extends LabeledSpan>(gold: readonly T[], pred: readonly T[]): Alignment<T> {
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<{ gold: T; pred: T }> = [];
  const candidates: Array<{ g: number; p: number; exact: boolean; same: boolean; size: number }> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const size = overlap(g, p);
      const exact = g.start === p.start && g.end === p.end;
      if (size > 0 || exact) candidates.push({ g: gi, p: pi, exact, same: g.label === p.label, size });
    }),
  );
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      Number(b.same) - Number(a.same) ||
      b.size - a.size ||
      gold[a.g].start - gold[b.g].start ||
      pred[a.p].start - pred[b.p].start,
  );
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    pairs.push({ gold: gold[c.g], pred: pred[c.p] });
  }
  return {
    pairs,
    missed: gold.filter((_, i) => !usedGold.has(i)),
    spurious: pred.filter((_, i) => !usedPred.has(i)),
  };
}
