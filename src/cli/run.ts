/**
 * Dispatches `automl-ops <command>` and turns every way out into an exit code: 0 passed, 1 failed
 * (or a runtime error), 2 usage error (with the command's help) or a run that could not start,
 * 130 interrupted.
 */
import { credentialSecrets } from "../credential-headers.js";
import { redactSecrets } from "../redact.js";
import { SDK_VERSION } from "../version.js";
import { runConformanceCommand } from "./conformance-command.js";
import { escapeLine } from "./escape.js";
import { PROCESS_IO, type CommandIo } from "./io.js";
import { runMockCommand } from "./mock-command.js";
import { EXIT_FAILED, EXIT_USAGE } from "./outcome.js";
import { didYouMean } from "./did-you-mean.js";
import { CHECKS_HELP, CONFORMANCE_HELP, MOCK_HELP, USAGE } from "./usage.js";
import { UsageError } from "./usage-error.js";

/** The fake's own command line; loaded on demand so the other commands start without it. */
async function runFake(argv: string[], io: CommandIo): Promise<number> {
  const { runFakeCommand } = await import("../fake/cli.js");
  return runFakeCommand(argv, {
    out: (line) => io.stdout(`${line}\n`),
    err: (line) => io.stderr(`${line}\n`),
    ...(io.signal ? { signal: io.signal } : {}),
  });
}

/** Help texts by command; the fake prints its own. */
const HELP: Record<string, string> = { conformance: CONFORMANCE_HELP, mock: MOCK_HELP, checks: CHECKS_HELP };
const COMMANDS = ["conformance", "mock", "fake", "help"];
const HELP_TOPICS = ["conformance", "mock", "fake", "checks"];

/** A usage error's last line: where the rest is, rather than the whole help again. */
export function helpHint(command: string | undefined): string {
  return command ? `Run 'automl-ops ${command} --help' for every flag.` : "Run 'automl-ops --help' for the commands.";
}

function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}

/** `automl-ops help [CMD]` and `CMD --help`. */
async function help(topic: string | undefined, io: CommandIo): Promise<number> {
  if (topic === undefined) {
    io.stdout(USAGE);
    return 0;
  }
  if (topic === "fake") return runFake(["--help"], io);
  const text = HELP[topic];
  if (!text) throw new UsageError(`no help for ${JSON.stringify(topic)}${didYouMean(topic, HELP_TOPICS)}; topics: ${HELP_TOPICS.join(", ")}`);
  io.stdout(text);
  return 0;
}

/** A flag's values in argv, given as `--flag VALUE` or `--flag=VALUE`. */
function valuesOf(argv: readonly string[], flags: readonly string[]): string[] {
  const found: string[] = [];
  argv.forEach((arg, i) => {
    for (const flag of flags) {
      if (arg === flag && argv[i + 1] !== undefined) found.push(argv[i + 1]!);
      else if (arg.startsWith(`${flag}=`)) found.push(arg.slice(flag.length + 1));
    }
  });
  return found;
}

/**
 * Values of --token and of the -H headers that carry credentials in argv, so that no message echoing
 * the command line can show them.
 */
function tokensIn(argv: readonly string[]): string[] {
  const headers = valuesOf(argv, ["-H", "--header"]).flatMap((item): Array<[string, string]> => {
    const colon = item.indexOf(":");
    return colon > 0 ? [[item.slice(0, colon).trim(), item.slice(colon + 1).trim()]] : [];
  });
  return [...valuesOf(argv, ["--token"]), ...credentialSecrets(headers)].filter((t) => t !== "");
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  const [command, ...rest] = argv;
  const secrets = tokensIn(argv);
  try {
    switch (command) {
      case "conformance":
        if (wantsHelp(rest)) return await help("conformance", io);
        return await runConformanceCommand(rest, io);
      case "mock":
        if (wantsHelp(rest)) return await help("mock", io);
        return await runMockCommand(rest, io);
      case "fake":
        return await runFake(rest, io);
      case "help":
        return await help(rest[0], io);
      case "--help":
      case "-h":
        return await help(undefined, io);
      case "--version":
      case "-v":
        io.stdout(`automl-ops ${SDK_VERSION}\n`);
        return 0;
      case undefined:
        throw new UsageError(`no command given; commands: ${COMMANDS.join(", ")}`);
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}${didYouMean(command, COMMANDS)}; commands: ${COMMANDS.join(", ")}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      const topic = err.command ?? (command === "conformance" || command === "mock" ? command : undefined);
      io.stderr(redactSecrets(`automl-ops: ${escapeLine(err.message)}\n${helpHint(topic)}\n`, secrets));
      return EXIT_USAGE;
    }
    io.stderr(redactSecrets(`automl-ops: ${escapeLine(err instanceof Error ? err.message : String(err))}\n`, secrets));
    return EXIT_FAILED;
  }
}
