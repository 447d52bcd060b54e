import { describe, expect, it } from 'vitest';
import { HeldEntries } from '../../src/batch/manifest-held.js';
import type { ManifestEntry } from '../../src/batch/manifest-lines.js';
import { sourceDigest } from '../../src/batch/orphans.js';

const entry: ManifestEntry = {
  input: 'politik/2026-12-07-bundestag.txt',
  sha256: 'a'.repeat(64),
  pipeline: 'p1',
  route: 'de-news',
  routing: 'lang=de',
  output: 'politik/2026-12-07-bundestag.jsonld',
  nq: ['.faktum-nq/0001.nq', 120, 480],
  file: '/daten/politik/2026-12-07-bundestag.txt',
};

describe('HeldEntries', () => {
  const held = new HeldEntries();
  held.hold(entry);

  it('gives back the route, the N-Quads place and the source of a done input', () => {
    expect([held.routeOf(entry.input), held.doneQuads(entry), held.sourceOf(entry.input)]).toEqual(['de-news', entry.nq, sourceDigest(entry)]);
    expect([...held.segments()]).toEqual(['.faktum-nq/0001.nq']);
  });

  it.each([
    ['other content', { sha256: 'b'.repeat(64) }],
    ['another output', { output: 'politik/anders.jsonld' }],
    ['another routing', { routing: 'lang=auto' }],
    ['another pipeline fingerprint', { pipeline: 'p2' }],
  ])('wants an input done again after %s', (_case, change) => {
    expect(held.doneQuads({ ...entry, ...change })).toBeUndefined();
  });

  it('forgets an input, and a later entry replaces an earlier one', () => {
    const h = new HeldEntries();
    h.hold(entry);
    h.hold({ ...entry, route: 'de-legal', nq: ['.faktum-nq/0002.nq', 0, 90] });
    expect([h.routeOf(entry.input), [...h.segments()]]).toEqual(['de-legal', ['.faktum-nq/0002.nq']]);
    h.forget(entry.input);
    expect([h.routeOf(entry.input), h.doneQuads(entry), h.segments().size]).toEqual([undefined, undefined, 0]);
  });
});
