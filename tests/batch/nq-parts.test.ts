import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuadsOrder } from '../../src/batch/nq-parts.js';
import { tmp } from './helpers.js';

const line = (n: number, name: string) => `<https://w3id.org/faktum/article/${n}> <http://schema.org/name> "${name}" .\n`;

/** A segment of `count` articles, each `size` bytes of N-Quads or so; returns their places. */
function segment(out: string, name: string, count: number, size: number): Array<[string, number, number]> {
  mkdirSync(join(out, '.faktum/nq'), { recursive: true });
  const parts = Array.from({ length: count }, (_, i) => line(i, `Würzburg ${name} ${i}`.padEnd(size, '.')));
  writeFileSync(join(out, '.faktum/nq', name), parts.join(''));
  let offset = 0;
  return parts.map((p) => {
    const place: [string, number, number] = [`.faktum/nq/${name}`, offset, Buffer.byteLength(p)];
    offset += place[2];
    return place;
  });
}

describe('QuadsOrder: all.nq copied from the segments as the run goes, named at the end', () => {
  it.each([
    ['a few small articles (copied at the end)', 5, 200],
    ['more than the 4 MB copied at a time (copied during the run)', 40, 300_000],
  ])('%s: in the order added, and no all.nq before assemble', (_name, count, size) => {
    const out = tmp();
    const first = segment(out, 'a.nq', count, size);
    const second = segment(out, 'b.nq', 2, 100);
    const order = new QuadsOrder(out, 'all.nq');
    const places = [second[1], ...first, second[0]];
    for (const place of places) order.add(place);
    expect(existsSync(join(out, 'all.nq'))).toBe(false);
    expect(order.assemble()).toEqual([]);
    const expected = places.map(([seg, offset, length]) => readFileSync(join(out, seg)).subarray(offset, offset + length).toString()).join('');
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(expected);
    expect(readdirSync(out).sort()).toEqual(['.faktum', 'all.nq']);
  });

  it('a segment that cannot be read is reported and its articles left out; the others are copied', () => {
    const out = tmp();
    const places = segment(out, 'a.nq', 2, 100);
    const order = new QuadsOrder(out, 'all.nq');
    order.add(places[0]);
    order.add(['.faktum/nq/fehlt.nq', 0, 10]);
    order.add(places[1]);
    expect(order.assemble()).toEqual([expect.stringMatching(/^\.faktum\/nq\/fehlt\.nq: ENOENT/)]);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(readFileSync(join(out, '.faktum/nq/a.nq'), 'utf8'));
  });

  it('a run that ends without assemble (a usage error) keeps the old all.nq and leaves no temporary file', () => {
    const out = tmp();
    writeFileSync(join(out, 'all.nq'), line(0, 'alt'));
    const order = new QuadsOrder(out, 'all.nq');
    for (const place of segment(out, 'a.nq', 20, 300_000)) order.add(place);
    expect(existsSync(join(out, 'all.nq.faktum-tmp'))).toBe(true);
    order.close();
    expect(readdirSync(out).sort()).toEqual(['.faktum', 'all.nq']);
    expect(readFileSync(join(out, 'all.nq'), 'utf8')).toBe(line(0, 'alt'));
  });
});
