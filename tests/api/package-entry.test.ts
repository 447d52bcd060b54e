import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, tmp } from '../batch/helpers.js';

/**
 * faktum as another project gets it: `npm pack`, the tarball unpacked as `node_modules/faktum` of a fresh project,
 * and the README's library example imported by package name. Offline: the fresh project's other packages are
 * symlinks to this repository's node_modules (faktum's dependencies, resolved as npm would install them beside it);
 * faktum itself is only what the tarball holds, so a file missing from `files` or a wrong `exports` fails here.
 * dist/ comes from `npm install` (the `prepare` script), rebuilt when stale; `--ignore-scripts` packs it as it is
 * rather than rebuilding it under the other test files' feet.
 */
let project: string;
let packed: string[];

beforeAll(() => {
  ensureBuilt();
  const packDir = tmp('faktum-pack-');
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info.files.map((f) => f.path);

  project = tmp('faktum-consumer-');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { faktum: `file:${join(packDir, info.filename)}` } }));
  const modules = join(project, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') || name === 'faktum') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
  execFileSync('tar', ['-xzf', join(packDir, info.filename), '-C', modules]);
  renameSync(join(modules, 'package'), join(modules, 'faktum'));
}, 120_000);

describe('the installed package', () => {
  it('packs the built API and what it reads at run time, not the sources or tests', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'bin/faktum.js', 'dist/api.js', 'dist/api.d.ts', 'dist/cli/main.js', 'dist/batch/worker.js', 'pipelines/de-news.json', 'pipelines/pipeline.schema.json', 'models/de-ner-v1/model.bin', 'shapes/faktum.shacl.ttl']));
    expect(packed.filter((p) => /^(src|tests|corpus|output)\//.test(p))).toEqual([]);
  });

  it("runs the README's library example, imported by package name", () => {
    const script = `import { openPipeline, extractText } from 'faktum';
import pkg from 'faktum/package.json' with { type: 'json' };
const pipeline = await openPipeline();
const doc = await extractText(pipeline, 'Bahnchef Richard Lutz trat zurück.');
const linked = await extractText(pipeline, 'Niclas Füllkrug traf zum 1:0 für Werder Bremen.');
console.log(JSON.stringify({ version: pkg.version, mentions: doc.mentions.map((m) => [m.text, m.type]), qids: linked.entities.map((e) => e.qid) }));
`;
    writeFileSync(join(project, 'example.mjs'), script);
    const result = spawnSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.status).toBe(0);
    const { version, mentions, qids } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}');
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(mentions).toContainEqual(['Richard Lutz', 'PER']);
    // Füllkrug's id comes from the compiled link table (data/kb/compiled/), which the package must hold.
    expect(qids).toContain('Q326159');
  });

  it("runs the package's command line (worker threads, shapes) from the installed copy", () => {
    mkdirSync(join(project, 'in'));
    writeFileSync(join(project, 'in', 'bahn.txt'), 'Bahnchef Richard Lutz trat zurück.\n');
    const cli = join(project, 'node_modules', 'faktum', 'bin', 'faktum.js');
    const run = spawnSync(process.execPath, [cli, 'run', 'in', '--out', 'out', '--jobs', '1', '--json'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    const validate = spawnSync(process.execPath, [cli, 'validate', 'out'], { cwd: project, encoding: 'utf8' });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    expect(readFileSync(join(project, 'out', 'bahn.jsonld'), 'utf8')).toContain('"nif:anchorOf": "Richard Lutz"');
  });

  it('gives TypeScript the types of the same entry point', () => {
    writeFileSync(join(project, 'example.ts'), `import { openPipeline, extractText, type Doc } from 'faktum';\nconst doc: Doc = await extractText(await openPipeline(), 'Text');\nexport const n: number = doc.mentions.length;\n`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['example.ts'] }));
    const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
