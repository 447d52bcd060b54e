import { DataFactory, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { escapeLiteral, literalTerm } from '../../../src/rdf/nquads/literal.js';
import { UnsupportedJsonLd } from '../../../src/rdf/nquads/terms.js';

/** What n3's N-Quads writer puts between the quotes of a plain literal: the escaping literal.ts follows. */
function n3Escaped(value: string): string {
  const { namedNode, literal } = DataFactory;
  const line = new Writer({ format: 'N-Quads' }).quadToString(namedNode('http://a.example/s'), namedNode('http://a.example/p'), literal(value));
  return line.slice(line.indexOf('"') + 1, line.lastIndexOf('"'));
}

describe('escapeLiteral: the escaping of n3\'s canonical N-Quads writer', () => {
  it.each([
    ['plain German text, unchanged', 'Die Bundesregierung in Berlin beschloss am Mittwoch höhere Zölle.', 'Die Bundesregierung in Berlin beschloss am Mittwoch höhere Zölle.'],
    ['typographic quotes and dashes need nothing', '„Wir schaffen das“ – sagte Angela Merkel', '„Wir schaffen das“ – sagte Angela Merkel'],
    ['straight quotes and a backslash', 'Er nannte es "Sondervermögen" (C:\\Haushalt)', 'Er nannte es \\"Sondervermögen\\" (C:\\\\Haushalt)'],
    ['line breaks and a tab', 'Köln\r\nDüsseldorf\tBonn', 'Köln\\r\\nDüsseldorf\\tBonn'],
    ['backspace and form feed', 'Seite 1\fSeite 2\b', 'Seite 1\\fSeite 2\\b'],
    ['other control characters and DEL in upper-case hex', 'Straße\u0001\u001f\u007f', 'Straße\\u0001\\u001F\\u007F'],
    ['characters outside the BMP stay as they are', 'Jubel in München 🎉', 'Jubel in München 🎉'],
    ['U+FEFF and U+FFFD stay as they are', '\ufeffMünchen \ufffd', '\ufeffMünchen \ufffd'],
    ['the empty string', '', ''],
  ])('%s', (_name, value, escaped) => {
    expect(escapeLiteral(value)).toBe(escaped);
    expect(escapeLiteral(value)).toBe(n3Escaped(value));
  });

  it.each([['U+FFFE', 'Zoll\ufffe'], ['U+FFFF', '\uffffHamburg']])('refuses %s, which jsonld.js writes differently', (_name, value) => {
    expect(() => escapeLiteral(value)).toThrow(UnsupportedJsonLd);
  });
});

describe('literalTerm: literals as jsonld.js types them', () => {
  const nodes = { iri: (value: string) => (/^https?:/.test(value) ? `<${value}>` : undefined) };
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  it.each([
    ['a German string, no datatype written', 'Jensen Huang', undefined, '"Jensen Huang"'],
    ['an integer from a JSON number', 2025, undefined, `"2025"^^<${XSD}integer>`],
    ['a JSON number with a fraction is a double', 0.91, undefined, `"9.1E-1"^^<${XSD}double>`],
    ['a boolean', true, undefined, `"true"^^<${XSD}boolean>`],
    // Integers skip the string test for a point (literal.ts isDouble): the same terms as when every number made one.
    ['an offset of 0', 0, undefined, `"0"^^<${XSD}integer>`],
    ['-0 as 0', -0, undefined, `"0"^^<${XSD}integer>`],
    ['an integer just below 1e21', 123456789012345680000, undefined, `"123456789012345683968"^^<${XSD}integer>`],
    ['1e21 is a double', 1e21, undefined, `"1.0E21"^^<${XSD}double>`],
    ['-1e21 is a double', -1e21, undefined, `"-1.0E21"^^<${XSD}double>`],
    ['a fraction printed without a point (1e-7) stays an integer, as before', 1e-7, undefined, `"0"^^<${XSD}integer>`],
    ['a decimal written as a typed string stays as written', '0.91', `${XSD}decimal`, `"0.91"^^<${XSD}decimal>`],
    ['a date typed by the context', '2025-07-15', `${XSD}date`, `"2025-07-15"^^<${XSD}date>`],
  ] as const)('%s', (_name, value, datatype, term) => {
    expect(literalTerm(nodes, value, datatype)).toBe(term);
  });

  it('refuses rdf:langString without a language', () => {
    expect(() => literalTerm(nodes, 'Zölle', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString')).toThrow(UnsupportedJsonLd);
  });
});
