import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/validate.js';
import { SEED, writeCorpusOutput } from '../rdf/fixture.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await validateCommand(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('faktum validate', () => {
  let dir: string;
  let seedFile: string;
  beforeAll(async () => {
    const written = await writeCorpusOutput([SEED]);
    dir = written.dir;
    seedFile = written.files.get(SEED)!;
  });

  it('exits 0 when every file conforms', async () => {
    const { code, out, err } = await run([dir]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/1 file\(s\) conform/);
  });

  it('names file, node and reason of each violation and exits 1', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'faktum-cli-')), 'broken.jsonld');
    const doc = JSON.parse(readFileSync(seedFile, 'utf8'));
    const inner = doc['@graph'].find((n: Record<string, unknown>) => n['@graph'])['@graph'];
    const nvidia = inner.find((n: Record<string, unknown>) => n['schema:name'] === 'Nvidia');
    nvidia['schema:sameAs'] = 'https://www.wikidata.org/wiki/Q182477';
    writeFileSync(broken, JSON.stringify(doc));
    const { code, out } = await run([seedFile, broken]);
    expect(code).toBe(1);
    expect(out).toContain(`${broken}: https://w3id.org/faktum/id/wd/Q182477: schema:sameAs must be one Wikidata entity IRI`);
    expect(out).not.toContain(seedFile);

    const json = await run(['--json', broken]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out);
    expect(report).toMatchObject({ files: 1, conforms: false });
    expect(report.violations.length).toBeGreaterThan(0);
    expect(report.violations[0]).toMatchObject({ file: broken, node: expect.any(String), reason: expect.any(String) });
  });

  it('exits 2 on usage errors: a missing directory, no files, no arguments', async () => {
    const missing = await run(['/nonexistent/output']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file or directory: /nonexistent/output');
    expect((await run([mkdtempSync(join(tmpdir(), 'faktum-empty-'))])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});
