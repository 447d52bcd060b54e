import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/document/doc.js';
import { checkInvariants } from '../../../src/document/invariants.js';
import { ingestStage } from '../../../src/stages/ingest/index.js';
import { tokenizeStage } from '../../../src/stages/tokenize/index.js';

async function tokenize(text: string) {
  const doc = createDoc(text);
  await (await ingestStage.create({}, { root: '.', kbFiles: [] }))(doc);
  await (await tokenizeStage.create({}, { root: '.', kbFiles: [] }))(doc);
  return doc;
}

describe('tokenize.de.v1', () => {
  it.each([
    ['abbreviation z. B.', 'Firmen wie z. B. Siemens wachsen.', ['Firmen', 'wie', 'z.', 'B.', 'Siemens', 'wachsen', '.']],
    ['title Dr.', 'Dr. Anna Klein sprach.', ['Dr.', 'Anna', 'Klein', 'sprach', '.']],
    ['u. a. and Nr.', 'Er nannte u. a. Haus Nr. 5.', ['Er', 'nannte', 'u.', 'a.', 'Haus', 'Nr.', '5', '.']],
    ['ordinal before month', 'Am 3. März 2025 stieg der Kurs.', ['Am', '3.', 'März', '2025', 'stieg', 'der', 'Kurs', '.']],
    ['decimal comma', 'Der Umsatz stieg um 4,5 Prozent.', ['Der', 'Umsatz', 'stieg', 'um', '4,5', 'Prozent', '.']],
    ['thousands separator', 'Rund 35.000 Menschen kamen.', ['Rund', '35.000', 'Menschen', 'kamen', '.']],
    ['hyphen compounds', 'Der Nvidia-Chef lobt die US-Regierung.', ['Der', 'Nvidia-Chef', 'lobt', 'die', 'US-Regierung', '.']],
    ['German quotes', '„Wir liefern“, sagte er.', ['„', 'Wir', 'liefern', '“', ',', 'sagte', 'er', '.']],
    ['brackets and party', 'Patrick Schnieder (CDU) sprach.', ['Patrick', 'Schnieder', '(', 'CDU', ')', 'sprach', '.']],
    ['dateline', 'Paris (dpa) - Airbus liefert.', ['Paris', '(', 'dpa', ')', '-', 'Airbus', 'liefert', '.']],
    ['genitive apostrophe', "Siemens' Umsatz stieg.", ["Siemens'", 'Umsatz', 'stieg', '.']],
    ['truncated compound', 'Bundes- und Landesebene', ['Bundes-', 'und', 'Landesebene']],
    ['regression: model name with an inner period', 'VW baut den ID.3 in Zwickau.', ['VW', 'baut', 'den', 'ID.3', 'in', 'Zwickau', '.']],
    ['soft hyphen inside word', 'Die Nvi\u00ADdia-Aktie stieg.', ['Die', 'Nvi\u00ADdia-Aktie', 'stieg', '.']],
  ])('%s', async (_name, text, expected) => {
    const doc = await tokenize(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(expected);
    expect(checkInvariants(doc)).toEqual([]);
  });

  it.each([
    ['ordinal is no sentence end', 'Am 3. März kam er. Dann ging er.', 2],
    ['abbreviation is no sentence end', 'Er kam z. B. mit Dr. Klein an. Sie blieb.', 2],
    ['year ends a sentence', 'Das war im Jahr 2025. Danach kam mehr.', 2],
    ['quote closes the sentence', '„Wir kommen.“ Dann ging er.', 2],
    ['question and exclamation', 'Wer kommt? Alle! Gut.', 3],
    ['lower case after period continues', 'Es kostet ca. zehn Euro.', 1],
    ['regression: no space after the period', 'Die Anlage V236-15.0 MW dreht sich.', 1],
  ])('sentences: %s', async (_name, text, count) => {
    const doc = await tokenize(text);
    expect(doc.sentences).toHaveLength(count);
  });

  it('exposes the parts of hyphen compounds as spans into the text', async () => {
    const doc = await tokenize('Die H20-Chips der US-Regierung.');
    const parts = doc.tokens.filter((t) => t.parts).map((t) => t.parts!.map((p) => doc.text.slice(p.start, p.end)));
    expect(parts).toEqual([['H20', 'Chips'], ['US', 'Regierung']]);
  });

  it('skips the metadata prefix and ends sentences at block boundaries', async () => {
    const doc = await tokenize(' date 2025-07 Überschrift ohne Punkt\n\nPeking - Der Text beginnt hier.');
    expect(doc.meta.datePublished).toBe('2025-07');
    expect(doc.meta.dateline).toBe('Peking');
    expect(doc.tokens[0].text).toBe('Überschrift');
    expect(doc.sentences.map((s) => doc.sentences.indexOf(s) >= 0 && s.block)).toEqual(['headline', 'body']);
  });
});
