import type { KbEntry } from '../types.js';

/**
 * German political parties (Bundestag and Landtag parties) and the Union parliamentary group.
 * Wikidata ids: Landtag-member crawlers of a parliament-TV project (DE_NW_PARTIES / DE_NI_PARTIES: CDU Q49762,
 * SPD Q49768, Bündnis 90/Die Grünen Q49766, AfD Q6721203, FDP Q13124), agreeing with a politician pool built from
 * abgeordnetenwatch + Wikidata (partyWikidataId: SPD Q49768, CDU Q49762, CSU Q1023134). One further public table
 * gives other ids for FDP, AfD, Grüne and Linke; it contradicts the sources above and was not used.
 */
export const germanParties: KbEntry[] = [
  { id: 'org:cdu', type: 'ORG', schemaType: 'PoliticalParty', name: 'CDU', nameEn: 'Christian Democratic Union of Germany', aliases: ['Christlich Demokratische Union', 'Christlich Demokratische Union Deutschlands'], compoundForms: ['CDU'], contextAliases: ['Christdemokraten'], country: 'loc:germany', qid: 'Q49762' },
  { id: 'org:csu', type: 'ORG', schemaType: 'PoliticalParty', name: 'CSU', nameEn: 'Christian Social Union in Bavaria', aliases: ['Christlich-Soziale Union', 'Christlich-Soziale Union in Bayern'], compoundForms: ['CSU'], contextAliases: ['Christsoziale'], country: 'loc:germany', qid: 'Q1023134' },
  { id: 'org:cdu-csu', type: 'ORG', schemaType: 'PoliticalParty', name: 'CDU/CSU', nameEn: 'CDU/CSU', aliases: ['Unionsparteien', 'Unionsfraktion', 'CDU/CSU-Fraktion', 'Union aus CDU und CSU'], compoundForms: ['Unions'], contextAliases: ['Union'], country: 'loc:germany' },
  { id: 'org:spd', type: 'ORG', schemaType: 'PoliticalParty', name: 'SPD', nameEn: 'Social Democratic Party of Germany', aliases: ['Sozialdemokratische Partei Deutschlands'], compoundForms: ['SPD'], contextAliases: ['Sozialdemokraten'], country: 'loc:germany', qid: 'Q49768' },
  { id: 'org:greens', type: 'ORG', schemaType: 'PoliticalParty', name: 'Grüne', nameEn: 'Alliance 90/The Greens', aliases: ['Bündnis 90/Die Grünen', 'Die Grünen', 'Bündnisgrüne'], compoundForms: ['Grünen'], contextAliases: ['Grünen'], country: 'loc:germany', qid: 'Q49766' },
  { id: 'org:fdp', type: 'ORG', schemaType: 'PoliticalParty', name: 'FDP', nameEn: 'Free Democratic Party', aliases: ['Freie Demokratische Partei', 'Freie Demokraten'], compoundForms: ['FDP'], contextAliases: ['Liberale'], country: 'loc:germany', qid: 'Q13124' },
  { id: 'org:afd', type: 'ORG', schemaType: 'PoliticalParty', name: 'AfD', nameEn: 'Alternative for Germany', aliases: ['Alternative für Deutschland'], compoundForms: ['AfD'], country: 'loc:germany', qid: 'Q6721203' },
  { id: 'org:die-linke', type: 'ORG', schemaType: 'PoliticalParty', name: 'Die Linke', nameEn: 'The Left', aliases: ['Linkspartei'], compoundForms: ['Linken', 'Linke'], contextAliases: ['Linke', 'Linken'], country: 'loc:germany' },
  { id: 'org:bsw', type: 'ORG', schemaType: 'PoliticalParty', name: 'BSW', nameEn: 'Sahra Wagenknecht Alliance', aliases: ['Bündnis Sahra Wagenknecht'], compoundForms: ['BSW'], country: 'loc:germany' },
  { id: 'org:freie-waehler', type: 'ORG', schemaType: 'PoliticalParty', name: 'Freie Wähler', nameEn: 'Free Voters', aliases: ['Freien Wähler'], country: 'loc:germany' },
  { id: 'org:ssw', type: 'ORG', schemaType: 'PoliticalParty', name: 'SSW', nameEn: 'South Schleswig Voters\' Association', aliases: ['Südschleswigscher Wählerverband'], compoundForms: ['SSW'], country: 'loc:germany' },
  { id: 'org:die-partei', type: 'ORG', schemaType: 'PoliticalParty', name: 'Die Partei', nameEn: 'Die PARTEI', aliases: ['Die PARTEI'], country: 'loc:germany' },
  { id: 'org:tierschutzpartei', type: 'ORG', schemaType: 'PoliticalParty', name: 'Tierschutzpartei', nameEn: 'Human Environment Animal Protection Party', aliases: ['Partei Mensch Umwelt Tierschutz'], country: 'loc:germany' },
  { id: 'org:oedp', type: 'ORG', schemaType: 'PoliticalParty', name: 'ÖDP', nameEn: 'Ecological Democratic Party', aliases: ['Ökologisch-Demokratische Partei'], compoundForms: ['ÖDP'], country: 'loc:germany' },
  { id: 'org:npd-die-heimat', type: 'ORG', schemaType: 'PoliticalParty', name: 'Die Heimat', nameEn: 'Die Heimat (formerly NPD)', aliases: ['NPD', 'Nationaldemokratische Partei Deutschlands'], compoundForms: ['NPD'], country: 'loc:germany' },
  { id: 'org:junge-union', type: 'ORG', schemaType: 'PoliticalParty', name: 'Junge Union', nameEn: 'Young Union', aliases: ['JU'], country: 'loc:germany' },
  { id: 'org:jusos', type: 'ORG', schemaType: 'PoliticalParty', name: 'Jusos', nameEn: 'Young Socialists in the SPD', aliases: ['Jungsozialisten'], compoundForms: ['Jusos'], country: 'loc:germany' },
  { id: 'org:oevp', type: 'ORG', schemaType: 'PoliticalParty', name: 'ÖVP', nameEn: 'Austrian People\'s Party', aliases: ['Österreichische Volkspartei'], compoundForms: ['ÖVP'], country: 'loc:austria' },
  { id: 'org:spoe', type: 'ORG', schemaType: 'PoliticalParty', name: 'SPÖ', nameEn: 'Social Democratic Party of Austria', aliases: ['Sozialdemokratische Partei Österreichs'], compoundForms: ['SPÖ'], country: 'loc:austria' },
  { id: 'org:fpoe', type: 'ORG', schemaType: 'PoliticalParty', name: 'FPÖ', nameEn: 'Freedom Party of Austria', aliases: ['Freiheitliche Partei Österreichs'], compoundForms: ['FPÖ'], country: 'loc:austria' },
  { id: 'org:us-republicans', type: 'ORG', schemaType: 'PoliticalParty', name: 'Republikanische Partei', nameEn: 'Republican Party', aliases: ['Grand Old Party', 'GOP'], contextAliases: ['Republikaner'], country: 'loc:usa' },
  { id: 'org:us-democrats', type: 'ORG', schemaType: 'PoliticalParty', name: 'Demokratische Partei', nameEn: 'Democratic Party', aliases: ['US-Demokraten'], contextAliases: ['Demokraten'], country: 'loc:usa' },
  { id: 'org:labour', type: 'ORG', schemaType: 'PoliticalParty', name: 'Labour-Partei', nameEn: 'Labour Party', aliases: ['Labour Party', 'Labour'], compoundForms: ['Labour'], country: 'loc:united-kingdom' },
  { id: 'org:uk-conservatives', type: 'ORG', schemaType: 'PoliticalParty', name: 'Konservative Partei', nameEn: 'Conservative Party', aliases: ['Tories', 'Conservative Party'], compoundForms: ['Tory'], contextAliases: ['Konservative'], country: 'loc:united-kingdom' },
  { id: 'org:rassemblement-national', type: 'ORG', schemaType: 'PoliticalParty', name: 'Rassemblement National', nameEn: 'National Rally', aliases: ['RN'], country: 'loc:france' },
  { id: 'org:fratelli-ditalia', type: 'ORG', schemaType: 'PoliticalParty', name: 'Fratelli d\'Italia', nameEn: 'Brothers of Italy', country: 'loc:italy' },
  { id: 'org:pis', type: 'ORG', schemaType: 'PoliticalParty', name: 'PiS', nameEn: 'Law and Justice', aliases: ['Recht und Gerechtigkeit'], compoundForms: ['PiS'], country: 'loc:poland' },
  { id: 'org:fidesz', type: 'ORG', schemaType: 'PoliticalParty', name: 'Fidesz', compoundForms: ['Fidesz'], country: 'loc:hungary' },
  { id: 'org:united-russia', type: 'ORG', schemaType: 'PoliticalParty', name: 'Einiges Russland', nameEn: 'United Russia', country: 'loc:russia' },
  { id: 'org:epp', type: 'ORG', schemaType: 'PoliticalParty', name: 'Europäische Volkspartei', nameEn: 'European People\'s Party', aliases: ['EVP'], compoundForms: ['EVP'], country: 'loc:belgium' },
];
