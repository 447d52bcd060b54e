import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/run.js';
import { tmp } from '../batch/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NAME = '2025-07-nvidia-h20-china';
const GOLDEN = join(ROOT, 'tests', 'golden', `${NAME}.jsonld`);
const EPOCH = '1751328000';

/**
 * The output of the seed article is a golden file, kept in tests/golden/ where `npm start` (which writes output/)
 * cannot change it. `faktum run` (in this process, one job: the code in src/) writes its own run into a temporary
 * folder with SOURCE_DATE_EPOCH fixed, and must give the golden file byte for byte. Regenerate after an intended
 * change with (README, "What comes out"):
 * `npm run build && SOURCE_DATE_EPOCH=1751328000 node bin/faktum.js run corpus --out /tmp/faktum-golden --force && cp /tmp/faktum-golden/de/2025-07-nvidia-h20-china.jsonld tests/golden/`
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
    vi.restoreAllMocks();
  });

  it('is reproduced byte for byte by faktum run', async () => {
    // The article as de/<name>.txt below the input folder, as in corpus/: its fk:sourcePath is part of the output.
    const input = tmp('faktum-golden-in-');
    mkdirSync(join(input, 'de'));
    copyFileSync(join(ROOT, 'corpus', 'de', `${NAME}.txt`), join(input, 'de', `${NAME}.txt`));
    const out = tmp('faktum-golden-out-');
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
    expect(await runCommand([input, '--out', out, '--jobs', '1']), stderr).toBe(0);
    expect(readFileSync(join(out, 'de', `${NAME}.jsonld`), 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
