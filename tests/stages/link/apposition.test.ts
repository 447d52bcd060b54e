import { describe, expect, it } from 'vitest';
import { businessRoleBefore } from '../../../src/stages/link/apposition.js';
import { extract } from '../../helpers/pipeline.js';

describe('businessRoleBefore: a business role noun right before a mention', () => {
  it.each([
    ['Konzernchef Alexander Otto spricht im Abendblatt-Interview über den Handel.', 'Alexander Otto', true],
    ['„Das Wachstum bleibt schwach", kommentierte Markit-Chefökonom Chris Williamson.', 'Chris Williamson', true],
    ['Auch der SPD-Verteidigungspolitiker Rainer Arnold nannte es riskant.', 'Rainer Arnold', false],
    ['Schalke-Manager Horst Heldt hatte vergangene Woche bestätigt, dass er bleibt.', 'Horst Heldt', false],
    ['Alexander Otto sprach am Montag in Hamburg.', 'Alexander Otto', false],
  ])('%s', async (text, name, expected) => {
    const doc = await extract(text);
    const mentions = doc.mentions.filter((m) => m.text === name);
    expect(mentions.length).toBeGreaterThan(0);
    expect(businessRoleBefore(doc, mentions)).toBe(expected);
  });
});
