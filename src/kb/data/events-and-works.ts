import type { KbEntry } from '../types.js';

/**
 * Other named things (GermEval type OTH) that German news names often: share indices, recurring events and fairs,
 * competitions, and laws. No Wikidata ids yet: none confirmed from a public source.
 */
export const eventsAndWorks: KbEntry[] = [
  { id: 'oth:dax', type: 'OTH', schemaType: 'Thing', name: 'DAX', aliases: ['Dax', 'Deutscher Aktienindex'], compoundForms: ['DAX', 'Dax'] },
  { id: 'oth:mdax', type: 'OTH', schemaType: 'Thing', name: 'MDAX', aliases: ['MDax'], compoundForms: ['MDAX', 'MDax'] },
  { id: 'oth:sdax', type: 'OTH', schemaType: 'Thing', name: 'SDAX', aliases: ['SDax'], compoundForms: ['SDAX', 'SDax'] },
  { id: 'oth:tecdax', type: 'OTH', schemaType: 'Thing', name: 'TecDAX', aliases: ['TecDax'], compoundForms: ['TecDAX', 'TecDax'] },
  { id: 'oth:euro-stoxx-50', type: 'OTH', schemaType: 'Thing', name: 'Euro Stoxx 50', aliases: ['EuroStoxx 50'] },
  { id: 'oth:dow-jones', type: 'OTH', schemaType: 'Thing', name: 'Dow Jones', aliases: ['Dow-Jones-Index', 'Dow Jones Industrial Average'], compoundForms: ['Dow-Jones'] },
  { id: 'oth:nasdaq-composite', type: 'OTH', schemaType: 'Thing', name: 'Nasdaq Composite' },
  { id: 'oth:sp-500', type: 'OTH', schemaType: 'Thing', name: 'S&P 500' },
  { id: 'oth:nikkei', type: 'OTH', schemaType: 'Thing', name: 'Nikkei', aliases: ['Nikkei 225', 'Nikkei-Index'], compoundForms: ['Nikkei'] },
  { id: 'oth:oktoberfest', type: 'OTH', schemaType: 'Event', name: 'Oktoberfest', contextAliases: ['Wiesn'] },
  { id: 'oth:iaa-mobility', type: 'OTH', schemaType: 'Event', name: 'IAA Mobility', aliases: ['Internationale Automobil-Ausstellung'], compoundForms: ['IAA'] },
  { id: 'oth:hannover-messe', type: 'OTH', schemaType: 'Event', name: 'Hannover Messe' },
  { id: 'oth:cebit', type: 'OTH', schemaType: 'Event', name: 'Cebit', aliases: ['CeBIT'] },
  { id: 'oth:ifa', type: 'OTH', schemaType: 'Event', name: 'IFA', aliases: ['Internationale Funkausstellung'], compoundForms: ['IFA'] },
  { id: 'oth:frankfurter-buchmesse', type: 'OTH', schemaType: 'Event', name: 'Frankfurter Buchmesse' },
  { id: 'oth:berlinale', type: 'OTH', schemaType: 'Event', name: 'Berlinale', compoundForms: ['Berlinale'] },
  { id: 'oth:muenchner-sicherheitskonferenz', type: 'OTH', schemaType: 'Event', name: 'Münchner Sicherheitskonferenz', aliases: ['Sicherheitskonferenz'] },
  { id: 'oth:champions-league', type: 'OTH', schemaType: 'Event', name: 'Champions League', compoundForms: ['Champions-League'] },
  { id: 'oth:europa-league', type: 'OTH', schemaType: 'Event', name: 'Europa League', compoundForms: ['Europa-League'] },
  { id: 'oth:olympische-spiele', type: 'OTH', schemaType: 'Event', name: 'Olympische Spiele', aliases: ['Olympischen Spiele'] },
  { id: 'oth:tour-de-france', type: 'OTH', schemaType: 'Event', name: 'Tour de France' },
  { id: 'oth:wimbledon-championships', type: 'OTH', schemaType: 'Event', name: 'Wimbledon Championships' },
  { id: 'oth:grundgesetz', type: 'OTH', schemaType: 'CreativeWork', name: 'Grundgesetz' },
  { id: 'oth:bgb', type: 'OTH', schemaType: 'CreativeWork', name: 'Bürgerliches Gesetzbuch', aliases: ['BGB'], compoundForms: ['BGB'] },
  { id: 'oth:hgb', type: 'OTH', schemaType: 'CreativeWork', name: 'Handelsgesetzbuch', aliases: ['HGB'], compoundForms: ['HGB'] },
  { id: 'oth:dsgvo', type: 'OTH', schemaType: 'CreativeWork', name: 'Datenschutz-Grundverordnung', aliases: ['DSGVO'], compoundForms: ['DSGVO'] },
];
