import { describe, expect, it } from 'vitest';
import { extract, mentionLabels } from '../../helpers/pipeline.js';

describe('ner.de.v1 on German sentences', () => {
  it.each([
    ['genitive of a country', 'Deutschlands Exporte sanken.', 'Deutschlands/LOC'],
    ['genitive of a company', 'Airbus kündigte an, dass Airbus’ Werk wächst. Airbus’ Chef schwieg. Siemens’ Umsatz stieg.', "Siemens’/ORG"],
    ['hyphen compound with a company', 'Der Airbus-Chef sprach in Toulouse.', 'Airbus/ORGpart'],
    ['hyphen compound with a country prefix', 'Die US-Wirtschaft wuchs kräftig.', 'US/LOCpart'],
    ['closed compound with a known head', 'Der Siemenschef lobte die Zahlen.', 'Siemens/ORGpart'],
    ['derived adjective', 'Die französische Regierung widersprach.', 'französische/LOCderiv'],
    ['derived adjective of a compound country', 'Der US-amerikanische Konzern wuchs.', 'US-amerikanische/LOCderiv'],
    ['person after a role noun', 'Bahnchef Richard Lutz trat zurück.', 'Richard Lutz/PER'],
    ['person after a title', 'Dr. Anna Weißgerber leitet das Labor.', 'Anna Weißgerber/PER'],
    ['surname after first mention', 'Bahnchef Richard Lutz trat zurück. Lutz sagte, er gehe.', 'Lutz/PER'],
    ['money', 'Der Konzern zahlte 1,2 Milliarden Euro.', '1,2 Milliarden Euro/MONEY'],
    ['percentage', 'Der Umsatz stieg um 3,5 Prozent.', '3,5 Prozent/PERCENT'],
    ['full date', 'Am 3. März 2025 fiel die Entscheidung.', '3. März 2025/DATE'],
    ['weekday', 'Am Dienstag sprach Jensen Huang in Peking.', 'Dienstag/DATE'],
    ['weekday compound', 'Am Freitagabend lenkte Trump ein.', 'Freitagabend/DATE'],
  ])('%s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });

  it.each([
    ['common nouns after a determiner', 'Die Journalisten sahen das Archivbild.'],
    ['a role noun without a name', 'Der Präsident sprach lange.'],
  ])('finds nothing in: %s', async (_name, text) => {
    expect(mentionLabels(await extract(text))).toEqual([]);
  });

  it.each([
    ['money', 'Sie verkauften Chips im Wert von 4,5 Milliarden Dollar.', { type: 'MONEY', value: 4.5e9, unit: 'USD' }],
    ['money in millions', 'Das kostet 350 Millionen Euro.', { type: 'MONEY', value: 3.5e8, unit: 'EUR' }],
    ['percent', 'Die Inflation lag bei 2,1 Prozent.', { type: 'PERCENT', value: 2.1 }],
    ['date with year', 'Am 3. März 2025 kam es.', { type: 'DATE', value: '2025-03-03' }],
    ['month alone', 'Seit April gilt das Verbot.', { type: 'DATE', value: '--04' }],
    ['month and year', 'Im Juli 2025 stieg der Umsatz.', { type: 'DATE', value: '2025-07' }],
    ['day and month', 'Am 12. Mai sprach Huang.', { type: 'DATE', value: '--05-12' }],
    ['ISO month', 'Die Zahlen für 2025-07 kamen spät.', { type: 'DATE', value: '2025-07' }],
    ['year after a cue', 'Seit 2021 liefert Nvidia nach China.', { type: 'DATE', value: '2021' }],
  ])('normalises values: %s', async (_name, text, expected) => {
    const doc = await extract(text);
    expect(doc.values.map(({ mention: _m, ...v }) => v)).toContainEqual(expected);
  });

  it('every mention lies inside one sentence and slices to its text', async () => {
    const doc = await extract('Airbus-Chef Guillaume Faury sprach. Die Bahn fuhr nach München.');
    for (const m of doc.mentions) {
      expect(doc.text.slice(m.start, m.end)).toBe(m.text);
      expect(doc.sentences.some((s) => m.start >= s.start && m.end <= s.end)).toBe(true);
    }
  });
});
