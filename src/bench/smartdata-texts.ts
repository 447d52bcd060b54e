import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { smartDataPath } from '../model/readers/smartdata.js';

/**
 * A script that prints, as one JSON array, the article texts of the gzipped SmartData file named by its first
 * argument. Only each text's JSON string literal is decoded, straight from the decompressed bytes: where the
 * top-level `text` object's string starts, up to its closing quote (a backslash escapes the byte after it).
 */
const EXTRACT = `
const bytes = require('node:zlib').gunzipSync(require('node:fs').readFileSync(process.argv[1]));
const marker = Buffer.from('\\n  "text" : {\\n    "string" : ');
const texts = [];
for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) {
  const start = at + marker.length;
  let end = start + 1;
  while (end < bytes.length && bytes[end] !== 0x22) end += bytes[end] === 0x5c ? 2 : 1;
  texts.push(JSON.parse(bytes.toString('utf8', start, end + 1)));
}
process.stdout.write(JSON.stringify(texts));
`;

/** Texts read so far, by file. */
const read = new Map<string, string[]>();

/**
 * The article texts of a SmartData v1 split under `dataDir` (German industry and traffic news), or none. Read in
 * a child process: decompressing the 16 MB file here left about 20 MB of this process's memory in use after it
 * was freed (the allocator keeps it), and parsing the whole JSON about 100 MB; the bench reports this process's
 * peak memory.
 */
export function smartDataTexts(dataDir: string, split: 'train' | 'test' = 'train'): string[] {
  const file = smartDataPath(dataDir, split);
  return existsSync(file) ? smartDataFileTexts(file) : [];
}

/** The article texts of one gzipped SmartData file (any version or split), read in a child process as above. */
export function smartDataFileTexts(file: string): string[] {
  // Once per file: the warm-up and the unseen texts both need the training split's.
  let texts = read.get(file);
  if (!texts) read.set(file, (texts = JSON.parse(execFileSync(process.execPath, ['-e', EXTRACT, file], { encoding: 'utf8', maxBuffer: 2 ** 30 })) as string[]));
  return texts;
}
