import { describe, expect, it } from 'vitest';
import { StageRegistry } from '../../src/pipeline/registry.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { StageShapeError } from '../../src/pipeline/stage-shape.js';
import { tokenizeStage } from '../../src/stages/tokenize/index.js';

const create = () => () => {};

describe('StageRegistry.register: the stage shape is checked when registered, every error names the stage', () => {
  it.each([
    ['no requires', { id: 'acquired.de.v1', provides: ['relations'], create }, 'stage "acquired.de.v1": requires must be an array of layers, not missing'],
    ['provides as a string', { id: 'acquired.de.v1', requires: ['entities'], provides: 'relations', create }, 'stage "acquired.de.v1": provides must be an array of layers, not string'],
    ['an unknown layer', { id: 'acquired.de.v1', requires: ['entitys'], provides: ['relations'], create }, 'stage "acquired.de.v1": requires names unknown layers "entitys"'],
    ['no create', { id: 'acquired.de.v1', requires: ['entities'], provides: ['relations'] }, 'stage "acquired.de.v1": create must be a function, not missing'],
    ['options not an array', { id: 'acquired.de.v1', requires: [], provides: [], options: 'model', create }, 'stage "acquired.de.v1": options must be an array of option names'],
    ['an unversioned id', { id: 'übernahmen', requires: [], provides: [], create }, 'stage "übernahmen": id must be a versioned stage id such as "tokenize.de.v1"'],
    ['no id', { requires: [], provides: ['relations'], create }, 'a stage without an id (keys: requires, provides, create): id must be a versioned stage id'],
    ['not an object', undefined, 'a stage must be an object, not undefined'],
  ])('refuses %s', (_name, stage, message) => {
    const registry = new StageRegistry();
    expect(() => registry.register(stage as unknown as Stage)).toThrow(StageShapeError);
    expect(() => registry.register(stage as unknown as Stage)).toThrow(message);
    expect(registry.ids()).toEqual([]);
  });

  it('names every problem of a stage at once', () => {
    const stage = { id: 'acquired.de.v1', provides: 'relations' } as unknown as Stage;
    expect(() => new StageRegistry().register(stage)).toThrow(/requires must be .*; stage "acquired.de.v1": provides must be .*; stage "acquired.de.v1": create must be/);
  });

  it('takes a stage of the right shape, and refuses its id a second time', () => {
    const registry = new StageRegistry().register(tokenizeStage);
    expect(registry.ids()).toEqual(['tokenize.de.v1']);
    expect(() => registry.register(tokenizeStage)).toThrow('stage "tokenize.de.v1" is already registered');
  });
});
