import { describe, expect, it } from 'vitest';
import { missingV8Flags } from '../../src/batch/v8-flags.js';

describe('the V8 flags batch commands start Node with', () => {
  it.each([
    [[], ['--no-allocation-site-pretenuring', '--no-parallel-scavenge']],
    [['--inspect'], ['--no-allocation-site-pretenuring', '--no-parallel-scavenge']],
    [['--max-old-space-size=4096'], ['--no-allocation-site-pretenuring', '--no-parallel-scavenge']],
    // Already set, by a relaunch or by the user either way: never twice, never against the user's choice.
    [['--no-allocation-site-pretenuring', '--no-parallel-scavenge'], []],
    [['--allocation-site-pretenuring'], ['--no-parallel-scavenge']],
    [['--allocation_site_pretenuring', '--parallel-scavenge'], []],
    [['--no-parallel-scavenge'], ['--no-allocation-site-pretenuring']],
  ])('execArgv %j: %j', (execArgv, expected) => {
    expect(missingV8Flags(execArgv)).toEqual(expected);
  });
});
