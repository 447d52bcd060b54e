import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

/** The project root (where `pipelines/` and `models/` live), from both `src/` and `dist/`. */
export const projectRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let version: string | undefined;

/** faktum's version from package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
