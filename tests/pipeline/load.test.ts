import { describe, expect, it } from 'vitest';
import { buildPipeline, PipelineError } from '../../src/pipeline/load.js';
import { StageRegistry } from '../../src/pipeline/registry.js';
import { defaultRegistry } from '../../src/stages/index.js';
import { tokenizeStage } from '../../src/stages/tokenize/index.js';

const stages = (...ids: string[]) => ids.map((use) => ({ use }));

describe('pipeline loading', () => {
  it.each([
    ['an unknown top-level key', { name: 'x', lang: 'de', stages: stages('ingest.text.v1'), extra: 1 }, '"extra"'],
    ['an unknown stage key', { name: 'x', lang: 'de', stages: [{ use: 'ingest.text.v1', opts: {} }] }, '"opts"'],
    ['a missing name', { lang: 'de', stages: stages('ingest.text.v1') }, "must have required property 'name'"],
    ['an unversioned stage id', { name: 'x', lang: 'de', stages: stages('ingest') }, '/stages/0/use'],
    ['an unknown stage', { name: 'x', lang: 'de', stages: stages('ingest.text.v1', 'ner.xx.v9') }, 'unknown stage "ner.xx.v9"'],
    ['a missing requirement', { name: 'x', lang: 'de', stages: stages('ingest.text.v1', 'ner.de.v1') }, 'requires tokens, sentences, norms, which no earlier stage provides'],
    ['an unknown option', { name: 'x', lang: 'de', stages: [{ use: 'ingest.text.v1' }, { use: 'tokenize.de.v1', options: { fast: true } }] }, 'has no option "fast"'],
  ])('refuses %s, naming it', async (_name, config, message) => {
    const error = await buildPipeline(config, defaultRegistry(), {}, 'pipelines/x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect((error as Error).message).toContain('pipelines/x.json');
    expect((error as Error).message).toContain(message);
  });

  it('builds de-news with every stage in order', async () => {
    const { loadPipeline } = await import('../../src/pipeline/load.js');
    const pipeline = await loadPipeline('de-news', defaultRegistry());
    expect(pipeline.stageIds[0]).toBe('ingest.text.v1');
    expect(pipeline.stageIds.at(-1)).toBe('jsonld.v1');
  });

  it('refuses to register a stage id twice', () => {
    const registry = new StageRegistry().register(tokenizeStage);
    expect(() => registry.register(tokenizeStage)).toThrow('already registered');
  });
});
