import { describe, expect, it } from 'vitest';
import { checkAnchors, plainQuads } from '../../src/rdf/checks.js';
import { jsonLdToNQuads, parseNQuads } from '../../src/rdf/offline.js';
import { extractionNodes, jsonLdOf, nodesOfType } from './fixture.js';

// NIF offsets count Unicode code points (RFC 5147): an emoji (two UTF-16 units) before a name counts as one.
describe('NIF offsets in code points', () => {
  const text = 'Nvidia 🚀 Rekord: Nvidia-Chef Jensen Huang kündigt an, wieder H20-Chips nach China zu liefern. 👍 US-Präsident Donald Trump hatte zugestimmt.';

  it('counts an emoji before a name as one', async () => {
    const nodes = extractionNodes(await jsonLdOf(text, 'de/emoji.txt'));
    const phrase = (anchor: string) => nodesOfType(nodes, 'nif:Phrase').find((n) => n['nif:anchorOf'] === anchor)!;
    const huang = phrase('Jensen Huang');
    const utf16 = text.indexOf('Jensen Huang');
    expect(huang['nif:beginIndex']).toBe(utf16 - 1);
    expect(huang['nif:endIndex']).toBe(utf16 - 1 + 'Jensen Huang'.length);
    const trump = phrase('Donald Trump');
    expect(trump['nif:beginIndex']).toBe(text.indexOf('Donald Trump') - 2);
    expect([...text].slice(trump['nif:beginIndex'] as number, trump['nif:endIndex'] as number).join('')).toBe('Donald Trump');
    expect(huang['@id']).toMatch(new RegExp(`#char=${utf16 - 1},${utf16 - 1 + 12}$`));
  });

  it('gives every phrase and sentence an anchor equal to its code point slice, and the context its length', async () => {
    const json = await jsonLdOf(text, 'de/emoji.txt');
    expect(checkAnchors('emoji', plainQuads(parseNQuads(await jsonLdToNQuads(json))))).toEqual([]);
    const context = nodesOfType(extractionNodes(json), 'nif:Context')[0];
    expect(context['nif:endIndex']).toBe([...text].length);
  });

  it('flags an offset counted in UTF-16 units', async () => {
    const json = await jsonLdOf(text, 'de/emoji.txt');
    const huang = nodesOfType(extractionNodes(json), 'nif:Phrase').find((n) => n['nif:anchorOf'] === 'Jensen Huang')!;
    huang['nif:beginIndex'] = text.indexOf('Jensen Huang');
    huang['nif:endIndex'] = text.indexOf('Jensen Huang') + 12;
    const found = checkAnchors('emoji', plainQuads(parseNQuads(await jsonLdToNQuads(json))));
    expect(found).toHaveLength(1);
    expect(found[0].node).toBe(huang['@id']);
    expect(found[0].reason).toContain('"Jensen Huang"');
  });
});
