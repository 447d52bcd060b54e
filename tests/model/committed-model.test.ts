import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadTagger, PerceptronTagger, TAGS } from '../../src/model/index.js';

// Only needs models/ (committed), not ../shared/data.
const MODEL = 'models/de-ner-v1/model.bin';

describe.runIf(existsSync(MODEL))('the committed model de-ner-v1', () => {
  const started = performance.now();
  const tagger = loadTagger(MODEL);
  const loadMs = performance.now() - started;
  const tag = (sentence: string): string => {
    const words = sentence.split(' ');
    return tagger.tag(words).map((t, i) => `${words[i]}/${t}`).join(' ');
  };

  it('loads synchronously and fast, with its name', () => {
    expect(loadMs).toBeLessThan(1000); // 300 ms target; generous for a loaded CI machine
    expect(tagger.info.name).toBe('de-ner-v1');
  });

  it.each([
    // names that are common nouns (Müller: miller, Wolf: wolf, Bank: bank, Fischer: fisher)
    ['Bundeskanzlerin Angela Merkel traf Thomas Müller in München .', ['Angela/B-PER', 'Merkel/I-PER', 'Thomas/B-PER', 'Müller/I-PER', 'München/B-LOC']],
    ['Peter Wolf wohnt in Hamburg .', ['Peter/B-PER', 'Wolf/I-PER', 'Hamburg/B-LOC']],
    ['Die Deutsche Bank meldet einen Gewinn .', ['Deutsche/B-ORG', 'Bank/I-ORG', 'Gewinn/O']],
    ['Hans Fischer , ein Sprecher der Firma , sagte das .', ['Hans/B-PER', 'Fischer/I-PER', 'Sprecher/O', 'Firma/O']],
    // compound parts
    ['Der Nvidia-Chef Jensen Huang sprach in Berlin .', ['Jensen/B-PER', 'Huang/I-PER', 'Berlin/B-LOC']],
    ['Die US-Regierung verhängt neue Zölle gegen China .', ['US-Regierung/B-LOCpart', 'China/B-LOC']],
    // derived adjectives
    ['Die französische Regierung und die Europäische Union verhandeln in Brüssel .', ['französische/B-LOCderiv', 'Europäische/B-ORG', 'Union/I-ORG', 'Brüssel/B-LOC']],
    ['Der Nvidia-Chef Jensen Huang lobt die französischen Kunden .', ['französischen/B-LOCderiv', 'Kunden/O']],
    // plain names and common nouns
    ['Gerhard Schröder war Vorsitzender der SPD .', ['Gerhard/B-PER', 'Schröder/I-PER', 'Vorsitzender/O', 'SPD/B-ORG']],
    ['Die Lufthansa streicht Flüge nach Frankfurt .', ['Die/O', 'Lufthansa/B-ORG', 'Flüge/O', 'Frankfurt/B-LOC']],
  ])('%s', (sentence, expected) => {
    const tagged = tag(sentence).split(' ');
    for (const e of expected) expect(tagged).toContain(e);
  });

  // Known gap of model 1.1.0 (KB gazetteer features): `Nvidia-Chef` comes out as B-ORG, not B-ORGpart (model
  // 1.0.0 got it right; removing the KB compound-part features did not bring it back). Kept as an expected
  // failure so that a model that fixes it makes this test fail and the expectation moves back above.
  it.fails('tags an organisation compound part as ORGpart (known gap: Nvidia-Chef)', () => {
    expect(tag('Der Nvidia-Chef Jensen Huang sprach in Berlin .').split(' ')).toContain('Nvidia-Chef/B-ORGpart');
  });

  it('returns one valid BIO tag per word, I- only after its B-', () => {
    const words = 'Am Montag sagte der Vorstand von Volkswagen in Wolfsburg , die Lage sei ernst .'.split(' ');
    const tags = tagger.tag(words);
    expect(tags).toHaveLength(words.length);
    tags.forEach((t, i) => {
      expect(TAGS).toContain(t);
      if (t.startsWith('I-')) expect([`B-${t.slice(2)}`, t]).toContain(tags[i - 1]);
    });
    expect(tagger.tag([])).toEqual([]);
  });

  // The sentence-first feature group is summed lazily, the first time a cached word opens a sentence.
  it.each([
    ['Müller', 'Gestern traf Thomas Müller den Trainer .', 'Müller sagte , er sei zufrieden .'],
    ['Siemens', 'Der Konzern Siemens wächst .', 'Siemens baut Stellen ab .'],
    ['Die', 'Er sagte : Die Lage ist ernst .', 'Die Lufthansa streicht Flüge .'],
  ])('tags a sentence opened by a word cached mid-sentence (%s) as a fresh tagger does', (_word, before, sentence) => {
    const fresh = loadTagger(MODEL).tag(sentence.split(' '));
    tagger.tag(before.split(' '));
    expect(tagger.tag(sentence.split(' '))).toEqual(fresh);
  });

  it('tags the same when its word cache fills in the middle of a sentence', () => {
    const sentences = [
      'Bundeskanzlerin Angela Merkel traf Thomas Müller in München .',
      'Die Deutsche Bank meldet einen Gewinn , sagte ein Sprecher in Frankfurt .',
      'Der Nvidia-Chef Jensen Huang sprach in Berlin über neue Chips für China .',
    ].map((s) => s.split(' '));
    const tiny = new PerceptronTagger((tagger as PerceptronTagger).model, 5);
    for (const words of [...sentences, ...sentences]) expect(tiny.tag(words)).toEqual(tagger.tag(words));
  });
});
