import type { KbEntry } from '../types.js';

/**
 * Central banks.
 *
 * Wikidata ids: European Central Bank Q8901 in an EU-institutions table (wikidataId, validated against europa.eu)
 * and in a German gazetteer test suite (`EZB` -> Q8901); Federal Reserve System Q53536 in an entity-linking quality
 * report ("Federal Reserve System | Q53536 | verified").
 */
export const centralBanks: KbEntry[] = [
  { id: 'org:ecb', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Europäische Zentralbank', nameEn: 'European Central Bank', aliases: ['EZB', 'ECB'], compoundForms: ['EZB'], contextAliases: ['Notenbank', 'Zentralbank'], country: 'loc:germany', qid: 'Q8901' },
  { id: 'org:fed', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Federal Reserve', nameEn: 'Federal Reserve System', aliases: ['Fed', 'US-Notenbank', 'US-Zentralbank', 'Federal Reserve System', 'Federal Reserve Board'], compoundForms: ['Fed'], country: 'loc:usa', qid: 'Q53536' },
  { id: 'org:bundesbank', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Deutsche Bundesbank', aliases: ['Bundesbank'], compoundForms: ['Bundesbank'], country: 'loc:germany' },
  { id: 'org:bank-of-england', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Bank of England', aliases: ['BoE', 'britische Notenbank'], country: 'loc:united-kingdom' },
  { id: 'org:bank-of-japan', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Bank of Japan', aliases: ['BoJ', 'japanische Notenbank'], country: 'loc:japan' },
  { id: 'org:peoples-bank-of-china', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Chinesische Volksbank', nameEn: 'People\'s Bank of China', aliases: ['People\'s Bank of China', 'PBoC', 'chinesische Zentralbank'], country: 'loc:china' },
  { id: 'org:snb', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Schweizerische Nationalbank', nameEn: 'Swiss National Bank', aliases: ['SNB'], compoundForms: ['SNB'], country: 'loc:switzerland' },
  { id: 'org:banque-de-france', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Banque de France', aliases: ['französische Notenbank'], country: 'loc:france' },
  { id: 'org:bank-of-canada', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Bank of Canada', country: 'loc:canada' },
  { id: 'org:reserve-bank-of-india', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Reserve Bank of India', aliases: ['RBI'], country: 'loc:india' },
  { id: 'org:russian-central-bank', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Russische Zentralbank', nameEn: 'Central Bank of Russia', aliases: ['Bank von Russland'], country: 'loc:russia' },
  { id: 'org:oesterreichische-nationalbank', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Oesterreichische Nationalbank', aliases: ['OeNB'], compoundForms: ['OeNB'], country: 'loc:austria' },
  { id: 'org:bis', type: 'ORG', schemaType: 'GovernmentOrganization', name: 'Bank für Internationalen Zahlungsausgleich', nameEn: 'Bank for International Settlements', aliases: ['BIZ', 'BIS'], compoundForms: ['BIZ'], country: 'loc:switzerland' },
];
