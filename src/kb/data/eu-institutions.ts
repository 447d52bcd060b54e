import type { KbEntry } from '../types.js';

/**
 * The European Union and its institutions and agencies.
 *
 * Wikidata ids: an EU-institutions table validated against official europa.eu pages (wikidataId: European
 * Commission Q8880, Council of the EU Q8896, European Parliament Q8889, European Central Bank Q8901 (in
 * central-banks.ts)); European Commission Q8880 also in a public data-entry guide ("European Commission: type in
 * Q8880"); European Union Q458 in several public lists (an alliance table "Q458: European Union", a groups
 * refresh script `EuropeanUnion: Q458`, a Wikidata two-hop test "Germany --part of--> European Union"). The European Council's id differs between public sources and is left out.
 */
export const euInstitutions: KbEntry[] = [
  { id: 'org:eu', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Union', nameEn: 'European Union', aliases: ['EU', 'Europäischen Union'], compoundForms: ['EU'], contextAliases: ['Union'], qid: 'Q458' },
  { id: 'org:european-commission', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'EU-Kommission', nameEn: 'European Commission', aliases: ['Europäische Kommission', 'Brüsseler Kommission'], contextAliases: ['Kommission'], country: 'loc:belgium', qid: 'Q8880' },
  { id: 'org:european-parliament', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäisches Parlament', nameEn: 'European Parliament', aliases: ['EU-Parlament', 'Europaparlament'], qid: 'Q8889' },
  { id: 'org:council-of-the-eu', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Rat der EU', nameEn: 'Council of the European Union', aliases: ['Rat der Europäischen Union', 'EU-Ministerrat', 'Ministerrat der EU'], country: 'loc:belgium', qid: 'Q8896' },
  { id: 'org:european-council', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäischer Rat', nameEn: 'European Council', aliases: ['EU-Gipfel'], country: 'loc:belgium' },
  { id: 'org:court-of-justice-eu', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäischer Gerichtshof', nameEn: 'Court of Justice of the European Union', aliases: ['EuGH', 'Gerichtshof der Europäischen Union'], compoundForms: ['EuGH'], country: 'loc:luxembourg' },
  { id: 'org:european-court-of-auditors', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäischer Rechnungshof', nameEn: 'European Court of Auditors', aliases: ['EU-Rechnungshof'], country: 'loc:luxembourg' },
  { id: 'org:eurostat', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Eurostat', aliases: ['Statistisches Amt der Europäischen Union'], compoundForms: ['Eurostat'], country: 'loc:luxembourg' },
  { id: 'org:european-investment-bank', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Investitionsbank', nameEn: 'European Investment Bank', aliases: ['EIB'], compoundForms: ['EIB'], country: 'loc:luxembourg' },
  { id: 'org:eurogroup', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Eurogruppe', nameEn: 'Eurogroup' },
  { id: 'org:esm', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäischer Stabilitätsmechanismus', nameEn: 'European Stability Mechanism', aliases: ['ESM', 'Euro-Rettungsschirm'], compoundForms: ['ESM'], country: 'loc:luxembourg' },
  { id: 'org:frontex', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Frontex', aliases: ['Europäische Agentur für die Grenz- und Küstenwache'], compoundForms: ['Frontex'], country: 'loc:poland' },
  { id: 'org:ema', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Arzneimittel-Agentur', nameEn: 'European Medicines Agency', aliases: ['EMA'], compoundForms: ['EMA'], country: 'loc:netherlands' },
  { id: 'org:eba', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Bankenaufsichtsbehörde', nameEn: 'European Banking Authority', aliases: ['EBA'], compoundForms: ['EBA'], country: 'loc:france' },
  { id: 'org:esma', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Wertpapier- und Marktaufsichtsbehörde', nameEn: 'European Securities and Markets Authority', aliases: ['ESMA'], compoundForms: ['ESMA'], country: 'loc:france' },
];
