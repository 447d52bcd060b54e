import type { KbEntry } from '../types.js';

/** Products often named in business news. No Wikidata ids: none confirmed yet. */
export const products: KbEntry[] = [
  { id: 'prod:nvidia-h20', type: 'PRODUCT', schemaType: 'Product', name: 'H20', aliases: ['Nvidia H20', 'H20-Chip'], compoundForms: ['H20'], manufacturer: 'org:nvidia' },
];
