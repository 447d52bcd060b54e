import { readFileSync } from 'node:fs';

/**
 * True when an existing output file was written by faktum: JSON-LD with faktum's vocabulary in its inline context
 * and faktum's software agent in its provenance. Such a file may be regenerated even without a manifest entry
 * (a fresh clone has the golden output (now under tests/golden/) but no manifest); anything else is never overwritten.
 */
export function isFaktumOutput(file: string): boolean {
  try {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { '@context'?: Record<string, unknown>; '@graph'?: Array<Record<string, unknown>> };
    const vocabulary = doc['@context']?.fk === 'https://w3id.org/faktum/vocab#';
    const agent = (doc['@graph'] ?? []).some((n) => n['schema:name'] === 'faktum' && String(n['@id'] ?? '').startsWith('https://w3id.org/faktum/software/'));
    return vocabulary && agent;
  } catch {
    return false;
  }
}
