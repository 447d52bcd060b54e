/** German weekday names (`Sonnabend` is the northern form of `Samstag`), Monday = 1 as in ISO 8601. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Montag', 1], ['Dienstag', 2], ['Mittwoch', 3], ['Donnerstag', 4], ['Freitag', 5], ['Samstag', 6], ['Sonnabend', 6], ['Sonntag', 7],
]);

/** WEEKDAYS as an array of pairs, for loops that allocate no entries. */
const WEEKDAY_PAIRS: ReadonlyArray<readonly [string, number]> = [...WEEKDAYS];

/** Parts of the day that form closed compounds with a weekday: `Dienstagabend`, `Mittwochmorgen`. */
const DAY_PARTS = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];

/** The ISO weekday number of a weekday or weekday compound (`Freitag`, `Dienstagabend`), or undefined. */
export function weekdayOf(word: string): number | undefined {
  // Every weekday starts with `M`, `D`, `F` or `S`: other words skip the look-ups.
  const c = word.charCodeAt(0);
  if (c !== 77 && c !== 68 && c !== 70 && c !== 83) return undefined;
  const direct = WEEKDAYS.get(word);
  if (direct) return direct;
  for (const [day, n] of WEEKDAY_PAIRS) if (word.startsWith(day) && DAY_PARTS.includes(word.slice(day.length))) return n;
  return undefined;
}

/**
 * Words right before a bare four-digit number that make it a year even before a noun: `seit 2021`, `bis Ende 2026`,
 * `im Jahr 2023`, `ab 2029 Strom`. Prepositions that also take counts (`von`, `für`, `mit`) are left out.
 */
export const YEAR_CUES: ReadonlySet<string> = new Set([
  'seit', 'bis', 'ab', 'im', 'zwischen', 'Ende', 'Anfang', 'Mitte', 'Jahr', 'Jahres', 'Frühjahr', 'Sommer', 'Herbst',
  'Winter', 'Frühling', 'Sommers', 'Winters', 'Herbstes', 'Saison', 'Quartal', 'Halbjahr', 'Geschäftsjahr',
]);

/** Words before a number that make it a quantity, never a year: `rund 2000 Beschäftigte`. */
export const QUANTITY_CUES: ReadonlySet<string> = new Set([
  'rund', 'etwa', 'circa', 'ca.', 'knapp', 'fast', 'gut', 'über', 'unter', 'mindestens', 'höchstens', 'insgesamt',
  'weitere', 'zusätzliche', 'mehr', 'weniger', 'nur', 'exakt', 'genau', 'Nr.', 'Nummer', 'Paragraf', 'Paragraph', '§',
]);
