import { describe, expect, it } from 'vitest';
import { extract, mentionLabels } from '../../helpers/pipeline.js';

// Issue 16: products named after their maker were a company (ORG) and a lost rest (`Samsung` + nothing, `Apple`
// + nothing), or the code alone (`A380`); sentences in the style of the Leipzig 2015 news.
describe('ner.de.v1: products named after their maker (56-maker-products.ts)', () => {
  it.each([
    ['a phone with its model code', 'Alle Bilder und Infos zum Samsung Galaxy S5 finden Sie hier.', 'Samsung Galaxy S5/PRODUCT'],
    ['a watch', 'Die Apple Watch kommt im April in den Handel.', 'Apple Watch/PRODUCT'],
    ['a payment service', 'Bericht: Apple Pay startet Anfang 2016 in China.', 'Apple Pay/PRODUCT'],
    ['a processor line with its code', 'Im Gerät steckt ein Intel Core i7 mit vier Kernen.', 'Intel Core i7/PRODUCT'],
    ['a car after an adjective', 'Er fuhr mit dem neuen BMW X5 vor.', 'BMW X5/PRODUCT'],
    ['a car model line', 'Der Toyota Hilux gilt als unverwüstlich.', 'Toyota Hilux/PRODUCT'],
    ['an aircraft after an article', 'Die Ermittler sagten, der Airbus A321 sei in großer Höhe auseinandergebrochen.', 'Airbus A321/PRODUCT'],
    ['a Tesla model with its number', 'Das Tesla Model 3 ist das meistverkaufte Elektroauto.', 'Tesla Model 3/PRODUCT'],
  ])('%s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });

  it.each([
    // The seed article: Nvidia sells chips named H20; the code is a part of the compound, Nvidia the company.
    ['a code in a compound after the company', 'Vor Trumps Beschränkungen verkaufte Nvidia H20-Chips im Wert von 4,5 Milliarden Dollar nach China.', 'Nvidia/ORG'],
    // Verb second: the maker is the subject, the number what it delivered.
    ['a number after the maker as subject', 'Im vergangenen Jahr lieferte Airbus 766 Flugzeuge aus.', 'Airbus/ORG'],
    ['a code after the maker as subject', 'Im Frühjahr verkaufte Audi A3 und A4 in großen Stückzahlen.', 'Audi/ORG'],
    // `Model` alone is a word: the product needs its code.
    ['a product line word that needs its code', 'Bei Tesla Model zu sein, ist ein Traum.', 'Tesla/ORG'],
  ])('the company stays a company: %s', async (_name, text, expected) => {
    expect(mentionLabels(await extract(text))).toContain(expected);
  });
});
