import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalCommand } from '../../../src/cli/eval.js';
import { fakeApi } from '../fake-api.js';

// Written for this test in UNER's IOB2 layout (not UNER German PUD text).
const IOB2 = ['# newdoc id = n1', '1\tMerkel\tB-PER\t-\t-', '2\tbesuchte\tO\t-\t-', '3\tBerlin\tB-LOC\t-\t-', '4\tund\tO\t-\t-', '5\tBonn\tB-LOC\t-\t-', ''].join('\n');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const api = fakeApi({ Berlin: { type: 'LOC' }, Merkel: { type: 'PER' } });
  const code = await evalCommand(args, { api, out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('faktum eval uner', () => {
  it('scores PER/LOC/ORG chunks of the file, conlleval-style and as JSON', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faktum-uner-')), 'pud.iob2');
    writeFileSync(file, IOB2);
    const text = await run(['uner', '--gold', file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/processed 5 tokens with 3 phrases; found: 2 phrases; correct: 2\./);
    const json = JSON.parse((await run(['uner', '--gold', file, '--json'])).stdout.trim());
    expect(json.kind).toBe('uner');
    expect(json.micro.recall).toBeCloseTo(2 / 3, 6);
    expect(json.perType.LOC.fn).toBe(1);
  });

  it('exits 2 naming the file when the data folder has no UNER file', async () => {
    const r = await run(['uner', '--data', mkdtempSync(join(tmpdir(), 'faktum-nodata-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no UNER file at .*uner-german-pud\/de_pud-ud-test\.iob2/);
  });
});
