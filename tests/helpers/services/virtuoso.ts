import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor, which } from './ports.js';

/** A Virtuoso started by a test on loopback ports, in a temp folder, with graph CRUD and SPARQL UPDATE open on loopback. */
export interface VirtuosoService {
  /** SPARQL endpoint (queries and updates): http://127.0.0.1:<port>/sparql */
  sparql: string;
  /** Graph Store HTTP Protocol endpoint: http://127.0.0.1:<port>/sparql-graph-crud */
  graphStore: string;
  /** Stops the server (SIGKILL when `hard`) and keeps its database, for `start()` again. */
  stop(hard?: boolean): Promise<void>;
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  remove(): Promise<void>;
  /** Runs SQL statements as dba with isql-vt (on stdin, not on the command line); throws with isql's output on failure. */
  isql(...statements: string[]): void;
}

/** Why Virtuoso tests cannot run here, or undefined when virtuoso-t and isql-vt are installed. */
export function virtuosoMissing(): string | undefined {
  return which('virtuoso-t') && which('isql-vt') ? undefined : 'virtuoso-t / isql-vt are not installed (apt-get install virtuoso-opensource, or .ci/install-services.sh)';
}

function ini(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${dir}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
`;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}?query=ASK%7B%7D`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Starts Virtuoso (virtuoso-t) on free loopback ports. The SPARQL user of this throwaway instance gets SPARQL_UPDATE
 * and write rights on all graphs, so that graph CRUD works without credentials on 127.0.0.1 only.
 */
export async function startVirtuoso(timeoutMs = 60_000): Promise<VirtuosoService> {
  const dir = mkdtempSync(join(tmpdir(), 'faktum-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'virtuoso.ini'), ini(dir, sqlPort, httpPort));
  const base = `http://127.0.0.1:${httpPort}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('virtuoso-t', ['+foreground', '+configfile', join(dir, 'virtuoso.ini')], { cwd: dir, stdio: 'ignore' });
    await waitFor(`Virtuoso on port ${httpPort}`, () => answers(`${base}/sparql`), timeoutMs, 300);
  };
  const stop = async (hard = false) => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    const gone = new Promise((r) => c.once('exit', r));
    c.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await Promise.race([gone, new Promise((r) => setTimeout(r, 15_000))]);
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await gone;
  };
  // isql-vt reads one statement per line from stdin.
  const isql = (...statements: string[]) => {
    const input = statements.map((s) => `${s.replace(/;\s*$/, '')};\n`).join('');
    const run = spawnSync('isql-vt', [String(sqlPort), 'dba', 'dba'], { input, encoding: 'utf8', timeout: 20_000 });
    if (run.status !== 0 || /\*\*\* Error/.test(run.stdout + run.stderr)) throw new Error(`isql-vt failed: ${run.stderr || run.stdout}`);
  };
  await start();
  isql('grant SPARQL_UPDATE to "SPARQL"', "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7)");
  return {
    isql,
    sparql: `${base}/sparql`,
    graphStore: `${base}/sparql-graph-crud`,
    stop,
    start,
    remove: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
