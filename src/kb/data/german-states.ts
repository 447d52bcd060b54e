import type { KbEntry } from '../types.js';

/**
 * The 16 German states (Länder). Berlin and Hamburg are city-states: one entry each, typed `City`, because news
 * names them as cities; Bremen has a state entry here and a city entry in cities.ts.
 *
 * Wikidata ids: three independent public tables agree on all 16 (a Wikidata SPARQL helper `wikidata_bundeslaender`
 * (Q985 Baden-Württemberg ... Q1197 Niedersachsen), a geo table `GERMAN_REGION_QIDS`, and a Gemeinde crawler
 * `DE_STATES` keyed by the official state key); Bavaria Q980, Berlin Q64, Bremen Q1209, Hamburg Q1055 also in a
 * German gazetteer test suite (landscape/mentions).
 */
export const germanStates: KbEntry[] = [
  { id: 'loc:baden-wuerttemberg', type: 'LOC', schemaType: 'State', name: 'Baden-Württemberg', aliases: ['Baden-Wuerttemberg'], compoundForms: ['Baden-Württemberg', 'BW'], adjectives: ['baden-württembergisch'], demonyms: ['Baden-Württemberger', 'Baden-Württembergerin'], country: 'loc:germany', qid: 'Q985' },
  { id: 'loc:bavaria', type: 'LOC', schemaType: 'State', name: 'Bayern', nameEn: 'Bavaria', aliases: ['Freistaat Bayern'], compoundForms: ['Bayern'], adjectives: ['bayerisch', 'bayrisch'], demonyms: ['Bayer', 'Bayerin'], country: 'loc:germany', qid: 'Q980' },
  { id: 'loc:berlin', type: 'LOC', schemaType: 'City', name: 'Berlin', aliases: ['Land Berlin'], compoundForms: ['Berlin'], adjectives: ['berliner'], demonyms: ['Berliner', 'Berlinerin'], country: 'loc:germany', qid: 'Q64' },
  { id: 'loc:brandenburg', type: 'LOC', schemaType: 'State', name: 'Brandenburg', aliases: ['Land Brandenburg'], compoundForms: ['Brandenburg'], adjectives: ['brandenburgisch'], demonyms: ['Brandenburger', 'Brandenburgerin'], country: 'loc:germany', qid: 'Q1208' },
  { id: 'loc:bremen-state', type: 'LOC', schemaType: 'State', name: 'Land Bremen', nameEn: 'Bremen (state)', aliases: ['Freie Hansestadt Bremen', 'Bundesland Bremen'], adjectives: ['bremisch'], country: 'loc:germany', qid: 'Q1209' },
  { id: 'loc:hamburg', type: 'LOC', schemaType: 'City', name: 'Hamburg', aliases: ['Freie und Hansestadt Hamburg', 'Hansestadt Hamburg'], compoundForms: ['Hamburg'], adjectives: ['hamburger', 'hamburgisch'], demonyms: ['Hamburger', 'Hamburgerin'], country: 'loc:germany', qid: 'Q1055' },
  { id: 'loc:hesse', type: 'LOC', schemaType: 'State', name: 'Hessen', nameEn: 'Hesse', aliases: ['Land Hessen'], compoundForms: ['Hessen'], adjectives: ['hessisch'], demonyms: ['Hesse', 'Hessin'], country: 'loc:germany', qid: 'Q1199' },
  { id: 'loc:mecklenburg-vorpommern', type: 'LOC', schemaType: 'State', name: 'Mecklenburg-Vorpommern', nameEn: 'Mecklenburg-Western Pomerania', compoundForms: ['MV'], adjectives: ['mecklenburg-vorpommersch'], country: 'loc:germany', qid: 'Q1196' },
  { id: 'loc:lower-saxony', type: 'LOC', schemaType: 'State', name: 'Niedersachsen', nameEn: 'Lower Saxony', aliases: ['Land Niedersachsen'], compoundForms: ['Niedersachsen'], adjectives: ['niedersächsisch'], demonyms: ['Niedersachse', 'Niedersächsin'], country: 'loc:germany', qid: 'Q1197' },
  { id: 'loc:north-rhine-westphalia', type: 'LOC', schemaType: 'State', name: 'Nordrhein-Westfalen', nameEn: 'North Rhine-Westphalia', aliases: ['NRW'], compoundForms: ['NRW', 'Nordrhein-Westfalen'], adjectives: ['nordrhein-westfälisch'], country: 'loc:germany', qid: 'Q1198' },
  { id: 'loc:rhineland-palatinate', type: 'LOC', schemaType: 'State', name: 'Rheinland-Pfalz', nameEn: 'Rhineland-Palatinate', compoundForms: ['Rheinland-Pfalz'], adjectives: ['rheinland-pfälzisch'], country: 'loc:germany', qid: 'Q1200' },
  { id: 'loc:saarland', type: 'LOC', schemaType: 'State', name: 'Saarland', compoundForms: ['Saarland'], adjectives: ['saarländisch'], demonyms: ['Saarländer', 'Saarländerin'], country: 'loc:germany', qid: 'Q1201' },
  { id: 'loc:saxony', type: 'LOC', schemaType: 'State', name: 'Sachsen', nameEn: 'Saxony', aliases: ['Freistaat Sachsen'], compoundForms: ['Sachsen'], adjectives: ['sächsisch'], demonyms: ['Sachse', 'Sächsin'], country: 'loc:germany', qid: 'Q1202' },
  { id: 'loc:saxony-anhalt', type: 'LOC', schemaType: 'State', name: 'Sachsen-Anhalt', nameEn: 'Saxony-Anhalt', compoundForms: ['Sachsen-Anhalt'], adjectives: ['sachsen-anhaltisch'], country: 'loc:germany', qid: 'Q1206' },
  { id: 'loc:schleswig-holstein', type: 'LOC', schemaType: 'State', name: 'Schleswig-Holstein', compoundForms: ['Schleswig-Holstein'], adjectives: ['schleswig-holsteinisch'], demonyms: ['Schleswig-Holsteiner', 'Schleswig-Holsteinerin'], country: 'loc:germany', qid: 'Q1194' },
  { id: 'loc:thuringia', type: 'LOC', schemaType: 'State', name: 'Thüringen', nameEn: 'Thuringia', aliases: ['Freistaat Thüringen'], compoundForms: ['Thüringen'], adjectives: ['thüringisch'], demonyms: ['Thüringer', 'Thüringerin'], country: 'loc:germany', qid: 'Q1205' },
];
