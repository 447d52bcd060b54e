/**
 * Converts NIF offsets (Unicode code points, RFC 5147) to JavaScript string offsets (UTF-16 code units) for one
 * text. Identity when the text has no astral characters, which is nearly always.
 */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  const points = Array.from(text);
  if (points.length === text.length) return (cp) => cp;
  const table = new Uint32Array(points.length + 1);
  for (let i = 0; i < points.length; i++) table[i + 1] = table[i] + points[i].length;
  return (cp) => table[Math.min(Math.max(cp, 0), points.length)];
}
