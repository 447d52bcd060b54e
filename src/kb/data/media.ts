import type { KbEntry } from '../types.js';

/**
 * German-language news media, broadcasters and news agencies that German news names often (dpa, AFP, Axel Springer
 * and Bertelsmann are in the company modules).
 *
 * Surfaces: the gazetteer matches names and aliases case-sensitively on whole tokens, so outlets whose short name is
 * an ordinary German word (`Spiegel`, `Bild`, `Zeit`, `Welt`, `Standard`, `Presse`, `Stern`, `Phoenix`, `Arte`,
 * `Das Erste`) get an unambiguous name (`Der Spiegel`, `Focus Online`, the all-caps house styles `DIE ZEIT`,
 * `DIE WELT`, `DER STANDARD`, `ARTE`); a short form is at most a compound form or a context alias (`Spiegel`,
 * `Focus`, `Arte`). Left out for that reason: Stern, Die Presse, Phoenix, and `Das Erste` as an ARD alias.
 * Inflected forms of adjective-led names are aliases (`Süddeutschen Zeitung`, `Frankfurter Allgemeinen`).
 *
 * Wikidata ids: ZDF Q48989 in a ZDF programme-metadata XSL (`rating_zdf` has rating source Q48989) and a German
 * TV-programme crawler (`original_broadcaster: Q48989`, country Q183); Der Spiegel Q131478, Deutsche Welle Q153770
 * and Frankfurter Allgemeine Zeitung Q10184 in an outlet-register audit that pins each domain to the item whose
 * official website (P856) matches it (spiegel.de, dw.com, faz.net); Der Spiegel also in a Wikidata alias-index
 * runbook ("Q131478 Der Spiegel (magazine)"); Reuters Q130879 and Associated Press Q40469 in the impresso
 * news-agency table (`"Reuters": "Q130879"`, `"AP": "Q40469"`), the same audit (reuters.com, apnews.com) and a
 * searx engine (`wikidata_id: Q130879`). FAZ Q10184 has that one (website-checked) source only.
 */
