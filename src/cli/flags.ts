/**
 * Command-line flags as data: one table per command gives both the node:util parseArgs options and the
 * help text, so a flag cannot be accepted without being documented (the help tests check each table).
 * A new flag is one more entry in its command's table.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { didYouMean } from "./did-you-mean.js";
import { UsageError } from "./usage-error.js";

export interface FlagSpec {
  /** The long name without dashes, such as `base-url`. */
  name: string;
  /** A one-letter alias, such as `H` for `--header`. @default none */
  short?: string;
  /** A flag that takes no value is boolean. @default "string" */
  type?: "string" | "boolean";
  /** Placeholder of the value in the help text, such as `URL`. @default "VALUE" */
  value?: string;
  /** May be given more than once (the values are collected in order). @default false */
  multiple?: boolean;
  /** One line for the help text; the default, if any, is said there too. */
  help: string;
}

type ParsedValue = string | boolean | string[] | boolean[] | undefined;

/** The parseArgs option table of `flags` (no defaults: commands apply their own, typed). */
function parseArgsOptions(flags: readonly FlagSpec[]): NonNullable<ParseArgsConfig["options"]> {
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const flag of flags) {
    options[flag.name] = {
      type: flag.type ?? "string",
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    };
  }
  return options;
}

/**
 * node:util's parseArgs error as one short line of ours: an unknown flag with the known flags nearest to
 * it ("did you mean"), a missing value, a stray argument. `names` are the command's long flag names.
 */
export function parseArgsProblem(error: unknown, names: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const typed = quoted.replace(/^-+/, "").split("=")[0]!;
    return `unknown flag ${quoted}${didYouMean(typed, names, "--")}`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    const near = didYouMean(quoted, names, "--");
    return `unexpected argument ${JSON.stringify(quoted)}: every value follows its flag${near}`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = quoted.split(" ")[0]!;
    return message.includes("argument missing") ? `${flag} needs a value` : `${flag} takes no value`;
  }
  return message.split("\n")[0]!;
}

/** Parses `argv` against `flags` (no positionals); a problem is a UsageError naming the flag. */
export function parseFlags(argv: string[], flags: readonly FlagSpec[]): Record<string, ParsedValue> {
  try {
    const { values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: parseArgsOptions(flags) });
    return values as Record<string, ParsedValue>;
  } catch (err) {
    throw new UsageError(parseArgsProblem(err, flags.map((f) => f.name)));
  }
}

/** `--name VALUE`, `-H, --header NAME:VALUE`: the left column of a flag's help line. */
function synopsis(flag: FlagSpec): string {
  const long = `--${flag.name}${flag.type === "boolean" ? "" : ` ${flag.value ?? "VALUE"}`}`;
  return flag.short ? `-${flag.short}, ${long}` : long;
}

/** The flags of a command, one per line, aligned. */
export function formatFlags(flags: readonly FlagSpec[]): string {
  const width = Math.max(...flags.map((f) => synopsis(f).length)) + 2;
  return flags
    .map((f) => `  ${synopsis(f).padEnd(width)}${f.help}${f.multiple ? " (repeatable)" : ""}`)
    .join("\n");
}

/** The values of a repeatable flag, each also split on commas (`--checks a,b --checks c`). */
export function listValues(value: ParsedValue): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).map(String);
  return items.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
}
