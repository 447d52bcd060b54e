import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestLine, parseManifestLine } from '../../src/batch/manifest-lines.js';
import { root, runFake } from '../batch/helpers.js';
import { article, ensureBuilt, inspectOutput, tmp } from './helpers.js';

/** A folder of German articles named as given (`feed.jsonl` holds two records). */
function folder(names: string[]): string {
  const dir = tmp('faktum-deleted-in-');
  names.forEach((name, i) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    const text = name.endsWith('.jsonl') ? `${JSON.stringify({ id: 'r1', text: article(i) })}\n${JSON.stringify({ id: 'r2', text: article(i + 100) })}\n` : article(i);
    writeFileSync(join(dir, name), text);
  });
  return dir;
}

const read = (path: string) => readFileSync(path, 'utf8');

/** Rewrites a manifest as a faktum before input paths were recorded wrote it (lines without `file`). */
function withoutPaths(out: string): void {
  const path = join(out, '.faktum-manifest.jsonl');
  const lines = read(path).split('\n').filter(Boolean).map((line) => {
    const entry = parseManifestLine(line);
    if (!entry) return `${line}\n`;
    delete entry.file;
    return manifestLine(entry);
  });
  writeFileSync(path, lines.join(''));
}

describe('outputs of inputs deleted since an earlier run: counted, kept, out of all.nq (issue 18, item 10)', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([
    ['one of three inputs deleted', ['Berlin.txt', 'Bonn.txt', 'Köln.txt'], async (input: string, out: string) => {
      rmSync(join(input, 'Bonn.txt'));
      return runFake({ inputs: [input], out });
    }, 1, ['Berlin.txt', 'Köln.txt']],
    ['the JSON Lines file of two records deleted', ['Berlin.txt', 'feed.jsonl'], async (input: string, out: string) => {
      rmSync(join(input, 'feed.jsonl'));
      return runFake({ inputs: [input], out });
    }, 2, ['Berlin.txt']],
    ['a record taken out of a JSON Lines file that is still there: not deleted', ['Berlin.txt', 'feed.jsonl'], async (input: string, out: string) => {
      writeFileSync(join(input, 'feed.jsonl'), `${JSON.stringify({ id: 'r1', text: article(1) })}\n`);
      return runFake({ inputs: [input], out });
    }, 0, ['Berlin.txt', 'feed.jsonl#r1']],
    ['an input not named in this run is not deleted', ['Berlin.txt', 'Bonn.txt'], async (input: string, out: string) => runFake({ inputs: [join(input, 'Bonn.txt')], out }), 0, ['Bonn.txt']],
    ['other inputs into the same --out are not deleted', ['Berlin.txt', 'Bonn.txt'], async (_input: string, out: string) => runFake({ inputs: [folder(['Hamburg.txt'])], out }), 0, ['Hamburg.txt']],
    ['the input folder moved: its new place is recorded', ['Berlin.txt', 'Bonn.txt'], async (input: string, out: string) => {
      renameSync(input, `${input}-neu`);
      expect(await runFake({ inputs: [`${input}-neu`], out })).toMatchObject({ upToDate: 2, orphaned: 0 });
      return runFake({ inputs: [folder(['Hamburg.txt'])], out });
    }, 0, ['Hamburg.txt']],
    ['a manifest without input paths (an earlier faktum): never taken for deleted', ['Berlin.txt', 'Bonn.txt'], async (input: string, out: string) => {
      withoutPaths(out);
      rmSync(join(input, 'Bonn.txt'));
      return runFake({ inputs: [input], out });
    }, 0, ['Berlin.txt']],
  ])('%s', async (_name, names, rerun, orphaned, inAllNq) => {
    const input = folder(names);
    const out = tmp('faktum-deleted-out-');
    const first = await runFake({ inputs: [input], out });
    expect(first).toMatchObject({ failed: 0, orphaned: 0, pruned: 0 });
    const before = inspectOutput(out).outputs.sort();
    expect(await rerun(input, out)).toMatchObject({ failed: 0, orphaned, pruned: 0 });
    const after = inspectOutput(out);
    expect(after.problems).toEqual([]);
    expect(after.nqArticles.sort()).toEqual(inAllNq);
    // Nothing is removed without --prune.
    expect(before.every((file) => after.outputs.includes(file))).toBe(true);
  }, 60_000);
});

