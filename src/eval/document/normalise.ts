/**
 * Normalises a canonical name for comparison: NFKC, soft hyphens removed, quotes and dashes folded, whitespace
 * collapsed, lower-cased (German rules). `Europäische  Zentralbank` and `europäische Zentralbank` compare equal;
 * spelling variants (`EZB`) do not: the canonical name is what the pipeline must get right.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('de');
}
