import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocItem } from '../../src/batch/doc-task.js';
import { runDocs, type RunOne } from '../../src/batch/run-docs.js';
import { tmp } from './helpers.js';

const texts: Record<string, string> = {
  'a.txt': 'Die Deutsche Bahn meldet für das erste Halbjahr einen Verlust von 1,2 Milliarden Euro.',
  'b.txt': 'Der FC Bayern München gewinnt in Dortmund mit 3:1 und bleibt Tabellenführer.',
  'c.txt': 'Siemens Energy will in Görlitz 400 neue Stellen schaffen, teilte der Konzern mit.',
};
const quadsOf = (text: string) => `<https://example.org/doc> <http://schema.org/text> "${text}" .\n`;
/** A stand-in pipeline: the JSON-LD file is large (so that its write takes a while), the N-Quads one line. */
const runOne: RunOne = async (task) => ({ ok: true, jsonld: `${JSON.stringify({ text: task.text.repeat(20_000) })}\n`, nquads: quadsOf(task.text) });
const fingerprintOf = async () => ({ ok: true as const, fingerprint: 'fake-1' });

function task(out: string, names: string[]) {
  const items: DocItem[] = names.map((name) => ({ key: name, file: name, abs: join(out, name.replace('.txt', '.jsonld')), rel: name.replace('.txt', '.jsonld'), text: texts[name], meta: { path: name } }));
  return { kind: 'docs' as const, kbFiles: [], routing: { routes: [['de', 'de-news']] as Array<[string, string]>, fallback: 'de-news', lang: 'de' }, items, out, segments: '.faktum/nq', segmentTemp: '.faktum/nq/.task-1.faktum-tmp' };
}

describe('runDocs: outcomes come back when every file of the task is written', () => {
  it.each([
    ['all three written', [] as string[]],
    ['b.jsonld has a folder in the way: it fails alone', ['b.txt']],
    ['a.jsonld and c.jsonld fail, b is written', ['a.txt', 'c.txt']],
  ])('%s', async (_name, blocked) => {
    const out = tmp();
    const names = Object.keys(texts);
    for (const name of blocked) mkdirSync(join(out, name.replace('.txt', '.jsonld'), 'im-weg'), { recursive: true });
    const outcomes = await runDocs(task(out, names), runOne, fingerprintOf);
    const segment = readFileSync(join(out, '.faktum/nq/.task-1.faktum-tmp'), 'utf8');
    let offset = 0;
    names.forEach((name, i) => {
      const outcome = outcomes[i];
      if (blocked.includes(name)) {
        expect(outcome).toMatchObject({ kind: 'failed', ruleId: 'write' });
        expect(outcome.kind === 'failed' && outcome.reason).toMatch(new RegExp(`^cannot write ${name.replace('.txt', '.jsonld')}: E`));
        return;
      }
      // Whole and under its name as soon as the outcomes are there.
      expect(JSON.parse(readFileSync(join(out, name.replace('.txt', '.jsonld')), 'utf8')).text).toHaveLength(texts[name].length * 20_000);
      const length = Buffer.byteLength(quadsOf(texts[name]));
      expect(outcome).toMatchObject({ kind: 'written', fingerprint: 'fake-1', nq: [offset, length], segment: expect.stringMatching(/^\.faktum\/nq\/[0-9a-f]{24}\.nq$/) });
      expect(Buffer.from(segment).subarray(offset, offset + length).toString()).toBe(quadsOf(texts[name]));
      offset += length;
    });
    expect(Buffer.byteLength(segment)).toBe(offset);
  });
});
