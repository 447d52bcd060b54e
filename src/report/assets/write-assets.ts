import { copyFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RunEntity } from '../collect.js';
import { entityPage } from '../paths.js';
import { reportClient } from './client.js';
import { STYLE } from './style.js';

/**
 * Writes `assets/`: the style sheet, the report's script, cytoscape's browser build (copied from the installed
 * package, MIT, so the report needs no network) and the entity search index as a script (`file://` pages may not
 * fetch JSON, but may load scripts). Without `entities` (the evaluation pages) only the style sheet and script.
 */
export function writeAssets(reportDir: string, entities?: Iterable<RunEntity>): void {
  const dir = join(reportDir, 'assets');
  writeFileSync(join(dir, 'report.css'), STYLE);
  writeFileSync(join(dir, 'report.js'), `(${reportClient.toString()})();\n`);
  if (!entities) return;
  copyFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), join(dir, 'cytoscape.min.js'));
  const index = [...entities]
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'de'))
    .map((e) => [e.name, e.category, entityPage(e.iri), e.mentions, e.qid ?? '']);
  writeFileSync(join(dir, 'entities.js'), `window.faktumEntities=${JSON.stringify(index).replace(/</g, '\\u003c')};\n`);
}
