/**
 * Operators from the name-suggestion-index (NSI): organisations that run post boxes, transit lines, power lines,
 * hospitals, police stations, protected areas and the like, tagged `operator:wikidata`, as link-only ORG entries.
 * NSI contributors choose the QIDs by hand; NSI's build checks them against Wikidata. Kept: operators present in
 * Germany, Austria, Switzerland, another EU country, Europe or worldwide, or with a German name tag. Name:
 * `operator:de` if present, else `operator`. Schema: GovernmentOrganization where `operator:type` is
 * government/public or the category is police, fire brigade, courts, prisons, townhalls or protected areas; else
 * Organization; municipalities/provinces ("Gemeente Den Haag", "Uppsala kommun") become LOC/AdministrativeArea,
 * as their QID is the place. QIDs that NSI also uses as a `brand:wikidata` are left to nsi-brands.
 * Licence: BSD-3-Clause (LICENSE.md covers code and data).
 */
import { loadNsi, qidsUnder } from './_nsi.mjs';

export const source = {
  id: 'nsi-operators',
  title: 'name-suggestion-index operators (operator:wikidata)',
  repository: 'https://github.com/osmlab/name-suggestion-index',
  commit: 'c8b272ef0f882ee76c5ac8bd2912d5db4d63cf30',
  paths: ['data/operators/', 'data/transit/'],
  licence: 'BSD-3-Clause (LICENSE.md)',
  qids: 'operator:wikidata tags set by NSI contributors, validated against Wikidata by the NSI build',
};

const GOV_PATHS = /\/(police|fire_station|courthouse|prison|townhall|protected_area|national_park|nature_reserve|ranger_station|border_control|coast_guard|customs)\.json$|\/(boundary|emergency)\//;

// Municipalities and provinces as operators: their QID is the place (Gemeente Den Haag -> Q36600 The Hague).
const MUNICIPALITY = /^(Gemeente|Gemeinde|Stadtgemeinde|Provincie|Gmina|Ville de|Municipality of|City of) |\b(kommun|kaupunki|kunta)$/i;

export async function load({ mirrorDir }) {
  return loadNsi({
    mirrorDir,
    commit: source.commit,
    trees: ['data/operators', 'data/transit'],
    qidTag: 'operator:wikidata',
    nameTags: ['operator:de', 'operator'],
    aliasTags: ['official_name'],
    schemaOf: (item, path) => {
      if (MUNICIPALITY.test(item.tags.operator ?? '')) return 'AdministrativeArea';
      return ['government', 'public'].includes(item.tags['operator:type']) || GOV_PATHS.test(path) ? 'GovernmentOrganization' : 'Organization';
    },
    sourceId: source.id,
    skipQids: qidsUnder(mirrorDir, source.commit, 'data/brands', 'brand:wikidata'), // those are in nsi-brands
  });
}
