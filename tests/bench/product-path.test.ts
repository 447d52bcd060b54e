import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** src/bench/ is measurement only: the product path (everything but the bench command) never imports it. */

const src = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** The source files a module imports, statically or dynamically, by path relative to src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => relative(src, resolve(dirname(file), m[1])));
}

describe('src/bench/', () => {
  const outside = files(src).filter((f) => !relative(src, f).startsWith('bench/') && relative(src, f) !== 'cli/bench.ts');

  it('is imported by src/cli/bench.ts', () => {
    expect(imports(join(src, 'cli', 'bench.ts')).some((p) => p.startsWith('bench/'))).toBe(true);
  });

  it('is imported by no other module of src/', () => {
    const importers = outside.filter((f) => imports(f).some((p) => p.startsWith('bench/')));
    expect(importers.map((f) => relative(src, f))).toEqual([]);
  });
});
