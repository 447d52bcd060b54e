import { describe, expect, it } from 'vitest';
import { childPath, escapeName, latin1Name } from '../../src/batch/raw-names.js';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('names that are not UTF-8 (issue 18, item 10: a Latin-1 file name was "no such file")', () => {
  it.each([
    // name bytes, shown (manifest key, errors.jsonl), decoded (output name)
    ['Latin-1 ü', latin1('M\xfcller-Bericht.txt'), 'M\\xfcller-Bericht.txt', 'Müller-Bericht.txt'],
    ['Latin-1 ä, ß', latin1('Stra\xdfenbahn-M\xe4rz.txt'), 'Stra\\xdfenbahn-M\\xe4rz.txt', 'Straßenbahn-März.txt'],
    ['UTF-8 ö beside a stray Latin-1 é', Buffer.concat([Buffer.from('Köln-'), latin1('Caf\xe9.txt')]), 'Köln-Caf\\xe9.txt', 'Köln-Café.txt'],
    ['a backslash in such a name is escaped too', latin1('a\\x\xfc.txt'), 'a\\x5cx\\xfc.txt', 'a\\xü.txt'],
    ['a truncated UTF-8 sequence', Buffer.from([0x42, 0xc3, 0x2e, 0x74, 0x78, 0x74]), 'B\\xc3.txt', 'BÃ.txt'],
  ])('%s', (_name, bytes, shown, decoded) => {
    expect(escapeName(bytes)).toBe(shown);
    expect(latin1Name(bytes)).toBe(decoded);
  });

  it.each([
    ['a UTF-8 name in a plain folder: text only', { shown: 'in', decoded: 'in' }, Buffer.from('Müller.txt'), { shown: 'in/Müller.txt', decoded: 'in/Müller.txt', raw: undefined }],
    ['a Latin-1 name: its bytes are kept', { shown: 'in/', decoded: 'in/' }, latin1('M\xfcller.txt'), { shown: 'in/M\\xfcller.txt', decoded: 'in/Müller.txt', raw: Buffer.concat([Buffer.from('in//'), latin1('M\xfcller.txt')]) }],
    ['a UTF-8 name in a Latin-1 folder: the folder\'s bytes are kept', { shown: 'in/Gr\\xfc\\xdfe', decoded: 'in/Grüße', raw: latin1('in/Gr\xfc\xdfe') }, Buffer.from('Brief.txt'), { shown: 'in/Gr\\xfc\\xdfe/Brief.txt', decoded: 'in/Grüße/Brief.txt', raw: latin1('in/Gr\xfc\xdfe/Brief.txt') }],
  ])('childPath: %s', (_name, dir, name, expected) => {
    const child = childPath(dir, name);
    expect({ shown: child.shown, decoded: child.decoded }).toEqual({ shown: expected.shown, decoded: expected.decoded });
    expect(child.raw?.toString('hex')).toBe(expected.raw?.toString('hex'));
  });
});