export const media: KbEntry[] = [
  { id: 'org:ard', type: 'ORG', schemaType: 'Organization', name: 'ARD', nameEn: 'ARD (broadcaster)', aliases: ['Arbeitsgemeinschaft der öffentlich-rechtlichen Rundfunkanstalten der Bundesrepublik Deutschland'], compoundForms: ['ARD'], country: 'loc:germany' },
  { id: 'org:zdf', type: 'ORG', schemaType: 'Organization', name: 'ZDF', aliases: ['Zweites Deutsches Fernsehen', 'Zweite Deutsche Fernsehen', 'Zweiten Deutschen Fernsehens', 'Zweiten Deutschen Fernsehen'], compoundForms: ['ZDF'], country: 'loc:germany', qid: 'Q48989' },
  { id: 'org:wdr', type: 'ORG', schemaType: 'Organization', name: 'WDR', nameEn: 'West German Broadcasting', aliases: ['Westdeutscher Rundfunk', 'Westdeutsche Rundfunk', 'Westdeutschen Rundfunk', 'Westdeutschen Rundfunks'], compoundForms: ['WDR'], country: 'loc:germany' },
  { id: 'org:ndr', type: 'ORG', schemaType: 'Organization', name: 'NDR', nameEn: 'North German Broadcasting', aliases: ['Norddeutscher Rundfunk', 'Norddeutsche Rundfunk', 'Norddeutschen Rundfunk', 'Norddeutschen Rundfunks'], compoundForms: ['NDR'], country: 'loc:germany' },
  { id: 'org:swr', type: 'ORG', schemaType: 'Organization', name: 'SWR', nameEn: 'Southwest Broadcasting', aliases: ['Südwestrundfunk', 'Südwestrundfunks'], compoundForms: ['SWR'], country: 'loc:germany' },
  { id: 'org:mdr', type: 'ORG', schemaType: 'Organization', name: 'MDR', nameEn: 'Central German Broadcasting', aliases: ['Mitteldeutscher Rundfunk', 'Mitteldeutsche Rundfunk', 'Mitteldeutschen Rundfunk', 'Mitteldeutschen Rundfunks'], compoundForms: ['MDR'], country: 'loc:germany' },
  { id: 'org:rbb', type: 'ORG', schemaType: 'Organization', name: 'RBB', nameEn: 'Rundfunk Berlin-Brandenburg', aliases: ['rbb', 'Rundfunk Berlin-Brandenburg', 'Rundfunks Berlin-Brandenburg'], compoundForms: ['RBB', 'rbb'], country: 'loc:germany' },
  { id: 'org:hr', type: 'ORG', schemaType: 'Organization', name: 'Hessischer Rundfunk', nameEn: 'Hessian Broadcasting', aliases: ['Hessische Rundfunk', 'Hessischen Rundfunk', 'Hessischen Rundfunks'], compoundForms: ['hr'], country: 'loc:germany' },
  { id: 'org:br', type: 'ORG', schemaType: 'Organization', name: 'Bayerischer Rundfunk', nameEn: 'Bavarian Broadcasting', aliases: ['Bayerische Rundfunk', 'Bayerischen Rundfunk', 'Bayerischen Rundfunks'], compoundForms: ['BR'], contextAliases: ['BR'], country: 'loc:germany' },
  { id: 'org:radio-bremen', type: 'ORG', schemaType: 'Organization', name: 'Radio Bremen', country: 'loc:germany' },
  { id: 'org:sr', type: 'ORG', schemaType: 'Organization', name: 'Saarländischer Rundfunk', nameEn: 'Saarland Broadcasting', aliases: ['Saarländische Rundfunk', 'Saarländischen Rundfunk', 'Saarländischen Rundfunks'], compoundForms: ['SR'], contextAliases: ['SR'], country: 'loc:germany' },
  { id: 'org:deutschlandfunk', type: 'ORG', schemaType: 'Organization', name: 'Deutschlandfunk', aliases: ['Deutschlandfunks', 'DLF'], compoundForms: ['Deutschlandfunk', 'DLF'], country: 'loc:germany' },
  { id: 'org:deutsche-welle', type: 'ORG', schemaType: 'Organization', name: 'Deutsche Welle', compoundForms: ['DW'], contextAliases: ['DW'], country: 'loc:germany', qid: 'Q153770' },
  { id: 'org:3sat', type: 'ORG', schemaType: 'Organization', name: '3sat', compoundForms: ['3sat'], country: 'loc:germany' },
  { id: 'org:arte', type: 'ORG', schemaType: 'Organization', name: 'ARTE', nameEn: 'Arte', compoundForms: ['Arte', 'ARTE'], contextAliases: ['Arte'], country: 'loc:france' },
  { id: 'org:rtl', type: 'ORG', schemaType: 'Corporation', name: 'RTL', nameEn: 'RTL (Germany)', aliases: ['RTL Deutschland'], compoundForms: ['RTL'], country: 'loc:germany' },
  { id: 'org:n-tv', type: 'ORG', schemaType: 'Corporation', name: 'n-tv', aliases: ['ntv'], compoundForms: ['ntv'], country: 'loc:germany' },
  { id: 'org:sat1', type: 'ORG', schemaType: 'Corporation', name: 'Sat.1', aliases: ['SAT.1'], compoundForms: ['Sat.1'], country: 'loc:germany' },
  { id: 'org:prosieben', type: 'ORG', schemaType: 'Corporation', name: 'ProSieben', compoundForms: ['ProSieben'], country: 'loc:germany' },
  { id: 'org:prosiebensat1', type: 'ORG', schemaType: 'Corporation', name: 'ProSiebenSat.1', nameEn: 'ProSiebenSat.1 Media', aliases: ['ProSiebenSat.1 Media', 'ProSiebenSat.1 Media SE'], compoundForms: ['ProSiebenSat.1'], country: 'loc:germany' },
  { id: 'org:orf', type: 'ORG', schemaType: 'Organization', name: 'ORF', nameEn: 'Austrian Broadcasting Corporation', aliases: ['Österreichischer Rundfunk', 'Österreichische Rundfunk', 'Österreichischen Rundfunk', 'Österreichischen Rundfunks'], compoundForms: ['ORF'], country: 'loc:austria' },
  { id: 'org:srf', type: 'ORG', schemaType: 'Organization', name: 'SRF', nameEn: 'Swiss Radio and Television', aliases: ['Schweizer Radio und Fernsehen'], compoundForms: ['SRF'], country: 'loc:switzerland' },
  { id: 'org:der-spiegel', type: 'ORG', schemaType: 'Organization', name: 'Der Spiegel', aliases: ['Spiegel Online', 'SPIEGEL ONLINE'], compoundForms: ['Spiegel'], contextAliases: ['Spiegel'], country: 'loc:germany', qid: 'Q131478' },
  { id: 'org:sueddeutsche-zeitung', type: 'ORG', schemaType: 'Organization', name: 'Süddeutsche Zeitung', aliases: ['Süddeutschen Zeitung', 'SZ'], compoundForms: ['SZ'], contextAliases: ['Süddeutsche', 'Süddeutschen'], country: 'loc:germany' },
  { id: 'org:faz', type: 'ORG', schemaType: 'Organization', name: 'Frankfurter Allgemeine Zeitung', aliases: ['Frankfurter Allgemeinen Zeitung', 'Frankfurter Allgemeine', 'Frankfurter Allgemeinen', 'FAZ', 'F.A.Z.'], compoundForms: ['FAZ'], country: 'loc:germany', qid: 'Q10184' },
  { id: 'org:fas', type: 'ORG', schemaType: 'Organization', name: 'Frankfurter Allgemeine Sonntagszeitung', aliases: ['Frankfurter Allgemeinen Sonntagszeitung', 'F.A.S.'], compoundForms: ['FAS'], contextAliases: ['FAS'], country: 'loc:germany' },
  { id: 'org:die-welt', type: 'ORG', schemaType: 'Organization', name: 'DIE WELT', nameEn: 'Die Welt', country: 'loc:germany' },
  { id: 'org:welt-am-sonntag', type: 'ORG', schemaType: 'Organization', name: 'Welt am Sonntag', aliases: ['WELT AM SONNTAG'], compoundForms: ['WamS'], contextAliases: ['WamS'], country: 'loc:germany' },
  { id: 'org:bild', type: 'ORG', schemaType: 'Organization', name: 'Bild-Zeitung', nameEn: 'Bild', aliases: ['Bildzeitung', 'BILD-Zeitung'], compoundForms: ['Bild', 'BILD'], country: 'loc:germany' },
  { id: 'org:bild-am-sonntag', type: 'ORG', schemaType: 'Organization', name: 'Bild am Sonntag', aliases: ['BILD am SONNTAG'], compoundForms: ['BamS'], contextAliases: ['BamS'], country: 'loc:germany' },
  { id: 'org:die-zeit', type: 'ORG', schemaType: 'Organization', name: 'DIE ZEIT', nameEn: 'Die Zeit', aliases: ['Zeit Online', 'ZEIT ONLINE'], country: 'loc:germany' },
  { id: 'org:focus', type: 'ORG', schemaType: 'Organization', name: 'Focus Online', nameEn: 'Focus', aliases: ['FOCUS Online', 'FOCUS online'], contextAliases: ['Focus'], country: 'loc:germany' },
  { id: 'org:handelsblatt', type: 'ORG', schemaType: 'Organization', name: 'Handelsblatt', aliases: ['Handelsblatts'], compoundForms: ['Handelsblatt'], country: 'loc:germany' },
  { id: 'org:tagesspiegel', type: 'ORG', schemaType: 'Organization', name: 'Tagesspiegel', nameEn: 'Der Tagesspiegel', aliases: ['Der Tagesspiegel', 'Tagesspiegels'], compoundForms: ['Tagesspiegel'], country: 'loc:germany' },
  { id: 'org:taz', type: 'ORG', schemaType: 'Organization', name: 'taz', nameEn: 'die tageszeitung', aliases: ['die tageszeitung'], compoundForms: ['taz'], country: 'loc:germany' },
  { id: 'org:berliner-zeitung', type: 'ORG', schemaType: 'Organization', name: 'Berliner Zeitung', country: 'loc:germany' },
  { id: 'org:berliner-morgenpost', type: 'ORG', schemaType: 'Organization', name: 'Berliner Morgenpost', contextAliases: ['Morgenpost'], country: 'loc:germany' },
  { id: 'org:hamburger-abendblatt', type: 'ORG', schemaType: 'Organization', name: 'Hamburger Abendblatt', aliases: ['Hamburger Abendblatts'], contextAliases: ['Abendblatt'], country: 'loc:germany' },
  { id: 'org:frankfurter-rundschau', type: 'ORG', schemaType: 'Organization', name: 'Frankfurter Rundschau', compoundForms: ['FR'], contextAliases: ['FR', 'Rundschau'], country: 'loc:germany' },
  { id: 'org:stuttgarter-zeitung', type: 'ORG', schemaType: 'Organization', name: 'Stuttgarter Zeitung', compoundForms: ['StZ'], contextAliases: ['StZ'], country: 'loc:germany' },
  { id: 'org:rheinische-post', type: 'ORG', schemaType: 'Organization', name: 'Rheinische Post', aliases: ['Rheinischen Post'], compoundForms: ['RP'], contextAliases: ['RP'], country: 'loc:germany' },
  { id: 'org:rnd', type: 'ORG', schemaType: 'Organization', name: 'Redaktionsnetzwerk Deutschland', aliases: ['RedaktionsNetzwerk Deutschland', 'RND'], compoundForms: ['RND'], country: 'loc:germany' },
  { id: 'org:funke-mediengruppe', type: 'ORG', schemaType: 'Corporation', name: 'Funke Mediengruppe', aliases: ['Funke-Mediengruppe'], country: 'loc:germany' },
  { id: 'org:wirtschaftswoche', type: 'ORG', schemaType: 'Organization', name: 'Wirtschaftswoche', aliases: ['WirtschaftsWoche', 'WiWo'], compoundForms: ['WiWo'], country: 'loc:germany' },
  { id: 'org:manager-magazin', type: 'ORG', schemaType: 'Organization', name: 'Manager Magazin', aliases: ['manager magazin'], country: 'loc:germany' },
  { id: 'org:nzz', type: 'ORG', schemaType: 'Organization', name: 'Neue Zürcher Zeitung', aliases: ['Neuen Zürcher Zeitung', 'NZZ'], compoundForms: ['NZZ'], country: 'loc:switzerland' },
  { id: 'org:der-standard', type: 'ORG', schemaType: 'Organization', name: 'DER STANDARD', nameEn: 'Der Standard', aliases: ['derStandard', 'derStandard.at'], country: 'loc:austria' },
  { id: 'org:reuters', type: 'ORG', schemaType: 'Corporation', name: 'Reuters', compoundForms: ['Reuters'], country: 'loc:united-kingdom', qid: 'Q130879' },
  { id: 'org:associated-press', type: 'ORG', schemaType: 'Organization', name: 'Associated Press', aliases: ['AP'], compoundForms: ['AP'], country: 'loc:usa', qid: 'Q40469' },
];
