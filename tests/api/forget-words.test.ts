import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { docToJsonLd, extractText, forgetWords } from '../../src/api.js';
import { corpusArticles, dePipeline } from '../helpers/pipeline.js';

/** The benchmark warms up on the corpus and then empties every word cache: results must not notice. */
describe('forgetWords: results with emptied word caches', () => {
  const articles = corpusArticles().slice(0, 3);
  // The run's time stamp (prov:endedAtTime) fixed, as for the golden output.
  beforeAll(() => void vi.stubEnv('SOURCE_DATE_EPOCH', '1751328000'));
  afterAll(() => void vi.unstubAllEnvs());

  it.each(articles.map((a) => [a.path, a.text]))('%s: the same JSON-LD before and after', async (path, text) => {
    const pipeline = await dePipeline();
    const jsonld = async () => JSON.stringify(docToJsonLd(await extractText(pipeline, text, { path }), { pipeline: 'de-news', version: 'test' }));
    const before = await jsonld();
    // Registered: the word-info maps and their companion, the memos of the word classifiers, the tagger's vectors.
    expect(forgetWords()).toBeGreaterThanOrEqual(6);
    expect(await jsonld()).toBe(before);
  });
});
