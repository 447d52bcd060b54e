import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { relaunchArgs, startedAsFaktum } from '../../src/cli/relaunch.js';
import { projectRoot } from '../../src/pipeline/root.js';
import { tmp } from '../batch/helpers.js';
import { ensureBuilt } from '../helpers/build.js';

const FLAGS = ['--no-allocation-site-pretenuring', '--no-parallel-scavenge'];

describe('the Node arguments faktum is started again with', () => {
  it.each([
    [['run', 'corpus', '--out', 'out'], [], [...FLAGS, 'bin/faktum.js', 'run', 'corpus', '--out', 'out']],
    [['bench', '--json'], ['--inspect'], [...FLAGS, '--inspect', 'bin/faktum.js', 'bench', '--json']],
    // Code given to `node -e` is not passed on: the new process runs the script.
    [['run', 'x.txt'], ['--input-type=module', '-e', 'code'], [...FLAGS, 'bin/faktum.js', 'run', 'x.txt']],
    [['run', '-'], FLAGS, undefined],
    [['run', 'corpus'], ['--allocation-site-pretenuring', '--parallel-scavenge'], undefined],
  ])('argv %j, execArgv %j', (argv, execArgv, expected) => {
    expect(relaunchArgs(argv, execArgv, 'bin/faktum.js')).toEqual(expected);
  });

  it.each([
    [join(projectRoot, 'bin', 'faktum.js'), true],
    [process.argv[1], false],
    ['/no/such/script.js', false],
  ])('started as faktum from %s: %s', (script, expected) => {
    expect(startedAsFaktum(script)).toBe(expected);
  });
});

/** Runs relaunch() in a new Node process on a script of our own, with some standard input; output and exit code. */
function relaunched(script: string, argv: string[]): { status: number | null; stdout: string } {
  const file = join(tmp(), 'script.mjs');
  writeFileSync(file, script);
  const module = join(projectRoot, 'dist', 'cli', 'relaunch.js');
  const driver = `const { relaunch } = await import(${JSON.stringify(module)}); process.exitCode = await relaunch(${JSON.stringify(argv)}, ${JSON.stringify(file)});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8', input: 'Angela Merkel in Berlin' });
  return { status: result.status, stdout: result.stdout };
}

describe('relaunch: the new process', () => {
  // The new process loads dist/cli/relaunch.js.
  beforeAll(() => ensureBuilt(), 120_000);

  it("gets the flags, the arguments and standard input, and its exit code is the command's", () => {
    const script = `import { text } from 'node:stream/consumers';\nconsole.log(JSON.stringify({ execArgv: process.execArgv, argv: process.argv.slice(2), input: await text(process.stdin) }));\nprocess.exitCode = 3;`;
    const { status, stdout } = relaunched(script, ['run', '-', '--out', 'x']);
    expect(status).toBe(3);
    expect(JSON.parse(stdout)).toEqual({ execArgv: FLAGS, argv: ['run', '-', '--out', 'x'], input: 'Angela Merkel in Berlin' });
  });

  it('ended by a signal: exit code 128 + its number', () => {
    expect(relaunched(`process.kill(process.pid, 'SIGTERM');\nsetTimeout(() => {}, 5000);`, ['run']).status).toBe(143);
  });

  it('not when the process has the flags: the script is not started', () => {
    const script = `console.log('started');`;
    const file = join(tmp(), 'script.mjs');
    writeFileSync(file, script);
    const module = join(projectRoot, 'dist', 'cli', 'relaunch.js');
    const driver = `const { relaunch } = await import(${JSON.stringify(module)}); console.log(String(await relaunch(['run'], ${JSON.stringify(file)})));`;
    const result = spawnSync(process.execPath, [...FLAGS, '--input-type=module', '-e', driver], { encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('undefined');
  });
});
