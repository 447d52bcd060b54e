import { describe, expect, it } from 'vitest';
import { clearlyGerman } from '../../src/batch/lang-quick.js';

const MERZ =
  'Bundeskanzler Friedrich Merz hat am Dienstag in Berlin die Vertreter von Gewerkschaften, Arbeitgeberverbänden und Ländern empfangen. Themen waren die Energiepreise, der Fachkräftemangel, Bürokratieabbau sowie Investitionen in Schienen, Brücken und Digitalisierung. Konkrete Beschlüsse blieben aus; weitere Gespräche sollen im Herbst folgen, teilte Regierungssprecher Stefan Kornelius anschließend mit. Gewerkschaftschefin Yasmin Fahimi sprach von einem guten Auftakt.';

describe('clearlyGerman: German beyond doubt from its function words, else franc decides', () => {
  it.each([
    ['German news, a fifth function words', 'Die Bundesregierung hat am Montag neue Regeln für den Strommarkt beschlossen, sagte ein Sprecher in Berlin. Die Opposition kritisierte die Pläne und forderte mehr Geld für die Netze.', true],
    // 54 words, 8 of them function words (15%): from 40 words on an eighth is enough.
    ['longer German news with many nouns (15%)', MERZ, true],
    // The same share in 20 words is not enough: short texts need a fifth.
    ['short German news with many nouns (15%)', 'Bundeskanzler Friedrich Merz hat am Dienstag in Berlin die Vertreter von Gewerkschaften, Arbeitgeberverbänden und Ländern empfangen. Themen waren Energiepreise.', false],
    ['fewer than 12 words', 'Die Bahn und der Bund streiten über das Geld.', false],
    ['English quoting German', 'The chancellor, Friedrich Merz, met union leaders in Berlin on Tuesday. "Wir haben über die Energiepreise und den Fachkräftemangel gesprochen", he said afterwards, adding that the talks would continue in the autumn and that the government was committed to lower prices for households and industry.', false],
    ['Dutch news', 'De Nederlandse regering heeft dinsdag in Den Haag nieuwe regels voor de energiemarkt gepresenteerd. Volgens minister Sophie Hermans moeten die regels de prijzen voor huishoudens en bedrijven stabiliseren. De oppositie sprak van een gemiste kans, maar de werkgevers reageerden positief. Het kabinet wil de wet nog voor de zomer door de Tweede Kamer loodsen, zei een woordvoerder die anoniem wilde blijven.', false],
  ])('%s -> %s', (_name, text, quick) => {
    expect(clearlyGerman(text)).toBe(quick);
  });

  it('a long text the quick path now takes is German for franc as well (regression: the lower share for long texts)', async () => {
    const { francAll } = await import('franc-min');
    const [best] = francAll(MERZ, { minLength: 20, only: ['deu', 'eng', 'nld', 'dan', 'swe', 'nob', 'fra'] });
    expect(best[0]).toBe('deu');
  });
});
