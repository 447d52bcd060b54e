/**
 * Words that make a sentence a football report (lower case): in such a sentence a club's place name names the
 * club (`Bayern gewann 3:0`, `gegen Dortmund`). Words that also belong to politics or business (`Sieg`, `Spiel`,
 * `verlor`, `Punkte`) are left out on purpose, and `Tor` (`am Brandenburger Tor`).
 */
export const FOOTBALL_CUES: ReadonlySet<string> = new Set(
  ('tore toren treffer traf trafen bundesliga bundesligist zweitligist drittligist liga trainer cheftrainer ' +
    'spieltag derby elfmeter halbzeit abpfiff anpfiff torwart keeper stürmer tabelle tabellenführer abstieg ' +
    'abstiegskampf aufstieg heimspiel auswärtsspiel heimsieg auswärtssieg pokal dfb-pokal champions-league ' +
    'europa-league relegation gegentor ausgleich führungstreffer eigentor torschütze torjäger kader').split(' '),
);

/** A match result (`3:0`, `1:1`): one digit a side, so that no clock time (`11:51`) is one. */
export const SCORE = /(?<![\d:.,])\d:\d(?![\d:])/;

/** Prepositions before a place as a place (`in Dortmund`, `aus München`): the club reading is left out there. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('in im aus nach zu zum zur durch um ins vom'.split(' '));
