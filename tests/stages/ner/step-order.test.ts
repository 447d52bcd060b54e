import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The NER step files are numbered in run order: the step that index.ts first calls earlier has the lower number,
 * and the stage's README lists every step file.
 */

const dir = join(import.meta.dirname, '..', '..', '..', 'src', 'stages', 'ner');
const index = readFileSync(join(dir, 'index.ts'), 'utf8');
const readme = readFileSync(join(dir, 'README.md'), 'utf8');
const steps = readdirSync(dir).filter((f) => /^\d+-.*\.ts$/.test(f)).sort();
/** The per-document function of the stage: what runs for every document, in order. */
const body = index.slice(index.indexOf('return (doc) =>'));

/** Where index.ts first calls a function imported from a step file. */
function firstCall(file: string): number {
  const imported = new RegExp(`import \\{([^}]*)\\} from '\\./${file.replace('.ts', '.js')}'`).exec(index)?.[1] ?? '';
  const names = imported.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
  const calls = names.map((n) => body.indexOf(`${n}(`)).filter((at) => at >= 0);
  return calls.length ? Math.min(...calls) : -1;
}

describe('NER step files', () => {
  it('there are steps from 10 to 95', () => {
    expect(steps[0]).toMatch(/^10-/);
    expect(steps.at(-1)).toMatch(/^95-/);
  });

  it.each(steps)('%s is called by the stage and listed in its README', (file) => {
    expect(firstCall(file)).toBeGreaterThanOrEqual(0);
    expect(readme).toContain(`\`${file}\``);
  });

  it('numbers give the run order: each step is first called after the one numbered before it', () => {
    const order = steps.map((file) => [file, firstCall(file)] as const).sort((a, b) => a[1] - b[1]);
    expect(order.map(([file]) => file)).toEqual(steps);
  });
});
