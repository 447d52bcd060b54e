/**
 * The kinds of thing a report colours: the entity types of the output and the value types. Each has a colour and
 * a short text label, so the type never depends on colour alone (WCAG 1.4.1).
 */
export const CATEGORIES = ['PER', 'ORG', 'LOC', 'PRODUCT', 'OTH', 'MONEY', 'DATE', 'PERCENT', 'UNTYPED'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a category is called in legends and tables. */
export const CATEGORY_NAMES: Record<Category, string> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  PRODUCT: 'product',
  OTH: 'other',
  MONEY: 'money',
  DATE: 'date',
  PERCENT: 'percentage',
  UNTYPED: 'no type',
};

/** schema.org (and fk:) classes of `itsrdf:taClassRef` and entity `@type`, by category. */
const CLASS_CATEGORY: Record<string, Category> = {
  'schema:Person': 'PER',
  'schema:Organization': 'ORG',
  'schema:Corporation': 'ORG',
  'schema:GovernmentOrganization': 'ORG',
  'schema:PoliticalParty': 'ORG',
  'schema:SportsTeam': 'ORG',
  'schema:NGO': 'ORG',
  'schema:EducationalOrganization': 'ORG',
  'schema:NewsMediaOrganization': 'ORG',
  'schema:Place': 'LOC',
  'schema:City': 'LOC',
  'schema:Country': 'LOC',
  'schema:State': 'LOC',
  'schema:Continent': 'LOC',
  'schema:AdministrativeArea': 'LOC',
  'schema:Product': 'PRODUCT',
  'schema:Thing': 'OTH',
  'schema:Event': 'OTH',
  'schema:CreativeWork': 'OTH',
  'schema:MonetaryAmount': 'MONEY',
  'schema:Date': 'DATE',
  'fk:Percentage': 'PERCENT',
};

/** The broad types first: an entity typed `[schema:Organization, schema:Corporation]` is an ORG. */
const PRECEDENCE: readonly Category[] = ['PER', 'ORG', 'LOC', 'PRODUCT', 'MONEY', 'DATE', 'PERCENT', 'OTH'];

/** The category of one or more classes (`schema:City` -> LOC); `UNTYPED` when none is known. */
export function categoryOf(classes: string | readonly string[] | undefined): Category {
  const list = classes === undefined ? [] : typeof classes === 'string' ? [classes] : classes;
  const found = new Set(list.map((c) => CLASS_CATEGORY[c]).filter((c): c is Category => c !== undefined));
  return PRECEDENCE.find((c) => found.has(c)) ?? 'UNTYPED';
}

/** The mention kinds of `fk:mentionKind`, with the words the report shows for the two that are not names. */
export type MentionKind = 'name' | 'deriv' | 'part';
export const KIND_NAMES: Record<MentionKind, string> = { name: 'name', deriv: 'derived adjective', part: 'part of a compound' };

/** The text label of a mention: its category, plus the kind when it is not a name (`LOC deriv`). */
export function mentionLabel(category: Category, kind: MentionKind): string {
  return kind === 'name' ? category : `${category} ${kind}`;
}
