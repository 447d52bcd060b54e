/**
 * Words that make a sentence a football report (lower case): in such a sentence a club's place name names the
 * club (`Bayern gewann 3:0`, `gegen Dortmund`). Words that also belong to politics or business (`Sieg`, `Spiel`,
 * `verlor`, `Punkte`) are left out on purpose, and `Tor` (`am Brandenburger Tor`); `Partie` counts except in the
 * idiom `mit von der Partie` (see {@link isFootballCue}).
 */
export const FOOTBALL_CUES: ReadonlySet<string> = new Set(
  ('tore toren treffer traf trafen bundesliga bundesligist zweitligist drittligist liga trainer cheftrainer ' +
    'spieltag spieltags derby elfmeter halbzeit abpfiff anpfiff torwart keeper stürmer tabelle tabellenführer abstieg ' +
    'abstiegskampf aufstieg heimspiel auswärtsspiel heimsieg auswärtssieg pokal dfb-pokal champions-league ' +
    'europa-league relegation gegentor ausgleich führungstreffer eigentor torschütze torjäger kader ' +
    'partie aufsteiger absteiger torhüter mittelfeldspieler abwehrspieler innenverteidiger neuzugang stammspieler ' +
    'hinrunde rückrunde punktspiel ligaspiel rekordmeister vizemeister').split(' '),
);

/**
 * Beginnings of football compounds (lower case), alone or after a hyphen: `Bundesliga-Topspiel`,
 * `Champions-League-Achtelfinalisten`, `Elfmeterschießen`, `Pokalrunde`, `Abstiegsplatz`, `Fußball-Weltmeister`.
 */
const COMPOUND_STEMS = [
  'bundesliga', 'zweitlig', 'drittlig', 'regionallig', 'oberlig', 'champions-league', 'europa-league', 'premier-league',
  'dfb-pokal', 'pokalrunde', 'pokalspiel', 'elfmeter', 'torhüter', 'torwart', 'torschütze', 'torjäger', 'spieltag',
  'tabellenführ', 'tabellenplatz', 'tabellenletzt', 'tabellenzweit', 'tabellendritt', 'abstiegs', 'aufsteiger',
  'heimsieg', 'heimspiel', 'heimniederlage', 'auswärtssieg', 'auswärtsspiel', 'auswärtsniederlage', 'fußball',
  'rückrunde', 'hinrunde', 'derbysieg', 'stürmer', 'mittelfeld', 'ligarivale',
];
const COMPOUND = new RegExp(`(?:^|-)(?:${COMPOUND_STEMS.join('|')})`);

/** Two-word competitions whose words are cues together only (`Champions League`, `Premier League`). */
const LEAGUE_FIRST = new Set(['champions', 'europa', 'premier', 'conference']);

/**
 * True when the lower-case word `w` marks a football report: a cue word, a football compound, or `League` after
 * `Champions`/`Europa`/`Premier`; `Partie` not in `mit von der Partie` (`before` holds the two words before it).
 */
export function isFootballCue(w: string, before: readonly string[] = []): boolean {
  if (w === 'partie') return !(before[0] === 'von' && before[1] === 'der');
  if (w === 'league') return LEAGUE_FIRST.has(before[1] ?? '');
  return FOOTBALL_CUES.has(w) || COMPOUND.test(w);
}

/** A match result (`3:0`, `1:1`): one digit a side, so that no clock time (`11:51`) is one. */
export const SCORE = /(?<![\d:.,])\d:\d(?![\d:])/;

/**
 * A match minute in brackets (`Ujah (102.)`, `Ausgleich (78.)`, `(90.+2)`): a sentence with one reports a match. From
 * the 10th minute only: `(4.)` is as often a placing (`beim Challenge Cup in Den Haag (4.)`).
 */
export const MATCH_MINUTE = /\((?:[1-9]\d|1[0-2]\d)\.(?:\s?\+\s?\d{1,2}\.?)?\)/;

/** A club's second or youth team after its place (`Stuttgart II`, `Mainz U23`): another team than the first. */
export const RESERVE_TEAM = /^(?:II|III|U\d{2})$/;

/** Prepositions before a place as a place (`in Dortmund`, `aus München`, `die Anschläge von Paris`, `eine Woche vor Wien`): the club
 * reading is left out there. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('in im aus nach zu zum zur durch um ins vom von vor'.split(' '));

/** Nouns before a place in apposition (`in seiner alten Heimat Bochum`, `die Stadt Mainz`): the place stays a place. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(
  'heimat heimatstadt geburtsstadt stadt hauptstadt landeshauptstadt gemeinde region kreis landkreis bundesland metropole standort wahlheimat'.split(' '),
);

/**
 * The generic first words of German club names (`SV Sandhausen`, `VfB Artern`, `SuS 09 Dinslaken`): alone they
 * name no club, before a place they name the club of that place, never another club with the same first word.
 */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(
  ('SV TSV FC SC VfL VfB VfR SpVgg SpVg TuS SG SuS FSV SSV TSG BSC DJK ESV KSV ASV BV FV TV SF SpfR SGV VfV JSG ' +
    'FFC TuRa TSC SKV SVW MSV').split(' '),
);
