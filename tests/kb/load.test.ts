import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKb, parseKbJsonl } from '../../src/kb/load.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('user KB (JSON Lines)', () => {
  it('loads good entries, adds them to the indexes and overrides built-ins by id', () => {
    const file = fixture('good.jsonl');
    const kb = loadKb({ files: [file] });
    expect(kb.errors).toEqual([]);
    expect(kb.byId('org:acme-robotics')?.name).toBe('Acme Robotics');
    expect(kb.surfaceIndex().get('Acme Robotics GmbH')?.map((e) => e.id)).toEqual(['org:acme-robotics']);
    expect(kb.surfaceIndex().get('acme robotics gmbh')?.map((e) => e.id)).toEqual(['org:acme-robotics']);
    expect(kb.contextIndex().get('Musterfrau')?.map((e) => e.id)).toEqual(['per:erika-musterfrau']);
    expect(kb.byId('org:nvidia')?.aliases).toContain('Team Green');
    expect(kb.all().filter((e) => e.id === 'org:nvidia')).toHaveLength(1);
    expect(loadKb().byId('org:nvidia')?.aliases).not.toContain('Team Green');
  });

  const bad = loadKb({ files: [fixture('bad.jsonl')] });
  const file = fixture('bad.jsonl');

  it.each([
    [2, /bad JSON/],
    [3, /unknown field "ceo"/],
    [4, /missing required field "name"/],
    [5, /"aliases" must be an array/],
    [6, /duplicate id "org:fine-corp" \(first on line 1\)/],
    [7, /"qid" must match/],
    [8, /prefix .* does not fit type ORG/],
    [9, /country refers to unknown id "loc:atlantis"/],
    [10, /must be a JSON object/],
  ])('reports line %i with file and reason', (line, reason) => {
    const error = bad.errors.find((e) => e.line === line);
    expect(error).toBeDefined();
    expect(error?.file).toBe(file);
    expect(error?.reason).toMatch(reason);
  });

  it('reports nothing for the good line and still loads it', () => {
    expect(bad.errors.some((e) => e.line === 1)).toBe(false);
    expect(bad.errors).toHaveLength(9);
    expect(bad.byId('org:fine-corp')?.name).toBe('Fine Corp');
    expect(bad.byId('org:dangling')).toBeUndefined();
  });

  it('reports an unreadable file as line 0', () => {
    const kb = loadKb({ files: ['/nonexistent/kb.jsonl'] });
    expect(kb.errors).toEqual([{ file: '/nonexistent/kb.jsonl', line: 0, reason: expect.stringMatching(/cannot read file/) }]);
  });

  it('reports an id defined twice across user files', () => {
    const kb = loadKb({ files: [fixture('good.jsonl'), fixture('good.jsonl')] });
    expect(kb.errors.length).toBe(3);
    expect(kb.errors[0]?.reason).toMatch(/already defined in .*good\.jsonl line 2/);
  });

  it('parses text directly, skipping blank and comment lines', () => {
    const parsed = parseKbJsonl('\n// note\n{"id":"loc:atlantis","type":"LOC","schemaType":"City","name":"Atlantis"}\n', 'mem.jsonl');
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual([{ line: 3, entry: expect.objectContaining({ id: 'loc:atlantis' }) }]);
  });
});
