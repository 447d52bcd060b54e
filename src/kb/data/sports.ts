import type { KbEntry } from '../types.js';

/**
 * Sports federations and football clubs German news names most: the Bundesliga and 2. Bundesliga clubs of
 * recent seasons and the European clubs that meet them. GermEval 2014 and this project's gold read clubs as ORG.
 * No Wikidata ids yet (none confirmed).
 *
 * Short forms that are also ordinary words or other entities are left out: `Bayern` (the state), `Eintracht`
 * (harmony), `Fortuna` (luck), `Union` (the CDU/CSU), `Gladbach` (two cities), `Hoffenheim` and `Schalke` only
 * with their club prefix where the place is meant as often as the club.
 */
const club = (slug: string, name: string, aliases: string[], country = 'loc:germany', compoundForms?: string[]): KbEntry => ({
  id: `org:${slug}`, type: 'ORG', schemaType: 'SportsTeam', name, aliases, country, ...(compoundForms ? { compoundForms } : {}),
});

export const sports: KbEntry[] = [
  { id: 'org:dfb', type: 'ORG', schemaType: 'NGO', name: 'Deutscher Fußball-Bund', nameEn: 'German Football Association', aliases: ['DFB', 'Deutschen Fußball-Bund', 'Deutschen Fußball-Bundes', 'Deutscher Fußball-Bund e.V.'], compoundForms: ['DFB'], country: 'loc:germany' },
  { id: 'org:dfl', type: 'ORG', schemaType: 'Organization', name: 'Deutsche Fußball Liga', nameEn: 'German Football League', aliases: ['DFL', 'Deutschen Fußball Liga'], compoundForms: ['DFL'], country: 'loc:germany' },
  { id: 'org:uefa', type: 'ORG', schemaType: 'NGO', name: 'Uefa', nameEn: 'UEFA', aliases: ['UEFA', 'Europäische Fußball-Union'], compoundForms: ['Uefa', 'UEFA'], country: 'loc:switzerland' },
  { id: 'org:dosb', type: 'ORG', schemaType: 'NGO', name: 'Deutscher Olympischer Sportbund', nameEn: 'German Olympic Sports Confederation', aliases: ['DOSB', 'Deutschen Olympischen Sportbund', 'Deutschen Olympischen Sportbundes'], compoundForms: ['DOSB'], country: 'loc:germany' },
  club('fc-bayern-munich', 'FC Bayern München', ['Bayern München', 'FC Bayern', 'FCB']),
  club('borussia-dortmund', 'Borussia Dortmund', ['BVB', 'Borussia Dortmunds'], 'loc:germany', ['BVB']),
  club('fc-schalke-04', 'FC Schalke 04', ['Schalke 04', 'FC Schalke']),
  club('werder-bremen', 'Werder Bremen', ['SV Werder Bremen', 'Werder', 'Werders']),
  club('hamburger-sv', 'Hamburger SV', ['HSV', 'Hamburger Sport-Verein'], 'loc:germany', ['HSV']),
  club('vfb-stuttgart', 'VfB Stuttgart', ['VfB'], 'loc:germany', ['VfB']),
  club('eintracht-frankfurt', 'Eintracht Frankfurt', ['Frankfurter Eintracht']),
  club('bayer-04-leverkusen', 'Bayer 04 Leverkusen', ['Bayer Leverkusen']),
  club('vfl-wolfsburg', 'VfL Wolfsburg', []),
  club('borussia-moenchengladbach', 'Borussia Mönchengladbach', []),
  club('1-fc-koeln', '1. FC Köln', ['1. FC Köln', 'FC Köln']),
  club('mainz-05', '1. FSV Mainz 05', ['FSV Mainz 05', 'Mainz 05']),
  club('tsg-hoffenheim', 'TSG 1899 Hoffenheim', ['TSG Hoffenheim']),
  club('sc-freiburg', 'SC Freiburg', []),
  club('fc-augsburg', 'FC Augsburg', []),
  club('union-berlin', '1. FC Union Berlin', ['Union Berlin', 'FC Union Berlin']),
  club('hertha-bsc', 'Hertha BSC', ['Hertha BSC Berlin', 'Hertha']),
  club('rb-leipzig', 'RB Leipzig', ['RasenBallsport Leipzig']),
  club('vfl-bochum', 'VfL Bochum', []),
  club('1-fc-heidenheim', '1. FC Heidenheim', ['FC Heidenheim']),
  club('fc-st-pauli', 'FC St. Pauli', []),
  club('holstein-kiel', 'Holstein Kiel', []),
  club('fortuna-duesseldorf', 'Fortuna Düsseldorf', []),
  club('1-fc-kaiserslautern', '1. FC Kaiserslautern', ['FC Kaiserslautern']),
  club('1-fc-nuernberg', '1. FC Nürnberg', ['FC Nürnberg']),
  club('hannover-96', 'Hannover 96', []),
  club('arminia-bielefeld', 'Arminia Bielefeld', []),
  club('dynamo-dresden', 'Dynamo Dresden', ['SG Dynamo Dresden']),
  club('hansa-rostock', 'Hansa Rostock', ['F.C. Hansa Rostock']),
  club('karlsruher-sc', 'Karlsruher SC', ['KSC'], 'loc:germany', ['KSC']),
  club('sv-darmstadt-98', 'SV Darmstadt 98', ['Darmstadt 98']),
  club('energie-cottbus', 'Energie Cottbus', ['FC Energie Cottbus']),
  club('msv-duisburg', 'MSV Duisburg', []),
  club('alemannia-aachen', 'Alemannia Aachen', []),
  club('greuther-fuerth', 'SpVgg Greuther Fürth', ['Greuther Fürth']),
  club('sc-paderborn', 'SC Paderborn 07', ['SC Paderborn']),
  club('fc-magdeburg', '1. FC Magdeburg', ['FC Magdeburg']),
  club('real-madrid', 'Real Madrid', [], 'loc:spain'),
  club('fc-barcelona', 'FC Barcelona', ['Barça'], 'loc:spain'),
  club('atletico-madrid', 'Atlético Madrid', ['Atletico Madrid'], 'loc:spain'),
  club('manchester-united', 'Manchester United', ['ManUnited'], 'loc:united-kingdom'),
  club('manchester-city', 'Manchester City', [], 'loc:united-kingdom'),
  club('fc-liverpool', 'FC Liverpool', [], 'loc:united-kingdom'),
  club('fc-chelsea', 'FC Chelsea', [], 'loc:united-kingdom'),
  club('fc-arsenal', 'FC Arsenal', [], 'loc:united-kingdom'),
  club('juventus-turin', 'Juventus Turin', ['Juventus'], 'loc:italy'),
  club('ac-milan', 'AC Mailand', ['AC Milan'], 'loc:italy'),
  club('inter-milan', 'Inter Mailand', [], 'loc:italy'),
  club('paris-saint-germain', 'Paris Saint-Germain', ['PSG'], 'loc:france'),
  club('ajax-amsterdam', 'Ajax Amsterdam', [], 'loc:netherlands'),
  club('fc-basel', 'FC Basel', [], 'loc:switzerland'),
  club('rapid-wien', 'Rapid Wien', ['SK Rapid Wien'], 'loc:austria'),
  club('red-bull-salzburg', 'Red Bull Salzburg', ['FC Red Bull Salzburg'], 'loc:austria'),
];
