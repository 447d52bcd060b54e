import { mkdirSync, realpathSync } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';

/** Folders checked so far in this thread, by path: whether their real path is inside the output folder. */
const checked = new Map<string, boolean>();

/**
 * Creates the folder of an output and checks that it really lies inside the output folder: a symbolic link inside
 * `--out` that points elsewhere (`out/de -> /home/...`) is not followed, so faktum never writes outside the folder
 * it was given. Returns the reason when it would, else undefined. Each folder is checked once per thread.
 */
export function outsideOutput(out: string, file: string): string | undefined {
  const dir = dirname(file);
  let inside = checked.get(dir);
  if (inside === undefined) {
    mkdirSync(dir, { recursive: true });
    const rel = relative(realpathSync(out), realpathSync(dir));
    inside = !rel.startsWith('..') && !isAbsolute(rel);
    if (checked.size > 10_000) checked.clear();
    checked.set(dir, inside);
  }
  return inside ? undefined : `the folder of ${file} is a symbolic link out of the output folder ${out}: not followed`;
}
