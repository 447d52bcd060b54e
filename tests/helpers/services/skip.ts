/**
 * The reason a suite that needs services must skip, logged once so that a skip is never a silent pass; undefined
 * when everything is installed.
 */
export function skipReason(suite: string, ...missing: (string | undefined)[]): string | undefined {
  const reasons = missing.filter((m): m is string => Boolean(m));
  if (!reasons.length) return undefined;
  const reason = reasons.join('; ');
  console.warn(`SKIPPED ${suite}: ${reason}`);
  return reason;
}
