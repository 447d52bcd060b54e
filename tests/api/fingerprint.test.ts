import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPipeline, pipelineFingerprint } from '../../src/api.js';

/** Issue 18, item 5: reruns kept stale output after a pipeline's stage options changed (not in the fingerprint). */
describe('pipelineFingerprint', () => {
  it('names the stage options, the built-in KB and the version, and changes with an option', async () => {
    const base = pipelineFingerprint(await openPipeline());
    expect(base).toMatch(/\|options\.[0-9a-f]{12}\|kb\.[0-9a-f]{12}\|faktum@\d+\.\d+\.\d+$/);
    const config = JSON.parse(readFileSync('pipelines/de-news.json', 'utf8')) as { stages: Array<{ use: string; options?: Record<string, unknown> }> };
    config.stages.find((s) => s.use === 'ner.de.v1')!.options!.disable = ['products'];
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-pipe-')), 'de-news-no-products.json');
    writeFileSync(file, JSON.stringify(config));
    const changed = pipelineFingerprint(await openPipeline({ pipeline: file }));
    expect(changed).not.toBe(base);
    expect(changed.replace(/options\.[0-9a-f]+/, '')).toBe(base.replace(/options\.[0-9a-f]+/, ''));
  });
});
