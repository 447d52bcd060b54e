import type { KbEntry } from '../types.js';

/**
 * Business leaders of the large companies.
 *
 * Wikidata ids confirmed in: (public repository, b-roll person pins "verified against Wikidata", PERSON_QIDS:
 * Jensen Huang Q305177, Elon Musk Q317521, Jeff Bezos Q312556, Mark Zuckerberg Q36215, Warren Buffett Q47213);
 * Jensen Huang Q305177 also in several other public test fixtures (find_string "Q305177").
 */
export const peopleBusiness: KbEntry[] = [
  { id: 'per:jensen-huang', type: 'PER', schemaType: 'Person', name: 'Jensen Huang', compoundForms: ['Huang'], contextAliases: ['Huang'], roles: [{ role: 'Chef', of: 'org:nvidia' }], qid: 'Q305177' },
  { id: 'per:elon-musk', type: 'PER', schemaType: 'Person', name: 'Elon Musk', compoundForms: ['Musk'], contextAliases: ['Musk'], roles: [{ role: 'Chef', of: 'org:tesla' }], qid: 'Q317521' },
  { id: 'per:jeff-bezos', type: 'PER', schemaType: 'Person', name: 'Jeff Bezos', compoundForms: ['Bezos'], contextAliases: ['Bezos'], roles: [{ role: 'Gründer', of: 'org:amazon' }], qid: 'Q312556' },
  { id: 'per:mark-zuckerberg', type: 'PER', schemaType: 'Person', name: 'Mark Zuckerberg', compoundForms: ['Zuckerberg'], contextAliases: ['Zuckerberg'], roles: [{ role: 'Chef', of: 'org:meta' }], qid: 'Q36215' },
  { id: 'per:warren-buffett', type: 'PER', schemaType: 'Person', name: 'Warren Buffett', compoundForms: ['Buffett'], contextAliases: ['Buffett'], roles: [{ role: 'Chef', of: 'org:berkshire-hathaway' }], qid: 'Q47213' },
];
