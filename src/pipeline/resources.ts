import { loadKb, type Kb } from '../kb/load.js';

const kbs = new Map<string, Kb>();

/** The KB for a list of user files, loaded once per process and shared by the stages of all pipelines. */
export function getKb(files: readonly string[] = []): Kb {
  const key = files.join('\n');
  let kb = kbs.get(key);
  if (!kb) {
    kb = loadKb({ files: [...files] });
    kbs.set(key, kb);
  }
  return kb;
}
