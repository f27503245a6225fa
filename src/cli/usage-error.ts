/**
 * The error a command line that cannot be run raises: the CLI prints its message and where the
 * command's help is (one or two lines, not the whole help), and exits 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
  /** @param command the command whose help the message points to. @default the general usage */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
