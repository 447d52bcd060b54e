/**
 * Brands from the name-suggestion-index (NSI), the OpenStreetMap community's list of brand names with their OSM tags,
 * as link-only ORG entries. NSI contributors tag each brand with `brand:wikidata`, the Wikidata item of the brand or
 * its company, chosen by hand and checked by NSI's build against Wikidata. Kept: brands present in Germany, Austria,
 * Switzerland, another EU country, Europe or worldwide, or that have a German name tag. Name: `brand:de` if
 * present, else `brand`/`name` (`name:de` only as an alias: on shops it names the outlet). schemaType Corporation, except parties, government offices, unions/associations and
 * universities (by NSI category). Where sub-brands share the parent's QID, the brand value most items share names the
 * entry. Aliases: the brand's case variants and :de/:en forms, plus name/official_name/short_name of items named as the
 * brand; NSI's lower-cased `matchNames` are left out, as they are match keys, not names.
 * Licence: BSD-3-Clause (LICENSE.md covers code and data).
 */
import { loadNsi } from './_nsi.mjs';

export const source = {
  id: 'nsi-brands',
  title: 'name-suggestion-index brands (brand:wikidata)',
  repository: 'https://github.com/osmlab/name-suggestion-index',
  commit: 'c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30',
  paths: ['data/brands/'],
  licence: 'BSD-3-Clause (LICENSE.md)',
  qids: 'brand:wikidata tags set by NSI contributors, validated against Wikidata by the NSI build',
};

// Brand categories whose members are not companies.
const SCHEMA_BY_PATH = [
  [/office\/political_party\.json$/, 'PoliticalParty'],
  [/office\/government\.json$/, 'GovernmentOrganization'],
  [/office\/(union|association)\.json$/, 'NGO'],
  [/amenity\/(university|college)\.json$/, 'EducationalOrganization'],
];

export async function load({ mirrorDir }) {
  return loadNsi({
    mirrorDir,
    commit: source.commit,
    trees: ['data/brands'],
    qidTag: 'brand:wikidata',
    nameTags: ['brand:de', 'brand', 'name'],
    aliasTags: ['name:de', 'name', 'name:en', 'official_name', 'short_name'],
    schemaOf: (item, path) => SCHEMA_BY_PATH.find(([re]) => re.test(path))?.[1] ?? 'Corporation',
    sourceId: source.id,
  });
}
