import type { KbEntry } from '../types.js';

/**
 * The largest American companies.
 *
 * Wikidata ids confirmed in: NielHitesh001/String-1-Money- (corpgraph Wikidata collector, DEFAULT_ROOTS: Apple Q312,
 * Microsoft Q2283, Alphabet Q20800404, Amazon Q3884, Meta Platforms Q380, Nvidia Q182477, Tesla Q478214, IBM Q37156,
 * Berkshire Hathaway Q217583); Nvidia Q182477 also in several other public entity maps (find_string "Q182477").
 */
export const companiesUs: KbEntry[] = [
  { id: 'org:nvidia', type: 'ORG', schemaType: 'Corporation', name: 'Nvidia', aliases: ['NVIDIA', 'Nvidia Corp.', 'Nvidia Corporation'], compoundForms: ['Nvidia', 'NVIDIA'], country: 'loc:usa', qid: 'Q182477' },
  { id: 'org:apple', type: 'ORG', schemaType: 'Corporation', name: 'Apple', aliases: ['Apple Inc.'], compoundForms: ['Apple'], country: 'loc:usa', qid: 'Q312' },
  { id: 'org:microsoft', type: 'ORG', schemaType: 'Corporation', name: 'Microsoft', aliases: ['Microsoft Corp.', 'Microsoft Corporation'], compoundForms: ['Microsoft'], country: 'loc:usa', qid: 'Q2283' },
  { id: 'org:alphabet', type: 'ORG', schemaType: 'Corporation', name: 'Alphabet', aliases: ['Alphabet Inc.'], compoundForms: ['Alphabet'], country: 'loc:usa', qid: 'Q20800404' },
  { id: 'org:amazon', type: 'ORG', schemaType: 'Corporation', name: 'Amazon', aliases: ['Amazon.com', 'Amazon.com Inc.'], compoundForms: ['Amazon'], country: 'loc:usa', qid: 'Q3884' },
  { id: 'org:meta', type: 'ORG', schemaType: 'Corporation', name: 'Meta', aliases: ['Meta Platforms'], compoundForms: ['Meta'], country: 'loc:usa', qid: 'Q380' },
  { id: 'org:tesla', type: 'ORG', schemaType: 'Corporation', name: 'Tesla', aliases: ['Tesla Inc.', 'Tesla Motors'], compoundForms: ['Tesla'], country: 'loc:usa', qid: 'Q478214' },
  { id: 'org:ibm', type: 'ORG', schemaType: 'Corporation', name: 'IBM', aliases: ['International Business Machines'], compoundForms: ['IBM'], country: 'loc:usa', qid: 'Q37156' },
  { id: 'org:berkshire-hathaway', type: 'ORG', schemaType: 'Corporation', name: 'Berkshire Hathaway', compoundForms: ['Berkshire'], country: 'loc:usa', qid: 'Q217583' },
];
