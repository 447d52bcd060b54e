import { Tally } from '../prf.js';

/**
 * Adds the multiset overlap of gold and predicted keys to a tally, by group: each gold key can be matched once,
 * so a key predicted twice costs precision (a duplicate entity is an error of the pipeline).
 */
export function tallyMultiset(tally: Tally, gold: Array<{ key: string; group: string }>, pred: Array<{ key: string; group: string }>): void {
  const counts = new Map<string, { group: string; gold: number; pred: number }>();
  const at = (key: string, group: string) => {
    const c = counts.get(key) ?? { group, gold: 0, pred: 0 };
    counts.set(key, c);
    return c;
  };
  for (const g of gold) at(g.key, g.group).gold++;
  for (const p of pred) at(p.key, p.group).pred++;
  for (const c of counts.values()) {
    const tp = Math.min(c.gold, c.pred);
    tally.add(c.group, tp, c.pred - tp, c.gold - tp);
  }
}
