import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document/doc.js';
import type { Pipeline } from '../../src/pipeline/load.js';
import { runPipeline } from '../../src/pipeline/run.js';

/** A pipeline of stage functions, with ids `s0.x`, `s1.x`, ... */
function pipelineOf(fns: Pipeline['fns']): Pipeline {
  return { config: { name: 'test', stages: [] }, stageIds: fns.map((_, i) => `s${i}.x`), fns } as unknown as Pipeline;
}

describe('runPipeline', () => {
  it.each([
    ['synchronous stages', false],
    ['asynchronous stages', true],
  ])('runs %s in order and records a crash as a fatal message', async (_name, async) => {
    const seen: string[] = [];
    const stage = (name: string, fail = false) => (async ? async () => { await Promise.resolve(); seen.push(name); if (fail) throw new Error('kaputt'); } : () => { seen.push(name); if (fail) throw new Error('kaputt'); });
    const doc = await runPipeline(pipelineOf([stage('Tokenizer'), stage('Erkennung', true), stage('Verknüpfung')]), createDoc('Nvidia liefert.'));
    expect(seen).toEqual(['Tokenizer', 'Erkennung']);
    expect(doc.messages.map((m) => [m.ruleId, m.source, m.fatal])).toEqual([['stage-crash', 's1.x', true]]);
    expect(doc.messages[0].reason).toBe('stage s1.x failed: kaputt');
  });

  it('awaits thenables that are not native promises', async () => {
    const seen: string[] = [];
    const thenable = { then: (resolve: () => void) => setTimeout(() => (seen.push('spät'), resolve()), 1) };
    await runPipeline(pipelineOf([() => thenable as unknown as Promise<void>, () => void seen.push('danach')]), createDoc('Text'));
    expect(seen).toEqual(['spät', 'danach']);
  });
});
