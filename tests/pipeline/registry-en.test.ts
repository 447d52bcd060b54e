import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../src/api.js';

/** Regression: en-news could not be opened because the English stages were not in the default registry. */
describe('en-news through the default registry', () => {
  it('opens and finds people and places in an English article', async () => {
    const doc = await extractText(await openPipeline({ pipeline: 'en-news' }), 'Apple CEO Tim Cook met Chancellor Friedrich Merz in Berlin on Monday.', { lang: 'en' });
    expect(doc.messages.filter((m) => m.fatal)).toEqual([]);
    expect(doc.entities.map((e) => `${e.name}:${e.type}`)).toEqual(expect.arrayContaining(['Tim Cook:PER', 'Berlin:LOC']));
  });
});
