import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, openPipeline } from '../../src/api.js';

const dir = mkdtempSync(join(tmpdir(), 'faktum-kb-'));
const write = (name: string, lines: string[]) => {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};

/** Regression: `faktum run --kb` skipped bad lines of a user KB in silence. */
describe('user KB files (--kb)', () => {
  it('adds entries that the pipeline then finds and links', async () => {
    const file = write('good.jsonl', ['{"id":"org:acme-werke","type":"ORG","schemaType":"Corporation","name":"Acme Werke"}']);
    const doc = await extractText(await openPipeline({ kbFiles: [file] }), 'Die Acme Werke meldeten Gewinne.');
    expect(doc.entities.map((e) => [e.name, e.type, e.kbId])).toContainEqual(["Acme Werke", "ORG", "org:acme-werke"]);
  });

  it.each([
    ['bad JSON', 'not json', ':1: bad JSON'],
    ['a missing name', '{"id":"org:x","type":"ORG","schemaType":"Corporation"}', ':1: missing required field "name"'],
    ['a malformed Wikidata id', '{"id":"org:x","type":"ORG","schemaType":"Corporation","name":"X","qid":"182477"}', ':1:'],
  ])('refuses a file with %s, naming file and line', async (_name, line, message) => {
    const file = write(`${_name.replace(/\W+/g, '-')}.jsonl`, [line]);
    await expect(openPipeline({ kbFiles: [file] })).rejects.toThrow(`${file}${message}`);
  });
});
