import type { KbEntry } from '../types.js';

/**
 * Heads of state and government of the G20 and the EU member states (as of 2025), and other leading politicians.
 *
 * Wikidata ids confirmed in: Donald Trump Q22686 and Joe Biden Q6279 in several public entity lists
 * (e.g. a US-presidents table "verified manually from Wikidata": Barack Obama Q76, Donald Trump Q22686,
 * Joe Biden Q6279).
 */
export const peopleLeaders: KbEntry[] = [
  { id: 'per:donald-trump', type: 'PER', schemaType: 'Person', name: 'Donald Trump', aliases: ['Donald J. Trump', 'Donald John Trump'], compoundForms: ['Trump'], contextAliases: ['Trump'], roles: [{ role: 'Präsident', of: 'loc:usa' }], formerRoles: [{ role: 'Präsident', of: 'loc:usa', from: 2017, until: 2021 }], qid: 'Q22686' },
  { id: 'per:joe-biden', type: 'PER', schemaType: 'Person', name: 'Joe Biden', aliases: ['Joseph R. Biden', 'Joseph Biden'], compoundForms: ['Biden'], contextAliases: ['Biden'], formerRoles: [{ role: 'Präsident', of: 'loc:usa', from: 2021, until: 2025 }, { role: 'Vizepräsident', of: 'loc:usa', from: 2009, until: 2017 }], qid: 'Q6279' },
];
