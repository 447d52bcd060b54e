import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinEntries, KB_DATA_DIR } from '../../src/kb/builtin.js';
import { parseKbJsonl } from '../../src/kb/parse.js';
import { cachedEntries } from '../../src/kb/parsed-cache.js';
import type { KbEntry } from '../../src/kb/types.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));
const merkel = '{"id":"per:angela-merkel","type":"PER","schemaType":"Person","name":"Angela Merkel","qid":"Q567"}';
const bayern = '{"id":"loc:bayern","type":"LOC","schemaType":"State","name":"Bayern","qid":"Q980"}';

/** Parses a file as builtin.ts does: throws on a bad line. */
const parser = (dir: string) => (file: string): KbEntry[] => {
  const parsed = parseKbJsonl(readFileSync(join(dir, file), 'utf8'), file);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => `${e.file}:${e.line}: ${e.reason}`).join('\n'));
  return parsed.entries.map((p) => p.entry);
};

/** A KB folder with two files. */
function kb(): string {
  const dir = temp('faktum-kb-');
  writeFileSync(join(dir, 'people.jsonl'), `# people\n${merkel}\n`);
  writeFileSync(join(dir, 'places.jsonl'), `${bayern}\n`);
  return dir;
}
const files = ['people.jsonl', 'places.jsonl'];

describe('cachedEntries (shipped KB files parsed once, then read as one JSON text)', () => {
  it('written, then read back: the entries parsing gives, keys in the same order', () => {
    const [dir, cache] = [kb(), temp('faktum-cache-')];
    const fresh = files.flatMap(parser(dir));
    expect(cachedEntries(dir, files, parser(dir), cache)).toEqual(fresh);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(JSON.stringify(cachedEntries(dir, files, () => [], cache))).toBe(JSON.stringify(fresh));
  });

  it.each([
    ['a line changed', (dir: string) => writeFileSync(join(dir, 'places.jsonl'), `${bayern.replace('Bayern', 'Freistaat Bayern')}\n`), ['Angela Merkel', 'Freistaat Bayern']],
    ['a line added', (dir: string) => writeFileSync(join(dir, 'people.jsonl'), `${merkel}\n${merkel.replace(/angela-merkel/, 'olaf-scholz').replace('Angela Merkel', 'Olaf Scholz').replace('Q567', 'Q61053')}\n`), ['Angela Merkel', 'Olaf Scholz', 'Bayern']],
  ])('after %s: parsed afresh', (_name, change, names) => {
    const [dir, cache] = [kb(), temp('faktum-cache-')];
    cachedEntries(dir, files, parser(dir), cache);
    change(dir);
    expect(cachedEntries(dir, files, parser(dir), cache).map((e) => e.name)).toEqual(names);
  });

  it('a bad line in a changed file still throws naming file and line (never answered from the cache)', () => {
    const [dir, cache] = [kb(), temp('faktum-cache-')];
    cachedEntries(dir, files, parser(dir), cache);
    writeFileSync(join(dir, 'places.jsonl'), `${bayern.replace('"LOC"', '"ORT"')}\n`);
    expect(() => cachedEntries(dir, files, parser(dir), cache)).toThrow(/places\.jsonl:1: "type" must be one of/);
  });

  it('the shipped curated entries: builtinEntries begins with what parsing every curated file gives', () => {
    const order = JSON.parse(readFileSync(join(KB_DATA_DIR, 'curated', 'order.json'), 'utf8')) as string[];
    const fresh = order.map((n) => `${n}.jsonl`).flatMap(parser(join(KB_DATA_DIR, 'curated')));
    expect(fresh.length).toBeGreaterThan(1000);
    expect(builtinEntries.slice(0, fresh.length).map((e) => [e.id, e.name, e.qid])).toEqual(fresh.map((e) => [e.id, e.name, e.qid]));
  });
});
