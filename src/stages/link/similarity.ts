import { createRequire } from 'node:module';

// natural's distance submodule only: its index reads a .env file, prints to stdout and loads database clients.
const require = createRequire(import.meta.url);
const jaroWinkler = require('natural/lib/natural/distance/jaro-winkler_distance.js') as (a: string, b: string) => number;

/** Jaro-Winkler similarity of two folded names, 0 to 1 (`wladimir putin` / `vladimir putin`: 0.95). */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : jaroWinkler(a, b);
}
