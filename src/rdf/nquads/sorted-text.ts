/**
 * All lines of a writer's map (subject -> predicate -> lines), sorted as whole lines (jsonld.js sorts them so), each
 * once (jsonld.js's node map holds no duplicate either). A line is `<subject> <predicate> rest`; no IRI here holds
 * `>` or an escape, so the order of lines is the order of `<subject>`, then of `<predicate>`, then of the lines
 * themselves. Joined once, not appended piece by piece: the text is flat when it is encoded.
 */
export function sortedText(lines: Map<string, Map<string, string[]>>): string {
  const out: string[] = [];
  for (const subject of sortedKeys(lines)) {
    const bySubject = lines.get(subject)!;
    for (const predicate of sortedKeys(bySubject)) {
      const group = bySubject.get(predicate)!;
      if (group.length > 1) group.sort();
      for (let i = 0; i < group.length; i++) if (i === 0 || group[i] !== group[i - 1]) out.push(group[i]);
    }
  }
  return out.join('');
}

function sortedKeys(map: Map<string, unknown>): Iterable<string> {
  return map.size < 2 ? map.keys() : [...map.keys()].sort();
}
