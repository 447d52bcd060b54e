import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { BatchUsageError } from './routes.js';

/** Creates the output folder, or says plainly why it cannot be one (usage error, exit 2). */
export function prepareOutput(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(out, constants.W_OK);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'it is a file, not a folder' : code === 'EACCES' || code === 'EROFS' ? 'it is not writable' : message;
    throw new BatchUsageError(`cannot write output folder ${out}: ${why}`);
  }
}
