import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareToBaseline, formatFailure, type MetricMap } from '../../src/eval/baseline.js';
import { baselineMetrics, readBaselineFile, updateBaselineFile } from '../../src/eval/baseline-file.js';
import { gatedF1 } from '../../src/eval/gated.js';
import { prf } from '../../src/eval/prf.js';

const thresholds = { microDrop: 0.01, perTypeDrop: 0.03 };

describe('compareToBaseline', () => {
  it.each<[string, MetricMap, MetricMap, string[]]>([
    ['unchanged', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.8 }, []],
    ['improved', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.9 }, []],
    ['micro drop just under 1 point', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.7901 }, []],
    ['micro drop of exactly 1 point', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.79 }, []],
    ['micro drop just over 1 point', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.7899 }, ['a.micro.f1']],
    ['per-type drop just under 3 points', { 'a.perType.ORG.f1': 0.6 }, { 'a.perType.ORG.f1': 0.5701 }, []],
    ['per-type drop of exactly 3 points', { 'a.perType.ORG.f1': 0.6 }, { 'a.perType.ORG.f1': 0.57 }, []],
    ['per-type drop just over 3 points', { 'a.perType.ORG.f1': 0.6 }, { 'a.perType.ORG.f1': 0.5699 }, ['a.perType.ORG.f1']],
    ['2-point per-type drop passes, 2-point micro drop fails', { 'a.perType.ORG.f1': 0.6, 'a.micro.f1': 0.6 }, { 'a.perType.ORG.f1': 0.58, 'a.micro.f1': 0.58 }, ['a.micro.f1']],
    ['missing metric fails', { 'a.micro.f1': 0.8, 'b.micro.f1': 0.5 }, { 'a.micro.f1': 0.8 }, ['b.micro.f1']],
    ['missing metric at 0 still fails', { 'a.perType.PER.f1': 0 }, {}, ['a.perType.PER.f1']],
    ['NaN counts as missing', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': Number.NaN }, ['a.micro.f1']],
    ['metric new in the run passes', { 'a.micro.f1': 0.8 }, { 'a.micro.f1': 0.8, 'new.micro.f1': 0.1 }, []],
    ['several failures, sorted', { 'z.micro.f1': 0.5, 'a.micro.f1': 0.5 }, { 'z.micro.f1': 0.1, 'a.micro.f1': 0.1 }, ['a.micro.f1', 'z.micro.f1']],
  ])('%s', (_name, baseline, run, failing) => {
    expect(compareToBaseline(run, baseline, thresholds).map((f) => f.metric)).toEqual(failing);
  });

  it('names the metric and its drop', () => {
    const [f] = compareToBaseline({ 'mentions.strict.micro.f1': 0.698 }, { 'mentions.strict.micro.f1': 0.712 }, thresholds);
    expect(f.drop).toBeCloseTo(0.014);
    expect(formatFailure(f)).toBe('mentions.strict.micro.f1: 71.20 -> 69.80 (-1.40 points, allowed 1.00)');
    const [missing] = compareToBaseline({}, { 'links.f1': 0.5 }, thresholds);
    expect(formatFailure(missing)).toBe('links.f1: missing from this run (baseline 50.00)');
  });
});

describe('gatedF1', () => {
  it('gates micro and the per-type F1 of types gold has', () => {
    const scores = { micro: prf(1, 1, 1), perType: { ORG: prf(1, 0, 1), PRODUCT: prf(0, 1, 0) } };
    expect(gatedF1('mentions.strict', scores)).toEqual({ 'mentions.strict.micro.f1': 0.5, 'mentions.strict.perType.ORG.f1': 2 / 3 });
  });
});

describe('baseline file', () => {
  it('writes one key, keeps the others, reads back', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'faktum-baseline-')), 'baseline.json');
    updateBaselineFile(path, 'conll:dev', { 'outer.micro.f1': 0.123456 });
    updateBaselineFile(path, 'conll:test', { 'outer.micro.f1': 0.5 });
    updateBaselineFile(path, 'conll:dev', { 'outer.micro.f1': 0.6 });
    const file = readBaselineFile(path);
    expect(baselineMetrics(file, 'conll:dev', path)).toEqual({ 'outer.micro.f1': 0.6 });
    expect(baselineMetrics(file, 'conll:test', path)).toEqual({ 'outer.micro.f1': 0.5 });
    expect(() => baselineMetrics(file, 'corpus:x', path)).toThrow(/no entry "corpus:x".*conll:dev, conll:test/);
    expect(readFileSync(path, 'utf8').endsWith('}\n')).toBe(true);
  });

  it('rejects a missing file with a hint', () => {
    expect(() => readBaselineFile('/nonexistent/baseline.json')).toThrow(/--update-baseline/);
  });
});
