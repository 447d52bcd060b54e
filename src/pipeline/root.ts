import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative, resolve } from 'node:path';

/** The project root (where `pipelines/` and `models/` live), from both `src/` and `dist/`. */
export const projectRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let version: string | undefined;

/** faktum's version from package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

/**
 * The compiled JavaScript file `name` next to the module at `moduleUrl` (its `import.meta.url`), for a new thread or
 * process to load. Under vitest, which runs src/*.ts, that is the copy in dist/, which `npm run build` writes.
 */
export function compiledSibling(moduleUrl: string, name: string): string {
  const here = dirname(fileURLToPath(moduleUrl));
  const dir = moduleUrl.endsWith('.ts') ? join(projectRoot, 'dist', relative(join(projectRoot, 'src'), here)) : here;
  const file = join(dir, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}
