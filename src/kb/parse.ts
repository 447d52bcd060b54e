import type { KbEntry } from './types.js';
import { validateEntry } from './validate.js';

/** A problem in a user KB file, as data: the file, the 1-based line (0 for the whole file) and why. */
export interface KbLoadError {
  file: string;
  line: number;
  reason: string;
}

/** One parsed user file: the valid entries with their line numbers, and the errors. */
export interface ParsedKbFile {
  entries: Array<{ entry: KbEntry; line: number }>;
  errors: KbLoadError[];
}

/**
 * Parses the text of a user KB file (JSON Lines). Blank lines and lines starting with `//` or `#` are skipped.
 * Each other line must be one valid entry; duplicate ids within the file are errors (the first one is kept).
 */
export function parseKbJsonl(text: string, file: string): ParsedKbFile {
  const entries: ParsedKbFile['entries'] = [];
  const errors: KbLoadError[] = [];
  const firstLine = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//') || trimmed.startsWith('#')) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      errors.push({ file, line, reason: `bad JSON: ${(err as Error).message}` });
      return;
    }
    const reasons = validateEntry(value);
    if (reasons.length > 0) {
      errors.push({ file, line, reason: reasons.join('; ') });
      return;
    }
    const entry = value as KbEntry;
    const seen = firstLine.get(entry.id);
    if (seen !== undefined) {
      errors.push({ file, line, reason: `duplicate id "${entry.id}" (first on line ${seen})` });
      return;
    }
    firstLine.set(entry.id, line);
    entries.push({ entry, line });
  });
  return { entries, errors };
}

