import type { Doc } from './doc.js';
import { within } from './offsets.js';

/**
 * Checks the document invariants of DESIGN.md and returns the violations (empty when all hold):
 * tokens slice to their text, are non-empty, ordered and non-overlapping; mentions lie inside one sentence.
 */
export function checkInvariants(doc: Doc): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  doc.tokens.forEach((t, i) => {
    if (t.end <= t.start) problems.push(`token ${i} is empty at ${t.start}`);
    if (doc.text.slice(t.start, t.end) !== t.text) problems.push(`token ${i} text "${t.text}" differs from its slice`);
    if (t.start < previousEnd) problems.push(`token ${i} "${t.text}" overlaps or precedes the one before`);
    previousEnd = t.end;
    for (const p of t.parts ?? []) if (!within(p, t)) problems.push(`token ${i} has a part outside it`);
  });
  for (const m of doc.mentions) {
    if (doc.text.slice(m.start, m.end) !== m.text) problems.push(`mention ${m.id} text "${m.text}" differs from its slice`);
    if (!doc.sentences.some((s) => within(m, s))) problems.push(`mention ${m.id} "${m.text}" is not inside one sentence`);
  }
  return problems;
}
