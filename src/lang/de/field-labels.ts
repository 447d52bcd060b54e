import type { Token } from '../../document/types.js';

/**
 * Words that label what follows a colon in news boilerplate: photo credits (`Bild: EPA`, `Foto: dpa`), sources
 * and securities lines (`WKN: 540888`, `ISIN: DE0005408884`). GermEval dev labels `Bild :` and `Quelle :` O.
 */
const FIELD_LABELS: ReadonlySet<string> = new Set([
  'Bild', 'Bilder', 'Foto', 'Fotos', 'Grafik', 'Quelle', 'Quellen', 'Video', 'Screenshot', 'Archivbild', 'Symbolbild',
  'WKN', 'ISIN', 'Kurs', 'Ticker',
]);

/**
 * True when token `i` labels a field: a label word right before a colon, or any word before a colon and a number of
 * four digits or more (`WKN: 540888`; not `Merkel: Wir schaffen das`, not a score `Hertha BSC: 2:1`).
 */
export function isFieldLabel(tokens: readonly Token[], i: number): boolean {
  const colon = tokens[i + 1];
  if (!colon || colon.norm !== ':' || colon.sentence !== tokens[i].sentence || colon.start !== tokens[i].end) return false;
  if (FIELD_LABELS.has(tokens[i].norm)) return true;
  const value = tokens[i + 2];
  return value !== undefined && value.sentence === tokens[i].sentence && /^\d{4,}/.test(value.norm);
}
