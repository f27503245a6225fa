/**
 * The error a command line that cannot be run raises: the CLI prints its message and the command's
 * help, and exits 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
  /** @param command the command whose help to print. @default the general usage */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
