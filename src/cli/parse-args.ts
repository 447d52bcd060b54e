import { CommanderError, type Command } from 'commander';

/** Where a command writes. */
export type Write = (text: string) => void;

/**
 * Makes a commander program report instead of exiting: errors and help go to the given streams, and a usage error
 * ends with a hint to `--help`. Every faktum command is built this way.
 */
export function reportingProgram(program: Command, out: Write, err: Write): Command {
  return program
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showHelpAfterError(`(run \`${program.name()} --help\` for usage)`);
}

/**
 * Parses `args` with the program. Returns the exit code when parsing ended the command (0 after `--help` or
 * `--version`, 2 on a usage error, whose message commander has printed), or undefined when the command should run.
 */
export async function parseOrExitCode(program: Command, args: string[]): Promise<number | undefined> {
  try {
    await program.parseAsync(args, { from: 'user' });
    return undefined;
  } catch (e) {
    if (e instanceof CommanderError) return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    throw e;
  }
}
