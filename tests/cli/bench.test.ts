import { afterEach, describe, expect, it, vi } from 'vitest';
import { benchCommand } from '../../src/cli/bench.js';

describe('faktum bench: options', () => {
  afterEach(() => vi.restoreAllMocks());

  // Bad values stop the bench before it builds its corpus or measures anything.
  it.each([
    [['--rounds', '0'], /--rounds <n>.*expected a whole number >= 1, not "0"/],
    [['--rounds', 'drei'], /--rounds <n>.*not "drei"/],
    [['--tokens', '-5'], /--tokens <n>.*not "-5"/],
    [['--gibts-nicht'], /unknown option '--gibts-nicht'/],
  ])('%j: exit code 2 and a message naming the option', async (args, message) => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
    expect(await benchCommand(args)).toBe(2);
    expect(err).toMatch(/^faktum bench: /);
    expect(err).toMatch(message);
  });
});
