import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, InputError } from '../../src/batch/decode.js';

const german = 'Grüße aus München: Äpfel, Öl und Straßen für 4,5 Milliarden Euro.\n';

function failure(bytes: Uint8Array): InputError {
  try {
    decodeBytes(bytes);
  } catch (error) {
    return error as InputError;
  }
  throw new Error('expected a failure');
}

describe('decodeBytes', () => {
  it.each([
    ['UTF-8', Buffer.from(german, 'utf8'), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(german)]), 'utf-8-bom'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(german, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(german, 'utf-16be')]), 'utf-16be'],
    ['Windows-1252', iconv.encode(`${german}„Zitat“ – 10 €\n`, 'windows-1252'), 'windows-1252'],
  ])('reads %s', (_name, bytes, encoding) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith(german)).toBe(true);
    expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('decodes Windows-1252 punctuation', () => {
    expect(decodeBytes(iconv.encode('„Zitat“ – 10 € für Müller', 'windows-1252')).text).toBe('„Zitat“ – 10 € für Müller');
  });

  it('refuses an empty file', () => {
    expect(failure(new Uint8Array()).ruleId).toBe('empty');
    expect(failure(Buffer.from(' \n\t\n')).ruleId).toBe('empty');
  });

  it('refuses a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(failure(png).ruleId).toBe('binary');
  });

  it('reports invalid UTF-8 with its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('Grüße\nMüller sagt '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' nichts')]);
    const error = failure(bytes);
    expect(error.ruleId).toBe('invalid-utf8');
    expect(error.place).toBe('2:13');
    expect(error.message).toContain('0xff');
  });
});
