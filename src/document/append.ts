/**
 * Appends every item to `target`. `target.push(...items)` passes each item as an argument and overflows the stack
 * past about 120,000 of them (a 5 MB article had that many gazetteer candidates); this never does.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}
