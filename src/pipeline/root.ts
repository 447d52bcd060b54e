import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The project root (where `pipelines/` and `models/` live), from both `src/` and `dist/`. */
export const projectRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
