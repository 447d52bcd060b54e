import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { surelyValidConfig, validatePipelineConfig } from '../../src/pipeline/config.js';
import { projectRoot } from '../../src/pipeline/root.js';

const schema = JSON.parse(readFileSync(join(projectRoot, 'pipelines', 'pipeline.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true }).compile(schema);
const shipped = readdirSync(join(projectRoot, 'pipelines')).filter((f) => f.endsWith('.json') && !f.includes('schema'));
const deNews = () => JSON.parse(readFileSync(join(projectRoot, 'pipelines', 'de-news.json'), 'utf8')) as Record<string, any>;

/** Variants of de-news.json, each one change away from it: valid ones and ones the schema refuses. */
const variants: Array<[string, (c: Record<string, any>) => unknown]> = [
  ['as shipped', (c) => c],
  ['without description', ({ description: _d, ...c }) => c],
  ['options of the NER stage empty', (c) => ((c.stages[3].options = {}), c)],
  ['a stage use of a later version', (c) => ((c.stages[1].use = 'tokenize.de.v12'), c)],
  ['name with upper case', (c) => ((c.name = 'De-News'), c)],
  ['name starting with a hyphen', (c) => ((c.name = '-de-news'), c)],
  ['lang of three letters', (c) => ((c.lang = 'deu'), c)],
  ['lang a number', (c) => ((c.lang = 49), c)],
  ['description a number', (c) => ((c.description = 1), c)],
  ['unknown top-level key', (c) => ((c.sprache = 'Deutsch'), c)],
  ['no stages', (c) => ((c.stages = []), c)],
  ['stages an object', (c) => ((c.stages = { use: 'ingest.text.v1' }), c)],
  ['missing name', ({ name: _n, ...c }) => c],
  ['missing lang', ({ lang: _l, ...c }) => c],
  ['stage without use', (c) => ((c.stages[0] = { options: {} }), c)],
  ['stage use without version', (c) => ((c.stages[0].use = 'ingest.text'), c)],
  ['stage use with upper case', (c) => ((c.stages[0].use = 'Ingest.text.v1'), c)],
  ['stage with an unknown key', (c) => ((c.stages[0].modell = 'x'), c)],
  ['stage options an array', (c) => ((c.stages[3].options = ['models/de-ner-v1/model.bin']), c)],
  ['stage options null', (c) => ((c.stages[3].options = null), c)],
  ['stage a string', (c) => ((c.stages[0] = 'ingest.text.v1'), c)],
  ['description undefined (not JSON)', (c) => ((c.description = undefined), c)],
  ['the config an array', (c) => [c]],
  ['the config null', () => null],
];

describe('surelyValidConfig (the fast path that spares loading Ajv)', () => {
  it.each(variants)('%s: accepted only when Ajv accepts it, and then by validatePipelineConfig too', (_name, change) => {
    const value = change(deNews());
    const fast = surelyValidConfig(value);
    if (fast) expect(ajv(value)).toBe(true);
    expect(validatePipelineConfig(value, projectRoot).ok).toBe(ajv(value));
  });

  it.each(shipped)('shipped pipeline %s takes the fast path', (file) => {
    expect(surelyValidConfig(JSON.parse(readFileSync(join(projectRoot, 'pipelines', file), 'utf8')))).toBe(true);
  });

  it.each([
    ['lang of three letters', { ...deNews(), lang: 'deu' }, '/lang: must match pattern "^[a-z]{2}$"'],
    ['unknown top-level key', { ...deNews(), sprache: 'Deutsch' }, '/: must NOT have additional properties "sprache"'],
  ])('%s: Ajv still names the problem', (_name, value, message) => {
    expect(validatePipelineConfig(value, projectRoot)).toEqual({ ok: false, errors: [message] });
  });
});
