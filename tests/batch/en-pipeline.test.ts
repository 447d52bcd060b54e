import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import { createDoc } from '../../src/document/doc.js';
import { checkInvariants } from '../../src/document/invariants.js';
import { loadPipeline } from '../../src/pipeline/load.js';
import { StageRegistry } from '../../src/pipeline/registry.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { enStages } from '../../src/stages/en/index.js';
import { germanStages } from '../../src/stages/index.js';

const article = [
  'Nvidia resumes chip sales to China',
  '',
  'WASHINGTON - Nvidia chief executive Jensen Huang met President Donald Trump at the White House on Monday. The company said it would sell its H20 chips in China again.',
  '',
  'Microsoft and Google welcomed the decision in San Francisco, and Angela Merkel praised it in Berlin.',
].join('\n');

/** A registry with the shipped stages plus the English ones (the default registry adds them too, once wired). */
function registry(): StageRegistry {
  const r = new StageRegistry();
  for (const stage of germanStages) r.register(stage);
  for (const stage of enStages) if (!r.get(stage.id)) r.register(stage);
  return r;
}

describe('pipelines/en-news.json', () => {
  it('loads, and gives English articles the JSON-LD contract of de-news', async () => {
    const pipeline = await loadPipeline('en-news', registry(), { version: '0.0.0-test' });
    expect(pipeline.stageIds).toContain('tokenize.en.v1');
    const doc = await runPipeline(pipeline, createDoc(article, { path: 'en/nvidia.txt', lang: 'en' }));
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
    expect(checkInvariants(doc)).toEqual([]);
    const people = doc.entities.filter((e) => e.type === 'PER').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Jensen Huang', 'Donald Trump', 'Angela Merkel']));
    expect(doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name)).toEqual(expect.arrayContaining(['San Francisco', 'Berlin']));
    const output = (doc as unknown as { output?: object }).output;
    expect(output).toBeTruthy();
    const refuse = async (url: string) => {
      throw new Error(`network access refused: ${url}`);
    };
    const quads = (await jsonld.toRDF(output as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: refuse } as jsonld.Options.ToRdf)) as unknown as string;
    expect(quads).toContain('<http://schema.org/Person>');
    expect(quads).toContain('"Jensen Huang"');
    expect(quads).toMatch(/nif-core#anchorOf> "Donald Trump"/);
  });
});
