import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { UsageError } from './usage-error';

/**
 * Streams a file (or stdin) line by line to `onLine` with 1-based line numbers, never holding the
 * file in memory. The 'line' event, not `for await`, because it is markedly faster per line and
 * `onLine` is synchronous, so readline's buffering needs no backpressure from us.
 */
export function forEachLine(
  input: Readable,
  firstLineNo: number,
  onLine: (line: string, lineNo: number) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let lineNo = firstLineNo - 1;
    let failed = false;
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    lines.on('line', (line) => {
      if (failed) return;
      try {
        onLine(line, ++lineNo);
      } catch (error) {
        failed = true;
        lines.close();
        input.destroy();
        reject(error);
      }
    });
    lines.on('close', () => {
      if (!failed) resolve(lineNo - firstLineNo + 1);
    });
    input.on('error', (error) => {
      if (failed) return;
      failed = true;
      reject(error);
    });
  });
}

/** Opens a path or `-` for reading, failing early with a message that names the flag and the fix. */
export async function openEvents(path: string, stdin: Readable): Promise<Readable> {
  if (path === '-') return stdin;
  await assertReadableFile('--events', path);
  return createReadStream(path);
}

export async function assertReadableFile(flag: string, path: string): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${flag}: no such file "${path}" (looked in ${process.cwd()}). Check the path.`);
    if (code === 'EACCES') throw new UsageError(`${flag}: cannot read "${path}": permission denied.`);
    throw new UsageError(`${flag}: cannot read "${path}": ${(error as Error).message}`);
  }
  if (info.isDirectory()) throw new UsageError(`${flag}: "${path}" is a directory; pass a file inside it.`);
}
