import type { Doc } from '../../document/doc.js';
import type { ArticleIris } from './iris.js';
import type { Node } from './build.js';

/** What the provenance records: software version, pipeline and its stages, model. */
export interface ProvenanceInfo {
  version: string;
  pipeline: string;
  stages: string[];
  model?: string;
}

/** The time the output claims: `SOURCE_DATE_EPOCH` when set (reproducible builds), otherwise now. */
export function outputTime(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString();
}

/** PROV-O nodes for the default graph: the extraction activity and the software agent. */
export function provenance(doc: Doc, iris: ArticleIris, info: ProvenanceInfo): Node[] {
  const agent = `https://w3id.org/faktum/software/${info.version}`;
  return [
    {
      '@id': iris.activity,
      '@type': 'prov:Activity',
      'prov:used': iris.article,
      'prov:generated': iris.graph,
      'prov:wasAssociatedWith': agent,
      'prov:endedAtTime': outputTime(),
      'fk:pipeline': info.pipeline,
      'fk:stage': info.stages,
      ...(info.model ? { 'fk:model': info.model } : {}),
      'fk:sourcePath': doc.meta.path,
    },
    { '@id': agent, '@type': ['prov:SoftwareAgent', 'schema:SoftwareApplication'], 'schema:name': 'faktum', 'schema:softwareVersion': info.version },
  ];
}
