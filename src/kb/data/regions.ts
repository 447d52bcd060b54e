import type { KbEntry } from '../types.js';

/**
 * Continents, world regions, and sub-national regions often named in German news.
 * No Wikidata ids yet (none confirmed).
 */
export const regions: KbEntry[] = [
  { id: 'loc:antarctica', type: 'LOC', schemaType: 'Continent', name: 'Antarktis', nameEn: 'Antarctica', aliases: ['Antarktika'], adjectives: ['antarktisch'], iso2: 'AQ' },
  { id: 'loc:washington-state', type: 'LOC', schemaType: 'State', name: 'Washington (Bundesstaat)', nameEn: 'Washington (state)', aliases: ['Bundesstaat Washington'], country: 'loc:usa' },
];
