import type { KbEntry } from '../types.js';

/**
 * The world's major cities (capitals first) and Germany's larger cities.
 *
 * Wikidata ids of capitals: waldenn/conzept (app/explore2/src/data/countries.js, field `capital` of each country).
 */
export const cities: KbEntry[] = [
  { id: 'loc:beijing', type: 'LOC', schemaType: 'City', name: 'Peking', nameEn: 'Beijing', aliases: ['Beijing'], compoundForms: ['Peking'], adjectives: ['pekinger'], demonyms: ['Pekinger'], country: 'loc:china', qid: 'Q956' },
  { id: 'loc:washington-dc', type: 'LOC', schemaType: 'City', name: 'Washington', nameEn: 'Washington, D.C.', aliases: ['Washington, D.C.', 'Washington D.C.', 'Washington DC'], compoundForms: ['Washington'], country: 'loc:usa', qid: 'Q61' },
  { id: 'loc:berlin', type: 'LOC', schemaType: 'City', name: 'Berlin', compoundForms: ['Berlin'], adjectives: ['berliner'], demonyms: ['Berliner', 'Berlinerin'], country: 'loc:germany', qid: 'Q64' },
];
