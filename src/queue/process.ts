import { routeOf } from '../batch/doc-task.js';
import type { TaskRunner } from '../batch/pool.js';
import type { ArticleJobData } from './job.js';

/** How a worker routes articles to pipelines (as `faktum run` does: by detected language, or `--lang`). */
export interface Routing {
  routes: Map<string, string>;
  fallback: string;
  lang?: string;
  kbFiles: string[];
}

/** What extracting one job's article gave. */
export type Extracted =
  | { kind: 'ok'; jsonld: string; nquads: string; pipeline: string }
  | { kind: 'skipped'; reason: string }
  /** `final`: the same input would fail again (a fatal pipeline message); otherwise worth retrying (a crash). */
  | { kind: 'failed'; reason: string; ruleId: string; place?: string; final: boolean };

/** Detects the language, picks the pipeline and runs it in the worker pool. Failures are data. */
export async function extractJob(data: ArticleJobData, runner: TaskRunner, routing: Routing): Promise<Extracted> {
  const text = data.text ?? '';
  // The same choice as `faktum run` makes (src/batch/doc-task.ts).
  const route = routeOf(text, data.meta, { routes: [...routing.routes], fallback: routing.fallback, lang: routing.lang });
  if (route.pipeline === undefined) return { kind: 'skipped', reason: `language ${route.lang} has no pipeline` };
  const { pipeline } = route;
  const meta = { ...data.meta, ...(route.lang ? { lang: route.lang } : {}) };
  try {
    const result = await runner.run({ kind: 'extract', pipeline, kbFiles: routing.kbFiles, text, meta });
    if (!result.ok) return { kind: 'failed', reason: result.reason, ruleId: result.ruleId, place: result.place, final: true };
    return { kind: 'ok', jsonld: result.jsonld ?? '', nquads: result.nquads ?? '', pipeline };
  } catch (error) {
    return { kind: 'failed', reason: `internal error: ${(error as Error).message}`, ruleId: 'crash', final: false };
  }
}
