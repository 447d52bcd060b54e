/** One finding of `faktum validate`: which file, which node, why. */
export interface Violation {
  file: string;
  /** The focus node (IRI or blank node), or `(document)` for problems of the file as a whole. */
  node: string;
  reason: string;
  /** The property path, when the finding is about one property. */
  path?: string;
  /** The offending value, when there is one. */
  value?: string;
  /** Which check found it: SHACL Core, a SHACL-SPARQL constraint, or a check in code. */
  source: 'shacl' | 'sparql' | 'code';
}

/** `file: node: reason` (with path and value when known). */
export function formatViolation(v: Violation): string {
  const detail = [v.path ? `path ${v.path}` : '', v.value !== undefined ? `value ${JSON.stringify(v.value)}` : ''].filter(Boolean).join(', ');
  return `${v.file}: ${v.node}: ${v.reason}${detail ? ` (${detail})` : ''}`;
}
