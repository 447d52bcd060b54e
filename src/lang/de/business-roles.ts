/**
 * Role nouns of business and economics (the last part of a compound, lower case): `Konzernchef`,
 * `Markit-Chefökonom`, `Finanzvorstand`. No person table of the KB holds such people (its tables are politicians,
 * athletes and celebrities), so one of these before a name says the person is none of the table's namesakes.
 * `-chef` only with a business first part (`Landeschef`, `Parteichef`, `Teamchef` are politics and sport), and no
 * `Manager` alone (`Schalke-Manager Horst Heldt` runs a football club).
 */
const ENDINGS = [
  'konzernchef', 'konzernchefin', 'vorstandschef', 'vorstandschefin', 'firmenchef', 'firmenchefin', 'unternehmenschef',
  'unternehmenschefin', 'bankchef', 'bankchefin', 'finanzchef', 'finanzchefin', 'aufsichtsratschef', 'aufsichtsratschefin',
  'vertriebschef', 'vertriebschefin', 'personalchef', 'personalchefin', 'technikchef', 'konzernlenker', 'ökonom', 'ökonomin',
  'volkswirt', 'volkswirtin', 'analyst', 'analystin', 'vorstand', 'vorstandsvorsitzende',
  'vorstandsvorsitzender', 'geschäftsführer', 'geschäftsführerin', 'unternehmer', 'unternehmerin', 'investor', 'investorin',
  'firmengründer', 'firmengründerin', 'konzerngründer', 'unternehmensgründer', 'fondsmanager', 'händler', 'börsenhändler',
];

/** Public offices that end like business roles: central-bank heads are in the office-holder tables. */
const PUBLIC = ['zentralbankchef', 'zentralbankchefin', 'notenbankchef', 'notenbankchefin'];

/** True when the word's last compound part ends with a business role noun (`Markit-Chefökonom`, `Konzernchef`). */
export function isBusinessRole(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1).toLowerCase();
  return ENDINGS.some((e) => last.endsWith(e)) && !PUBLIC.some((p) => last.endsWith(p));
}
