import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFake, tmp } from './helpers.js';

const article = (topic: string) => `${topic}\n\nDie Bundesregierung hat am Montag in Berlin neue Regeln für ${topic} beschlossen.\n`;
const errors = (out: string) => readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { reason: string; ruleId: string });

/** Issue 18, item 1: one output the file system refuses killed the batch with a stack trace (exit 1, no summary). */
describe('an output that cannot be written fails its document alone', () => {
  it('a file name whose output would be over 255 bytes', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, `${'a'.repeat(251)}.txt`), article('Lange Namen'));
    writeFileSync(join(dir, 'b.txt'), article('Kurze Namen'));
    const out = tmp();
    expect(await runFake({ inputs: [dir], out })).toMatchObject({ processed: 1, failed: 1 });
    expect(errors(out)[0].reason).toMatch(/is 258 bytes long: file systems take at most 255/);
  });

  it('JSON Lines ids a and a.jsonld/b: the second output has a file where its folder should be', async () => {
    const dir = tmp('faktum-in-');
    const lines = [{ id: 'a', text: article('Erstens') }, { id: 'a.jsonld/b', text: article('Zweitens') }, { id: 'c', text: article('Drittens') }];
    writeFileSync(join(dir, 'batch.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const out = tmp();
    expect(await runFake({ inputs: [dir], out })).toMatchObject({ processed: 2, failed: 1 });
    expect(errors(out)[0]).toMatchObject({ ruleId: 'write' });
  });
});

/** Issue 18, item 5: the fingerprint held the --kb file's path, not its contents, so an edited KB left stale output. */
describe('a rerun redoes what an edited --kb file may change', () => {
  it('runs again when the KB file changes, not when it stays the same', async () => {
    const dir = tmp('faktum-in-');
    writeFileSync(join(dir, 'a.txt'), article('Acme'));
    const kb = join(tmp('faktum-kb-'), 'mine.jsonl');
    writeFileSync(kb, '{"id":"org:acme-werke","type":"ORG","schemaType":"Corporation","name":"Acme Werke"}\n');
    const out = tmp();
    expect(await runFake({ inputs: [dir], out, kbFiles: [kb] })).toMatchObject({ processed: 1 });
    expect(await runFake({ inputs: [dir], out, kbFiles: [kb] })).toMatchObject({ processed: 0, upToDate: 1 });
    writeFileSync(kb, '{"id":"org:acme-werke","type":"ORG","schemaType":"Corporation","name":"Acme Werke","qid":"Q999999993"}\n');
    expect(await runFake({ inputs: [dir], out, kbFiles: [kb] })).toMatchObject({ processed: 1, upToDate: 0 });
  });
});
