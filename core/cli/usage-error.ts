/** A problem the person running the command can fix (a flag, a path, the model): exit status 2, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = 2;
}
