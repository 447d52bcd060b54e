/** English Wikidata descriptions of persons (`American actor and singer`) read for the KB source modules: German
 * context words of the occupations they name. Context words are
 * single lower-cased tokens of the article (src/stages/link/context.ts), so only one-word forms that are no common
 * lower-case German word help. */
import { TENNIS_WORDS_DE } from './_sports.mjs';

const FILM = ['Hollywood', 'Oscar', 'Hauptrolle', 'Regisseur', 'Regisseurin', 'Kinofilm'];
/**
 * Occupation words of a description (a regular expression on the lower-cased text) -> German context words. Only
 * specific words: the linker counts half a point for each word of the article, and a lone surname links with one
 * point, so words any report may hold (`Film`, `Song`, `Show`, `Buch`) would support a namesake the KB lacks.
 * Actors and actresses get the word of their own gender (`Der Schauspieler Adams` is no actress).
 */
const OCCUPATIONS = [
  [/\bactor\b/, ['Schauspieler', ...FILM]],
  [/\bactress/, ['Schauspielerin', ...FILM]],
  [/film director|filmmaker|screenwriter|cinematographer|film producer/, FILM],
  [/singer|musician|songwriter|rapper|guitarist|pianist|drummer|bassist|\bband\b|record producer/, ['Musiker', 'Musikerin', 'Sänger', 'Sängerin', 'Album', 'Konzert', 'Tournee']],
  [/composer|conductor/, ['Komponist', 'Komponistin', 'Dirigent', 'Dirigentin', 'Oper', 'Orchester', 'Sinfonie']],
  [/comedian|comedienne/, ['Komiker', 'Komikerin', 'Comedian']],
  [/television presenter|television host|talk show/, ['Moderator', 'Moderatorin', 'Talkshow']],
  [/(?<!song|screen)writer|novelist|author|poet|playwright|essayist/, ['Schriftsteller', 'Schriftstellerin', 'Autor', 'Autorin', 'Roman', 'Bestseller']],
  [/painter|sculptor|photographer/, ['Künstler', 'Künstlerin', 'Maler', 'Malerin', 'Ausstellung']],
  [/\bmodel\b/, ['Model', 'Laufsteg']],
  [/dancer/, ['Tänzer', 'Tänzerin', 'Ballett']],
  [/basketball/, ['Basketball', 'Basketballer', 'NBA']],
  [/american football/, ['Football', 'NFL', 'Quarterback', 'Super-Bowl']],
  [/baseball/, ['Baseball', 'MLB']],
  [/ice hockey/, ['Eishockey', 'NHL']],
  [/footballer|soccer|association football/, ['Fußball', 'Stürmer', 'Torwart', 'Bundesliga']],
  [/tennis/, TENNIS_WORDS_DE],
  [/racing driver|formula one|racecar/, ['Formel-1', 'Rennfahrer', 'Rennstall', 'Motorsport', 'Grand-Prix']],
  [/golfer/, ['Golf', 'Golfer', 'PGA']],
  [/boxer/, ['Boxen', 'Boxer', 'Boxkampf']],
  [/cyclist/, ['Radsport', 'Radprofi', 'Etappe']],
  [/swimmer/, ['Schwimmen', 'Schwimmer', 'Schwimmerin']],
  [/sprinter|runner|athletics/, ['Leichtathletik', 'Sprinter', 'Sprinterin', 'Marathon']],
  [/wrestler/, ['Wrestling', 'Wrestler']],
];

/** German context words for a description; empty when it names none of the occupations above. */
export function occupationWords(description) {
  const d = String(description ?? '').toLowerCase();
  const words = new Set();
  for (const [re, ws] of OCCUPATIONS) if (re.test(d)) for (const w of ws) words.add(w);
  return [...words];
}
