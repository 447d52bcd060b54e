import type { EntityType } from '../document/types.js';
import type { KbEntry } from './types.js';

/** Id prefix each entity type uses: `per:`, `org:`, `loc:`, `oth:`, `prod:`. */
export const ID_PREFIX: Readonly<Record<EntityType, string>> = {
  PER: 'per', ORG: 'org', LOC: 'loc', OTH: 'oth', PRODUCT: 'prod',
};

/** The schema.org classes an entry may name, with the entity type each belongs to. */
export const SCHEMA_TYPES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ['Person', 'PER'],
  ['Organization', 'ORG'], ['Corporation', 'ORG'], ['GovernmentOrganization', 'ORG'], ['PoliticalParty', 'ORG'],
  ['NGO', 'ORG'], ['EducationalOrganization', 'ORG'], ['SportsTeam', 'ORG'],
  ['Place', 'LOC'], ['Country', 'LOC'], ['City', 'LOC'], ['State', 'LOC'], ['Continent', 'LOC'],
  ['AdministrativeArea', 'LOC'],
  ['Product', 'PRODUCT'],
  ['Event', 'OTH'], ['CreativeWork', 'OTH'], ['Thing', 'OTH'],
]);

/** Wikidata item ids: `Q` and a number without leading zeros. */
export const QID_PATTERN = /^Q[1-9][0-9]*$/;
/** Entry ids: a type prefix, a colon and a lower-case ASCII slug (`org:nvidia`, `per:jensen-huang`). */
export const ID_PATTERN = /^(per|org|loc|oth|prod):[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** Fields that hold another entry's id; `roles[].of` and `formerRoles[].of` are references too. */
export const REFERENCE_FIELDS = ['country', 'partOf', 'party', 'manufacturer'] as const;

type FieldKind = 'string' | 'strings' | 'roles' | 'formerRoles' | 'boolean' | 'count';
const FIELDS: ReadonlyMap<string, FieldKind> = new Map<string, FieldKind>([
  ['id', 'string'], ['type', 'string'], ['schemaType', 'string'], ['name', 'string'], ['nameEn', 'string'],
  ['aliases', 'strings'], ['compoundForms', 'strings'], ['contextAliases', 'strings'], ['adjectives', 'strings'],
  ['demonyms', 'strings'], ['qid', 'string'], ['roles', 'roles'], ['formerRoles', 'formerRoles'],
  ['party', 'string'], ['country', 'string'], ['partOf', 'string'], ['manufacturer', 'string'], ['iso2', 'string'],
  ['linkOnly', 'boolean'], ['source', 'string'], ['qidSource', 'string'], ['population', 'count'], ['prominence', 'count'],
  ['context', 'strings'],
]);
const REQUIRED = ['id', 'type', 'schemaType', 'name'] as const;

const isNonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkRole(value: unknown, field: string, withYears: boolean): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${field}: each item must be an object { role, of }`];
  const reasons: string[] = [];
  const allowed = withYears ? ['role', 'of', 'from', 'until'] : ['role', 'of'];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) reasons.push(`${field}: unknown field "${key}"`);
  }
  const r = value as Record<string, unknown>;
  if (!isNonEmptyString(r.role)) reasons.push(`${field}: "role" must be a non-empty string`);
  if (!isNonEmptyString(r.of)) reasons.push(`${field}: "of" must be a non-empty string (a KB id)`);
  for (const key of ['from', 'until']) {
    if (key in r && !Number.isInteger(r[key])) reasons.push(`${field}: "${key}" must be a whole year`);
  }
  return reasons;
}

/**
 * Checks one candidate entry's shape: known fields only, required fields present, right JSON types, a well-formed id
 * whose prefix fits the type, a known schema.org class of that type, a well-formed qid. References to other entries
 * are checked by the loader, which sees the whole KB. Returns the reasons it is invalid (empty when valid).
 */
export function validateEntry(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['an entry must be a JSON object'];
  const entry = value as Record<string, unknown>;
  const reasons: string[] = [];
  for (const key of Object.keys(entry)) {
    if (!FIELDS.has(key)) reasons.push(`unknown field "${key}"`);
  }
  for (const key of REQUIRED) {
    if (!(key in entry)) reasons.push(`missing required field "${key}"`);
  }
  for (const [key, kind] of FIELDS) {
    if (!(key in entry)) continue;
    const v = entry[key];
    if (kind === 'string' && !isNonEmptyString(v)) reasons.push(`"${key}" must be a non-empty string`);
    if (kind === 'boolean' && typeof v !== 'boolean') reasons.push(`"${key}" must be true or false`);
    if (kind === 'count' && !(typeof v === 'number' && Number.isFinite(v) && v >= 0)) reasons.push(`"${key}" must be a number >= 0`);
    if (kind === 'strings' && !(Array.isArray(v) && v.every(isNonEmptyString))) {
      reasons.push(`"${key}" must be an array of non-empty strings`);
    }
    if (kind === 'roles' || kind === 'formerRoles') {
      if (!Array.isArray(v)) reasons.push(`"${key}" must be an array of { role, of }`);
      else for (const item of v) reasons.push(...checkRole(item, key, kind === 'formerRoles'));
    }
  }
  if (reasons.length > 0) return reasons;

  const type = entry.type as string;
  if (!(type in ID_PREFIX)) {
    reasons.push(`"type" must be one of ${Object.keys(ID_PREFIX).join(', ')}, not "${type}"`);
  } else {
    const id = entry.id as string;
    if (!ID_PATTERN.test(id)) reasons.push(`"id" must look like "${ID_PREFIX[type as EntityType]}:lower-case-slug", not "${id}"`);
    else if (!id.startsWith(`${ID_PREFIX[type as EntityType]}:`)) {
      reasons.push(`"id" prefix of "${id}" does not fit type ${type} (expected "${ID_PREFIX[type as EntityType]}:")`);
    }
    const schemaType = entry.schemaType as string;
    const schemaOf = SCHEMA_TYPES.get(schemaType);
    if (schemaOf === undefined) reasons.push(`unknown "schemaType" "${schemaType}" (known: ${[...SCHEMA_TYPES.keys()].join(', ')})`);
    else if (schemaOf !== type) reasons.push(`"schemaType" ${schemaType} is a ${schemaOf} class, but "type" is ${type}`);
  }
  if ('qid' in entry && !QID_PATTERN.test(entry.qid as string)) {
    reasons.push(`"qid" must match ${QID_PATTERN.source}, not "${String(entry.qid)}"`);
  }
  if ('iso2' in entry && !/^[A-Z]{2}$/.test(entry.iso2 as string)) reasons.push(`"iso2" must be two upper-case letters`);
  return reasons;
}

/** The ids an entry refers to, with the field each comes from (`roles[0].of`, `country`). */
export function referencesOf(entry: KbEntry): Array<{ field: string; id: string }> {
  const refs: Array<{ field: string; id: string }> = [];
  for (const field of REFERENCE_FIELDS) {
    const id = entry[field];
    if (id !== undefined) refs.push({ field, id });
  }
  entry.roles?.forEach((r, i) => refs.push({ field: `roles[${i}].of`, id: r.of }));
  entry.formerRoles?.forEach((r, i) => refs.push({ field: `formerRoles[${i}].of`, id: r.of }));
  return refs;
}
