import type { Entity } from '../../document/types.js';

/** schema.org classes of an entity: the base class of its type and the KB's finer class, if any. */
export function schemaTypes(entity: Pick<Entity, 'type' | 'subtype'>): string[] {
  const base = { PER: 'Person', ORG: 'Organization', LOC: 'Place', PRODUCT: 'Product', OTH: 'Thing' }[entity.type];
  const types = [`schema:${base}`];
  if (entity.subtype && entity.subtype !== base) types.push(`schema:${entity.subtype}`);
  return types;
}

/** Types of value mentions. */
export const VALUE_CLASSES = { MONEY: 'schema:MonetaryAmount', DATE: 'schema:Date', PERCENT: 'fk:Percentage' } as const;

/** The XSD type of a (possibly partial) ISO date: `2025` gYear, `2025-07` gYearMonth, `--07` gMonth, `--07-01` gMonthDay. */
export function xsdDateType(value: string): string {
  if (/^\d{4}$/.test(value)) return 'xsd:gYear';
  if (/^\d{4}-\d{2}$/.test(value)) return 'xsd:gYearMonth';
  if (/^--\d{2}$/.test(value)) return 'xsd:gMonth';
  if (/^--\d{2}-\d{2}$/.test(value)) return 'xsd:gMonthDay';
  return 'xsd:date';
}
