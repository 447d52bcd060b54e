/** Words that can hold a model code: a letter, then letters and digits, inner hyphens and periods (`A330neo`, `ID.3`). */
const CODE_WORD = /(?<![\p{L}\d.\-/@_])\p{L}[\p{L}\d]*(?:[-.][\p{L}\d]+)*/gu;

/**
 * The matches of CODE_WORD over `text` that contain an ASCII digit, in order. A match never spans white space or
 * a control character, and one that starts after them is found the same from there; so the pattern runs only over
 * the runs of text between white space that hold a digit, not over the whole text (most words have none).
 */
export function* wordsWithDigits(text: string): Generator<RegExpExecArray> {
  let pattern: RegExp | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    // The run of non-space text around the digit.
    let start = i;
    while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) > 32) end++;
    i = end;
    // A match starts with a letter: a run without one (`2025`, `35.000`, `12,5%`, most runs with a digit) has none.
    if (!mayHoldLetter(text, start, end)) continue;
    pattern ??= new RegExp(CODE_WORD.source, CODE_WORD.flags);
    pattern.lastIndex = start;
    for (let m = pattern.exec(text); m !== null && m.index < end; m = pattern.exec(text)) {
      if (hasDigit(m[0])) yield m;
    }
  }
}

/** False when no code unit from `start` to `end` can be a letter (`\p{L}`): none is an ASCII letter or above U+00A9. */
function mayHoldLetter(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k) | 32;
    if ((c >= 97 && c <= 122) || c >= 0xaa) return true;
  }
  return false;
}

/** True when the text holds an ASCII digit (`\d`). */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
