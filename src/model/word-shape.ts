import type { Lexicons } from './lexicons.js';

const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const NUMBER = /^\p{N}/u;
const X = 88; // 'X'
const x = 120; // 'x'
const D = 100; // 'd'

/** Shape class of each BMP code unit beyond ASCII, filled on first use: 0 unknown, else `X`, `x`, `d` or 1 (other). */
const bmpClass = new Uint8Array(0x10000);

function classOfChar(ch: string): number {
  return UPPER.test(ch) ? X : LOWER.test(ch) ? x : NUMBER.test(ch) ? D : 1;
}

/** Shape class of a code point: `X` (upper-case letter), `x` (lower-case letter), `d` (number) or itself. */
function shapeClass(cp: number): number {
  if (cp < 128) return cp >= 65 && cp <= 90 ? X : cp >= 97 && cp <= 122 ? x : cp >= 48 && cp <= 57 ? D : cp;
  if (cp < 0x10000) {
    let c = bmpClass[cp];
    if (c === 0) bmpClass[cp] = c = classOfChar(String.fromCharCode(cp));
    return c === 1 ? cp : c;
  }
  const c = classOfChar(String.fromCodePoint(cp));
  return c === 1 ? cp : c;
}

/**
 * Word shape: `Nvidia-Chef` -> `Xx-Xx`, `2025` -> `d`, `USA` -> `X`. Per code point: upper-case letters are
 * `X`, lower-case letters `x`, numbers `d` (Unicode categories Lu, Ll, N), anything else stays; runs collapse.
 */
export function shapeOf(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    let cp = word.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < word.length) {
      const lo = word.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    const c = shapeClass(cp);
    if (c !== last) out += String.fromCodePoint(c);
    last = c;
  }
  return out;
}

/** True when a word starts with an upper-case letter (Unicode Lu): `Öl`, `Nvidia`; not `iPhone`, `3D`. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

/** Gazetteer flags of one word, as a compact string `N?P?C?K?` (noun, person name, city, country). */
export function gazetteerFlags(word: string, lex: Lexicons): string {
  const cap = startsUpper(word) ? word : capitalise(word);
  const genitive = cap.length > 3 && cap.endsWith('s'); // genitive `Chinas`, `Trumps`
  let stem: string | undefined;
  const stemOf = (): string => (stem ??= cap.slice(0, -1));
  let f = '';
  if (lex.nouns.has(cap)) f += 'N';
  if (lex.names.has(cap)) f += 'P';
  else if (genitive && lex.names.has(stemOf())) f += 'p';
  if (lex.cities.has(cap)) f += 'C';
  else if (genitive && lex.cities.has(stemOf())) f += 'c';
  if (lex.countries.has(cap)) f += 'K';
  else if (genitive && lex.countries.has(stemOf())) f += 'k';
  return f || '-';
}
