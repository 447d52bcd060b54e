/** Result of reading the metadata prefix of a corpus article (` date 2025-07 Headline ...`). */
export interface MetadataPrefix {
  /** Length of the prefix in UTF-16 units; the headline starts there. */
  length: number;
  datePublished: string;
}

const PREFIX = /^[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)[ \t]+/;

/** Reads the ` date YYYY[-MM[-DD]] ` prefix at the start of the text, if any. */
export function readMetadataPrefix(text: string): MetadataPrefix | undefined {
  const match = PREFIX.exec(text);
  return match ? { length: match[0].length, datePublished: match[1] } : undefined;
}
