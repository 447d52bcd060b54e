import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFaktumOutput } from '../../src/batch/ownership.js';

const GOLDEN = join(import.meta.dirname, '..', 'golden', '2025-07-nvidia-h20-china.jsonld');

/** Regression: on a fresh clone `npm start` refused to regenerate the committed golden output (no manifest yet). */
describe('isFaktumOutput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-own-'));
  it.each([
    ['a JSON file of someone else', '{"x": 1}', false],
    ['not JSON at all', 'hello', false],
    ['JSON-LD without faktum provenance', '{"@context": {"fk": "https://w3id.org/faktum/vocab#"}, "@graph": []}', false],
  ])('%s is not ours', (_name, content, expected) => {
    const file = join(dir, `${_name.replace(/\W+/g, '-')}.jsonld`);
    writeFileSync(file, content);
    expect(isFaktumOutput(file)).toBe(expected);
  });

  it('recognises the golden output of the seed article as ours', () => {
    expect(isFaktumOutput(GOLDEN)).toBe(true);
  });

  it('a missing file is not ours', () => {
    expect(isFaktumOutput(join(dir, 'missing.jsonld'))).toBe(false);
  });
});
