import type { Candidate } from './candidate.js';
import type { ModelFilterContext } from './65-model-filter.js';

/** The context with `named`: true when another source found a name of any type over exactly the same span. */
export interface FilterContext extends ModelFilterContext {
  named(c: Candidate): boolean;
}

/**
 * `named` of {@link FilterContext}: the spans of the other sources' names, collected on the first question (a scan
 * of all of them for each question was quadratic in the length of the text).
 */
export function namedSpans(others: readonly Candidate[]): (c: Candidate) => boolean {
  let spans: Map<number, Set<number>> | undefined;
  return (c) => {
    if (!spans) {
      spans = new Map();
      for (const o of others) if (o.kind === 'name') (spans.get(o.start) ?? spans.set(o.start, new Set()).get(o.start)!).add(o.end);
    }
    return spans.get(c.start)?.has(c.end) ?? false;
  };
}
