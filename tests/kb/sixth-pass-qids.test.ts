import { describe, expect, it } from 'vitest';
import { extract, qidsOfName } from '../helpers/pipeline.js';

/** The QID the text's first name mention `name` links to, `-` for an entity without one, `not found` without one. */
const qidOfName = async (text: string, name: string) => qidsOfName(await extract(text), name)[0] ?? 'not found';

/**
 * Curated entries that got their QID in the sixth pass of data/kb/frequency/README.md (issue 15), each confirmed in a
 * public file quoted in its qidSource (sentences written for this test).
 */
describe('curated QIDs confirmed in the sixth pass', () => {
  it.each([
    ['the river Isar', 'Nach dem Starkregen führt die Isar in München Hochwasser.', 'Isar', 'Q106588'],
    ['the Sauerland region', 'Viele Familien verbringen die Herbstferien im Sauerland.', 'Sauerland', 'Q4194'],
    ['the island Sylt, not the municipality Q21008', 'Der Strand von Sylt verliert jedes Jahr Sand an die Nordsee.', 'Sylt', 'Q3107'],
    ['the Emsland region, not the district Q5936', 'Im Emsland wird Erdgas gefördert.', 'Emsland', 'Q145620'],
    ['Rheinmetall', 'Rheinmetall baut in Unterlüß ein neues Munitionswerk.', 'Rheinmetall', 'Q161544'],
    ['AstraZeneca', 'Der Pharmakonzern AstraZeneca meldete höhere Umsätze mit Krebsmedikamenten.', 'AstraZeneca', 'Q731938'],
    ['Qualcomm', 'Der Chiphersteller Qualcomm verklagt den Konkurrenten Arm.', 'Qualcomm', 'Q544847'],
  ])('%s', async (_case, text, name, qid) => {
    expect(await qidOfName(text, name)).toBe(qid);
  });
});

/**
 * Names whose company QID was confirmed in the sixth pass but left off the curated entry, because the bare name
 * often means something else in news and the entry would link it regardless of context (data/kb/frequency/README.md,
 * sixth pass). The first build with these QIDs linked each of these readings to the company.
 */
describe('short names left without the company QID (they would link other readings)', () => {
  it.each([
    ['Bayer as Bayer 04 Leverkusen, not Bayer AG Q152051', 'Bayer gewann das rheinische Derby gegen den 1. FC Köln mit 2:0.', 'Bayer', 'Q152051'],
    ['Puma as the Bundeswehr\'s infantry fighting vehicle, not the company Q157064', 'Die Bundeswehr bestellt weitere Schützenpanzer vom Typ Puma.', 'Puma', 'Q157064'],
    ['Safran as the spice, not the aerospace group Q1886126', 'Für das Risotto braucht man Safran, Brühe und Parmesan.', 'Safran', 'Q1886126'],
    ['RTX as Nvidia\'s graphics cards, not RTX Corporation Q89368734', 'Nvidia stellt die Grafikkarte RTX 5090 vor.', 'RTX', 'Q89368734'],
  ])('%s', async (_case, text, name, companyQid) => {
    expect(await qidOfName(text, name)).not.toBe(companyQid);
  });
});
