import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClaimLine, parseManifestLine } from '../../src/batch/manifest-lines.js';
import { root } from '../batch/helpers.js';

export { ensureBuilt, tmp } from '../batch/helpers.js';

/** A German article of a few sentences, numbered: enough for language detection. */
export function article(n: number, extra = ''): string {
  return `Meldung ${n}: Die Bundesregierung in Berlin hat am Montag mit den Ländern über die Strompreise beraten, und die Kommission wird ihren Bericht im Herbst vorlegen. ${extra}\n`;
}

/** A folder of `count` numbered article files. */
export function articleFolder(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), article(i));
  return dir;
}

/** Starts a batch run with the fake pipeline in a process of its own (tests/fixtures/batch/run-fake.mjs). */
export function startFakeRun(options: object): ChildProcess & { done: Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [join(root, 'tests', 'fixtures', 'batch', 'run-fake.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c));
  child.stderr!.on('data', (c: Buffer) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return Object.assign(child, { done });
}

/** Every `.jsonld` file under a folder (relative paths), leaving out faktum's own folders. */
export function jsonldFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.faktum')) return [];
    if (e.isDirectory()) return jsonldFiles(join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.jsonld') ? [`${prefix}${e.name}`] : [];
  });
}

/** What an output folder holds, checked line by line: problems found, and the articles of all.nq. */
export function inspectOutput(out: string): { problems: string[]; outputs: string[]; nqArticles: string[]; manifestInputs: string[] } {
  const problems: string[] = [];
  const outputs = jsonldFiles(out);
  for (const file of outputs) {
    const text = readFileSync(join(out, file), 'utf8');
    try {
      JSON.parse(text);
    } catch {
      problems.push(`torn or empty output ${file} (${text.length} bytes)`);
    }
  }
  const nq = existsSync(join(out, 'all.nq')) ? readFileSync(join(out, 'all.nq'), 'utf8') : '';
  if (nq && !nq.endsWith('\n')) problems.push('all.nq ends in a torn line');
  const lines = nq.split('\n').filter(Boolean);
  for (const line of lines) if (!/^<[^>]+> <[^>]+> .+ \.$/.test(line)) problems.push(`malformed N-Quads line: ${line.slice(0, 80)}`);
  if (new Set(lines).size !== lines.length) problems.push('all.nq holds duplicate lines');
  // The fake API writes one schema:text triple per article, whose subject names the article.
  const nqArticles = lines.filter((l) => l.includes('<http://schema.org/text>')).map((l) => decodeURIComponent(l.slice(l.indexOf('/doc/') + 5, l.indexOf('>'))));
  const manifestText = existsSync(join(out, '.faktum-manifest.jsonl')) ? readFileSync(join(out, '.faktum-manifest.jsonl'), 'utf8') : '';
  const manifestInputs: string[] = [];
  for (const line of manifestText.split('\n').filter(Boolean)) {
    const entry = parseManifestLine(line);
    if (entry) manifestInputs.push(entry.input);
    else if (!parseClaimLine(line)) problems.push(`bad manifest line: ${line.slice(0, 80)}`);
  }
  return { problems, outputs, nqArticles, manifestInputs };
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