describe('--prune removes exactly the outputs of deleted inputs and their manifest lines', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it.each([
    ['one deleted input', (input: string) => rmSync(join(input, 'Bonn.txt')), 1, ['Berlin.jsonld', 'Köln.jsonld', 'feed/r1.jsonld', 'feed/r2.jsonld']],
    ['a deleted input whose output another input of the run now writes', (input: string) => {
      rmSync(join(input, 'Bonn.txt'));
      writeFileSync(join(input, 'Bonn.md'), article(7));
    }, 0, ['Berlin.jsonld', 'Bonn.jsonld', 'Köln.jsonld', 'feed/r1.jsonld', 'feed/r2.jsonld']],
    ['a file in --out that faktum did not write stays', (input: string, out: string) => {
      rmSync(join(input, 'Bonn.txt'));
      writeFileSync(join(out, 'Notizen.jsonld'), '{"meine": "Notizen"}\n');
    }, 1, ['Berlin.jsonld', 'Köln.jsonld', 'Notizen.jsonld', 'feed/r1.jsonld', 'feed/r2.jsonld']],
    ['a run killed after it removed the output, before the manifest: the next --prune finishes', (input: string, out: string) => {
      rmSync(join(input, 'Bonn.txt'));
      rmSync(join(out, 'Bonn.jsonld'));
    }, 1, ['Berlin.jsonld', 'Köln.jsonld', 'feed/r1.jsonld', 'feed/r2.jsonld']],
  ])('%s', async (_name, change, pruned, outputs) => {
    const input = folder(['Berlin.txt', 'Bonn.txt', 'Köln.txt', 'feed.jsonl']);
    const out = tmp('faktum-prune-out-');
    await runFake({ inputs: [input], out });
    change(input, out);
    expect(await runFake({ inputs: [input], out, prune: true })).toMatchObject({ failed: 0, orphaned: 0, pruned });
    const after = inspectOutput(out);
    expect(after.problems).toEqual([]);
    expect(after.outputs.sort()).toEqual(outputs);
    expect(after.manifestInputs).not.toContain('Bonn.txt');
    // A second run finds nothing left to prune, and all.nq is whole.
    expect(await runFake({ inputs: [input], out, prune: true })).toMatchObject({ orphaned: 0, pruned: 0, processed: 0 });
    expect(inspectOutput(out).nqArticles.length).toBe(outputs.filter((o) => o !== 'Notizen.jsonld').length);
  }, 60_000);

  it('a shard prunes its own deleted inputs only; another shard\'s entries and outputs are untouched', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `Meldung-${i}.txt`);
    const input = folder(names);
    const out = tmp('faktum-prune-shard-');
    const shard = (index: number) => ({ index, count: 2 });
    await runFake({ inputs: [input], out, shard: shard(0) });
    await runFake({ inputs: [input], out, shard: shard(1) });
    const otherManifest = read(join(out, '.faktum-manifest.shard-1-of-2.jsonl'));
    const inShard1 = otherManifest.split('\n').filter(Boolean).map((l) => parseManifestLine(l)!.input);
    expect(inShard1.length).toBeGreaterThan(0);
    expect(inShard1.length).toBeLessThan(8);
    for (const name of names) rmSync(join(input, name));
    writeFileSync(join(input, 'neu.txt'), article(99));
    const zero = await runFake({ inputs: [input], out, shard: shard(0), prune: true });
    expect(zero.pruned).toBe(8 - inShard1.length);
    // An unsharded run into the folder owns none of the shards' entries either.
    expect(await runFake({ inputs: [input], out, prune: true })).toMatchObject({ orphaned: 0, pruned: 0 });
    expect(read(join(out, '.faktum-manifest.shard-1-of-2.jsonl'))).toBe(otherManifest);
    for (const name of inShard1) expect(existsSync(join(out, name.replace('.txt', '.jsonld')))).toBe(true);
    expect(inspectOutput(out).problems).toEqual([]);
  }, 60_000);
});

describe('the CLI: summary, --prune, and faktum query --in', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  const faktum = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'faktum.js'), ...args], { encoding: 'utf8' });

  it('faktum query --in leaves out outputs of deleted inputs, with one message naming how many', async () => {
    const input = folder(['Berlin.txt', 'Bonn.txt', 'Köln.txt']);
    const out = tmp('faktum-deleted-query-');
    await runFake({ inputs: [input], out });
    const count = 'SELECT (COUNT(?s) AS ?n) WHERE { ?s <http://schema.org/text> ?t }';
    expect(faktum('query', '--in', out, '--format', 'csv', count).stdout).toMatch(/^n\r?\n3\r?\n$/);
    rmSync(join(input, 'Bonn.txt'));
    rmSync(join(input, 'Köln.txt'));
    const query = faktum('query', '--in', out, '--format', 'csv', count);
    expect(query.status).toBe(0);
    expect(query.stdout).toMatch(/^n\r?\n1\r?\n$/);
    expect(query.stderr.trim().split('\n')).toEqual([`faktum query: left out 2 outputs of deleted inputs in ${out} (\`faktum run ... --out ${out} --prune\` removes them)`]);
  }, 60_000);

  it('bin/faktum.js run says how many outputs of deleted inputs it left, and --prune removes them', () => {
    const input = join(tmp('faktum-deleted-cli-'), 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'Berlin.txt'), 'Die Bundesregierung in Berlin hat am Montag mit den Ländern über die Strompreise beraten.\n');
    writeFileSync(join(input, 'Bonn.txt'), 'Der Stadtrat in Bonn hat am Dienstag über den Haushalt beraten und den Bericht der Kommission gelobt.\n');
    const out = join(tmp('faktum-deleted-cli-out-'), 'out');
    expect(faktum('run', input, '--out', out, '--jobs', '2').status).toBe(0);
    rmSync(join(input, 'Bonn.txt'));
    const kept = faktum('run', input, '--out', out, '--jobs', '2');
    expect(kept.status).toBe(0);
    expect(kept.stdout).toMatch(/; 1 output of deleted inputs left in place, not in all\.nq \(--prune removes them\)$/m);
    expect(existsSync(join(out, 'Bonn.jsonld'))).toBe(true);
    const pruned = faktum('run', input, '--out', out, '--jobs', '2', '--prune');
    expect(pruned.stdout).toMatch(/; 1 output of deleted inputs removed \(--prune\)$/m);
    expect(existsSync(join(out, 'Bonn.jsonld'))).toBe(false);
    expect(existsSync(join(out, 'Berlin.jsonld'))).toBe(true);
    expect(faktum('run', '--help').stdout).toMatch(/--prune\s+remove the outputs/);
  }, 120_000);
});
