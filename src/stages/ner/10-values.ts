import type { Doc } from '../../document/doc.js';
import type { Token } from '../../document/types.js';
import { MONTHS } from '../../lang/de/months.js';
import { isCommonNoun } from '../../lang/de/common-nouns.js';
import { QUANTITY_CUES, weekdayOf, YEAR_CUES } from '../../lang/de/weekdays.js';
import { PRIORITY, type Candidate } from './candidate.js';

const SCALE: Record<string, number> = { Tausend: 1e3, Tsd: 1e3, Million: 1e6, Millionen: 1e6, Mio: 1e6, Milliarde: 1e9, Milliarden: 1e9, Mrd: 1e9, Billion: 1e12, Billionen: 1e12 };
const CURRENCY: Record<string, string> = { Euro: 'EUR', EUR: 'EUR', '€': 'EUR', Dollar: 'USD', 'US-Dollar': 'USD', USD: 'USD', $: 'USD', Pfund: 'GBP', Franken: 'CHF', Yuan: 'CNY', Yen: 'JPY', Rubel: 'RUB' };

/** Parses a German number: `4,5` -> 4.5, `35.000` -> 35000, `1.234,56` -> 1234.56. */
export function parseGermanNumber(s: string): number | undefined {
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(s)) return undefined;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

/**
 * Money (`4,5 Milliarden Dollar`), percentages (`3,5 Prozent`) and dates (`am 3. März 2025`, `April`, `2025-07`,
 * `seit 2021`, `am Dienstag`; weekdays carry no value: their date depends on the publication date).
 */
export function findValues(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    // Numbers start with a digit: other words skip the pattern.
    const c = t[i].norm.charCodeAt(0);
    const n = c >= 48 && c <= 57 ? parseGermanNumber(t[i].norm) : undefined;
    if (n !== undefined) {
      let j = i + 1;
      let amount = n;
      const scaleWord = t[j]?.norm.replace(/\.$/, '');
      if (t[j] && SCALE[scaleWord] && t[j].sentence === t[i].sentence) amount *= SCALE[scaleWord], j++;
      const unit = t[j]?.sentence === t[i].sentence ? t[j]?.norm : undefined;
      if (unit && CURRENCY[unit]) {
        out.push(cand(t[i].start, t[j].end, 'MONEY', { type: 'MONEY', value: round(amount), unit: CURRENCY[unit] }));
        i = j;
        continue;
      }
      if (unit === 'Prozent' || unit === '%') {
        out.push(cand(t[i].start, t[j].end, 'PERCENT', { type: 'PERCENT', value: n }));
        i = j;
        continue;
      }
    }
    const date = matchDate(doc, i);
    if (date) {
      out.push(cand(t[i].start, t[date.last].end, 'DATE', date.iso ? { type: 'DATE', value: date.iso } : undefined));
      i = date.last;
    }
  }
  return out;
}

/**
 * True when a word can start a date: a digit, or the initial of a month or weekday (`J F M A S O N D`). Every
 * test of matchDate needs one of these; most tokens fail this before any pattern runs.
 */
export function mayStartDate(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 74 || c === 70 || c === 77 || c === 65 || c === 83 || c === 79 || c === 78 || c === 68;
}

function matchDate(doc: Doc, i: number): { last: number; iso?: string } | undefined {
  const word = doc.tokens[i].norm;
  if (!mayStartDate(word)) return undefined;
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57 ? matchNumericDate(doc, i) : matchNamedDate(doc.tokens, i);
}

/** A date starting with a number: `3. März 2025`, `2025-07`, a year. */
function matchNumericDate(doc: Doc, i: number): { last: number; iso?: string } | undefined {
  const t = doc.tokens;
  const dayMatch = /^(\d{1,2})\.$/.exec(t[i].norm);
  if (dayMatch && sameSentence(t, i, i + 1) && MONTHS.has(t[i + 1].norm)) {
    const month = MONTHS.get(t[i + 1].norm)!;
    const y = yearAt(t, i, i + 2);
    const md = `${pad(month)}-${pad(Number(dayMatch[1]))}`;
    return y ? { last: i + 2, iso: `${y}-${md}` } : { last: i + 1, iso: `--${md}` };
  }
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(t[i].norm)) return { last: i, iso: t[i].norm };
  if (yearAt(t, i, i) && isBareYear(doc, i)) return { last: i, iso: t[i].norm };
  return undefined;
}

/** A date starting with a name: a month (`April 2025`, `Mai`) or a weekday (`Dienstag`, `Freitagabend`). */
function matchNamedDate(t: readonly Token[], i: number): { last: number; iso?: string } | undefined {
  const word = t[i].norm;
  if (MONTHS.has(word) && !word.endsWith('.')) {
    // `Mai` is also a common word only in lower case; a capitalised month after a determiner is still a month.
    const y = yearAt(t, i, i + 1);
    const month = pad(MONTHS.get(word)!);
    return y ? { last: i + 1, iso: `${y}-${month}` } : { last: i, iso: `--${month}` };
  }
  return weekdayOf(word) ? { last: i } : undefined;
}

/** True when token `k` exists and is in the sentence of token `i` (a module function: no closure per token). */
function sameSentence(t: readonly Token[], i: number, k: number): boolean {
  return t[k] !== undefined && t[k].sentence === t[i].sentence;
}

/** Token `k` when it is a year (1800-2099) in the sentence of token `i`. */
function yearAt(t: readonly Token[], i: number, k: number): string | undefined {
  return sameSentence(t, i, k) && /^(1[89]|20)\d\d$/.test(t[k].norm) ? t[k].norm : undefined;
}

/**
 * A four-digit number read as a year: after a year cue (`seit`, `bis`, `im Jahr`, `Ende`), otherwise unless a
 * quantity word precedes it (`rund 2000`) or a noun follows that it counts (`2000 Beschäftigte`).
 */
function isBareYear(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (!/^(19|20)\d\d$/.test(t[i].norm)) return false;
  const previous = i > 0 && t[i - 1].sentence === t[i].sentence ? t[i - 1].norm : '';
  if (YEAR_CUES.has(previous)) return true;
  if (QUANTITY_CUES.has(previous) || /^[\d.,/-]+$/.test(previous)) return false;
  const next = t[i + 1]?.sentence === t[i].sentence ? t[i + 1].norm : '';
  return !(/^\p{Lu}/u.test(next) && isCommonNoun(next)) && !/^[/\u2013-]$/.test(next);
}

const pad = (n: number) => String(n).padStart(2, '0');
const round = (n: number) => Math.round(n * 100) / 100;

function cand(start: number, end: number, type: 'MONEY' | 'PERCENT' | 'DATE', value: Candidate['value']): Candidate {
  return { start, end, type, kind: 'name', source: 'rule:value', confidence: 0.95, priority: PRIORITY.value, value };
}
