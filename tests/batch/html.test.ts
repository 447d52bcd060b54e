import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/batch/html.js';
import { root } from './helpers.js';

describe('extractHtml', () => {
  it('keeps the article, drops navigation, reads title, date and canonical URL', () => {
    const page = extractHtml(readFileSync(join(root, 'tests', 'fixtures', 'batch', 'article.html'), 'utf8'));
    expect(page.headline).toBe('Nvidia darf wieder Chips nach China liefern');
    expect(page.datePublished).toBe('2025-07-15T08:30:00+02:00');
    expect(page.url).toBe('https://example.org/wirtschaft/nvidia-china');
    expect(page.text.startsWith('Nvidia darf wieder Chips nach China liefern\n\n')).toBe(true);
    expect(page.text).toContain('Der US-Techriese Nvidia darf seine H20-Chips wieder nach China verkaufen.');
    expect(page.text).toContain('\n\nNvidia-Chef Jensen Huang');
    expect(page.text).not.toContain('Impressum');
    expect(page.text).not.toContain('Newsletter abonnieren');
  });

  it('reads broken markup (unclosed tags, stray end tags)', () => {
    const page = extractHtml('<html><head><title>Kaputt</title><body><div><p>Die Bahn erhöht die Preise um <b>fünf Prozent.<p>Der Bahnchef sagte</i> am Montag, das sei nötig.</div></span>');
    expect(page.headline).toBe('Kaputt');
    expect(page.text).toContain('Die Bahn erhöht die Preise um fünf Prozent.');
    expect(page.text).toContain('Der Bahnchef sagte am Montag, das sei nötig.');
  });

  it('refuses a page without text', () => {
    expect(() => extractHtml('<html><head><script>var x = 1;</script></head><body><nav></nav></body>')).toThrow(/without main text/);
  });
});
