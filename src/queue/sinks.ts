import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../batch/atomic-write.js';
import { outputTarget } from '../batch/output.js';
import { isFaktumOutput } from '../batch/ownership.js';
import type { GraphStoreClient } from '../store/graph-store.js';

/** A write refused for a reason that a retry cannot change (a name outside the output folder, a file not ours). */
export class RefusedWrite extends Error {
  constructor(message: string, readonly ruleId: string) {
    super(message);
  }
}

/** Where a worker puts each article's result; resolves once it is durable (renamed into place, or accepted by the store). */
export interface Sink {
  write(outRel: string, result: { jsonld: string; nquads: string }): Promise<string>;
  describe(): string;
}

/**
 * One `.jsonld` per article under `out`, as `faktum run` names them, written atomically with faktum run's writer
 * (a hidden temporary file beside it, fsync, rename). Its temporary name is fixed per output: the one a killed worker leaves is
 * taken over and renamed away when another worker redoes that job.
 */
export function fileSink(out: string): Sink {
  return {
    describe: () => out,
    async write(outRel, result) {
      const target = outputTarget(out, outRel);
      if (!target.ok) throw new RefusedWrite(target.reason, 'unsafe-name');
      if (existsSync(target.abs) && !isFaktumOutput(target.abs)) {
        throw new RefusedWrite(`refusing to overwrite ${target.abs}: not written by faktum (no faktum provenance)`, 'not-ours');
      }
      writeFileAtomic(target.abs, result.jsonld, { mkdir: true });
      return target.rel;
    },
  };
}

/** Each article's named graph and provenance into a SPARQL store (src/store). */
export function storeSink(client: GraphStoreClient): Sink {
  return {
    describe: () => client.endpoints.graphStore,
    async write(_outRel, result) {
      return (await client.writeArticle(result.nquads)).graph;
    },
  };
}
