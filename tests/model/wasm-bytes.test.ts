import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/pipeline/root.js';
// @ts-expect-error: a plain JavaScript build script, without types
import { compileWat, dataModule } from '../../scripts/wasm/build.mjs';

describe('the committed WebAssembly kernel', () => {
  it('is kernels.wat compiled (run node scripts/wasm/build.mjs after changing it)', async () => {
    const wat = join(projectRoot, 'src', 'model', 'wasm', 'kernels.wat');
    const committed = readFileSync(join(projectRoot, 'src', 'model', 'wasm', 'kernels-bytes.ts'), 'utf8');
    expect(committed).toBe(dataModule(await compileWat(wat)));
  });
});
