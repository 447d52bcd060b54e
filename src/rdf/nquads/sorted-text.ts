/**
 * All lines of a writer's map (subject -> predicate -> the rest of each line after the predicate), sorted as whole
 * lines (jsonld.js sorts them so), each once (jsonld.js's node map holds no duplicate either). A line is
 * `<subject> <predicate> rest`; no IRI here holds `>` or an escape, so the order of lines is the order of
 * `<subject>`, then of `<predicate>`, then of the rests. Joined once from its parts (the start of a group's lines,
 * then each rest), so that no line is built as a string of its own.
 */
export function sortedText(lines: Map<string, Map<string, string[]>>): string {
  const out: string[] = [];
  for (const subject of sortedKeys(lines)) {
    const bySubject = lines.get(subject)!;
    for (const predicate of sortedKeys(bySubject)) {
      const group = bySubject.get(predicate)!;
      const start = `${subject} ${predicate} `;
      if (group.length > 1) group.sort();
      for (let i = 0; i < group.length; i++) if (i === 0 || group[i] !== group[i - 1]) out.push(start, group[i]);
    }
  }
  return out.join('');
}

function sortedKeys(map: Map<string, unknown>): Iterable<string> {
  return map.size < 2 ? map.keys() : [...map.keys()].sort();
}

/**
 * Where {@link sortedBytes} writes before it copies out the document's bytes: one per thread, grown when a document
 * needs more (and kept at that size: at most about three bytes per character of the largest document's N-Quads).
 */
let scratch = Buffer.allocUnsafeSlow(1 << 20);

/**
 * The same text as {@link sortedText}, as UTF-8 bytes written straight from the parts: no joined string, and no
 * second pass to encode it (the text of an article is mostly IRIs in ASCII, while a single `„` in a literal would
 * make a joined string two bytes per character, and 43 % of the e2e folder's articles have such a character).
 */
export function sortedBytes(lines: Map<string, Map<string, string[]>>): Buffer {
  let used = 0;
  const room = (bytes: number) => {
    if (used + bytes <= scratch.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, used + bytes));
    scratch.copy(grown, 0, 0, used);
    scratch = grown;
  };
  for (const subject of sortedKeys(lines)) {
    const bySubject = lines.get(subject)!;
    for (const predicate of sortedKeys(bySubject)) {
      const group = bySubject.get(predicate)!;
      if (group.length > 1) group.sort();
      // The start of the group's lines (`<subject> <predicate> `), encoded once and copied for the lines after.
      const start = used;
      room((subject.length + predicate.length) * 3 + 2);
      used += scratch.utf8Write(subject, used);
      scratch[used++] = 0x20;
      used += scratch.utf8Write(predicate, used);
      scratch[used++] = 0x20;
      const startLength = used - start;
      for (let i = 0; i < group.length; i++) {
        if (i > 0) {
          if (group[i] === group[i - 1]) continue;
          room(startLength);
          scratch.copyWithin(used, start, start + startLength);
          used += startLength;
        }
        room(group[i].length * 3);
        used += scratch.utf8Write(group[i], used);
      }
    }
  }
  return Buffer.from(scratch.subarray(0, used));
}

declare module 'node:buffer' {
  interface Buffer {
    /** Node's UTF-8 writer behind `buf.write(string, offset)`, without its argument checks (lib/buffer.js). */
    utf8Write(string: string, offset: number, length?: number): number;
  }
}
