import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../helpers/pipeline.js';

const ROOT = join(import.meta.dirname, '..', '..');
const GOLDEN = join(ROOT, 'output', 'de', '2025-07-nvidia-h20-china.jsonld');
const EPOCH = '1751328000';

/**
 * The committed output of the seed article is a golden file: rerunning the pipeline with SOURCE_DATE_EPOCH fixed
 * must give it byte for byte. Regenerate after an intended change with
 * `SOURCE_DATE_EPOCH=1751328000 node bin/faktum.js run corpus --out output --force`.
 */
describe('golden output of the seed article', () => {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = EPOCH;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = previous;
  });

  it('is reproduced byte for byte', async () => {
    const text = readFileSync(join(ROOT, 'corpus', 'de', '2025-07-nvidia-h20-china.txt'), 'utf8');
    const doc = await extract(text, 'de/2025-07-nvidia-h20-china.txt');
    expect(`${JSON.stringify(doc.output, null, 2)}\n`).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
