import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../../pipeline/root.js';
import { median } from '../round.js';
import { buildE2eFolder, type E2eFolder } from './folder.js';
import { timeProcess, type Timed } from './process-tree.js';

/** The commands timed, each as a whole process, in this order in every round. */
export const E2E_TOOLS = ['faktum run --jobs 1', 'faktum run --jobs 2', 'wink-nlp tokenise + write', 'compromise people/places/orgs + write'] as const;
type Tool = (typeof E2E_TOOLS)[number];

/** One tool's medians over the rounds. */
export interface E2eTool {
  tool: Tool;
  seconds: number;
  tokensPerSec: number;
  peakRssMb: number;
  perRound: number[];
}

/** What `faktum bench --e2e` reports. */
export interface E2eResult {
  folder: Omit<E2eFolder, 'dir'>;
  rounds: number;
  tools: E2eTool[];
  ratios: { twoWorkersVsOne: number; faktumTwoVsCompromise: number; faktumTwoTimeVsWink: number };
}

function commandOf(tool: Tool, input: string, out: string): [string, string[]] {
  const faktum = join(projectRoot, 'bin', 'faktum.js');
  const script = (name: string) => fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  if (tool === 'faktum run --jobs 1') return [process.execPath, [faktum, 'run', input, '--out', out, '--jobs', '1', '--no-progress']];
  if (tool === 'faktum run --jobs 2') return [process.execPath, [faktum, 'run', input, '--out', out, '--jobs', '2', '--no-progress']];
  if (tool === 'wink-nlp tokenise + write') return [process.execPath, [script('wink-files'), input, out]];
  return [process.execPath, [script('compromise-files'), input, out]];
}

/**
 * The end-to-end benchmark: builds a folder of unseen real news from `dataDir` (folder.ts), then times whole
 * processes, taking turns in each round (every tool once, into a fresh output folder): `faktum run` with one and
 * with two workers, and scripts that read and write the same files with wink-nlp's tokeniser and with compromise.
 * Medians over the rounds; ratios from the medians.
 */
export async function runE2e(options: { dataDir: string; rounds: number; log: (line: string) => void }): Promise<E2eResult> {
  const work = mkdtempSync(join(tmpdir(), 'faktum-e2e-'));
  try {
    const folder = buildE2eFolder(options.dataDir, join(work, 'in'));
    if (!folder.files) throw new Error(`no Leipzig or SmartData files under ${options.dataDir}`);
    options.log(`e2e folder: ${folder.files} files, ${folder.tokens} tokens (${folder.sources.join('; ')})`);
    const times = new Map<Tool, Timed[]>(E2E_TOOLS.map((t) => [t, []]));
    for (let round = 1; round <= options.rounds; round++) {
      for (const tool of E2E_TOOLS) {
        const out = join(work, `out-${round}-${E2E_TOOLS.indexOf(tool)}`);
        const [command, args] = commandOf(tool, folder.dir, out);
        const timed = await timeProcess(command, args);
        if (timed.code !== 0) throw new Error(`${tool} exited with ${timed.code}: ${timed.stderr.trim()}`);
        options.log(`round ${round}: ${tool}: ${timed.seconds.toFixed(2)} s, peak ${timed.peakRssMb.toFixed(0)} MB`);
        times.get(tool)!.push(timed);
        rmSync(out, { recursive: true, force: true });
      }
    }
    const tools = E2E_TOOLS.map((tool): E2eTool => {
      const runs = times.get(tool)!;
      const seconds = median(runs.map((r) => r.seconds));
      return { tool, seconds, tokensPerSec: Math.round(folder.tokens / seconds), peakRssMb: Math.round(Math.max(...runs.map((r) => r.peakRssMb))), perRound: runs.map((r) => Number(r.seconds.toFixed(2))) };
    });
    const s = (t: Tool) => tools.find((x) => x.tool === t)!.seconds;
    const ratios = {
      twoWorkersVsOne: Number((s('faktum run --jobs 1') / s('faktum run --jobs 2')).toFixed(2)),
      faktumTwoVsCompromise: Number((s('compromise people/places/orgs + write') / s('faktum run --jobs 2')).toFixed(2)),
      faktumTwoTimeVsWink: Number((s('faktum run --jobs 2') / s('wink-nlp tokenise + write')).toFixed(2)),
    };
    const { dir: _dir, ...described } = folder;
    return { folder: described, rounds: options.rounds, tools, ratios };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The result as a Markdown table with the ratios below it. */
export function formatE2e(r: E2eResult): string {
  const rows = r.tools.map((t) => `| ${t.tool} | ${t.seconds.toFixed(2)} | ${t.tokensPerSec.toLocaleString('en-US')} | ${t.peakRssMb} | ${t.perRound.join(', ')} |`);
  return [
    `${r.folder.files} files, ${r.folder.tokens} tokens (${r.folder.sources.join('; ')}); medians of ${r.rounds} rounds, tools taking turns`,
    '',
    '| command | wall s | tokens/s | peak RSS MB (all processes) | per round s |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    `two workers vs one: ${r.ratios.twoWorkersVsOne}x; faktum --jobs 2 vs compromise: ${r.ratios.faktumTwoVsCompromise}x as fast; faktum --jobs 2 time / wink time: ${r.ratios.faktumTwoTimeVsWink}`,
  ].join('\n');
}
