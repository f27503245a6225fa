/**
 * `automl-ops conformance` flags (one table, which is also the help text) and their parsing into a
 * target and run settings. Every problem is a UsageError with a message that names the flag.
 */
import { CHECK_NAMES } from "../../contract-tests/checks/catalog.js";
import {
  FAKE_CAPABILITIES,
  PRISM_MOCK_CAPABILITIES,
  type Capabilities,
} from "../../contract-tests/target.js";
import { didYouMean } from "./did-you-mean.js";
import { parseDuration, parseHeaders, parseInteger } from "./flag-values.js";
import { listValues, parseFlags, type FlagSpec } from "./flags.js";
import { UsageError } from "./usage-error.js";

export const REPORTERS = ["console", "json", "junit", "html"] as const;
export type ReporterName = (typeof REPORTERS)[number];

export const PROFILES = ["service", "fake", "mock"] as const;
export type Profile = (typeof PROFILES)[number];

/** Per-request deadline when --timeout is not given, in ms. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** Every flag of `automl-ops conformance`, in the order the help lists them. */
export const CONFORMANCE_FLAGS: readonly FlagSpec[] = [
  { name: "base-url", value: "URL", help: "Server to test, such as https://automl.googleapis.com (required)" },
  { name: "parent", value: "NAME", help: "Parent whose operations are used: projects/P/locations/L (required)" },
  { name: "token", value: "T", help: "Bearer token sent on every request (never printed: reports show [REDACTED])" },
  { name: "token-command", value: "CMD", help: 'Command that prints a token, run once before the first request (e.g. "gcloud auth print-access-token"); stopped after 30 s' },
  { name: "allow-insecure-http", type: "boolean", help: "Let the token travel over plain http to a host that is not loopback (warns)" },
  { name: "header", short: "H", value: "NAME:VALUE", multiple: true, help: "Extra header on every request, such as x-goog-user-project:my-project (not Authorization)" },
  { name: "timeout", value: "DURATION", help: "Deadline of each request: 500ms, 15s, 2m; a bare number is seconds (default 15s)" },
  { name: "max-response-bytes", value: "SIZE", help: "Largest response body read, after decoding: bytes, or 512KiB, 64MiB (default 32MiB); past it the check responseSizeBounded fails" },
  { name: "allow-destructive", type: "boolean", help: "Let the suite cancel and delete operations (skipped otherwise)" },
  { name: "start-operations", type: "boolean", help: "Let the suite call the methods that start operations (create, deploy, delete… models and datasets: may cost money); skipped otherwise" },
  { name: "start-requests", value: "FILE", help: "JSON keyed by operationId, {\"path\": {\"modelsId\": …}, \"body\": …}: the resources and bodies the started methods use (default: the spec's examples); checked against the spec first" },
  { name: "operation-timeout", value: "DURATION", help: "How long a started operation may run before it counts as never finishing (default 60s)" },
  { name: "via-proxy", type: "boolean", help: "Run through Prism's validating proxy in front of --base-url (needs @stoplight/prism-cli)" },
  { name: "profile", value: "NAME", help: "What the server is: service (default), fake or mock; decides which scenarios apply" },
  { name: "spec", value: "FILE", help: "OpenAPI spec to test against (default: the bundled spec)" },
  { name: "only", value: "ID", multiple: true, help: "Run only scenarios whose id starts with ID" },
  { name: "checks", value: "NAMES", multiple: true, help: "Report only these checks, comma-separated (see automl-ops help checks)" },
  { name: "exclude-checks", value: "NAMES", multiple: true, help: "Leave these checks out of the report, comma-separated" },
  { name: "reporter", value: "NAME", help: "console (default), json, junit or html (one self-contained page: use with --output)" },
  { name: "output", value: "FILE", help: "Write the report to FILE instead of stdout" },
  { name: "har", value: "FILE", help: "Also write every exchange of the run as a HAR 1.2 file (token redacted)" },
  { name: "allow-untested", type: "boolean", help: "Exit 0 even when parts of the contract could not be exercised" },
  { name: "workers", value: "N", help: "Scenarios run side by side, 1 to 64 (default 6; 1 runs them one by one)" },
  { name: "cancel-timeout", value: "DURATION", help: "How long a cancel may take to show before the operation counts as still running (default 10s)" },
  { name: "throttle-budget", value: "DURATION", help: 'Time the run may spend waiting out 429/503 (default 60s); past it the run ends as "could not complete: throttled" (exit 3)' },
  { name: "auth-not-enforced", type: "boolean", help: "The server serves requests without a token by design: the missing-token checks are skipped" },
  { name: "quiet", type: "boolean", help: "No progress lines on stderr" },
  { name: "help", short: "h", type: "boolean", help: "Show this help" },
];

export interface ConformanceArgs {
  baseUrl: string;
  parent: string;
  /** A literal token, or a shell command that prints one. */
  token?: { value: string } | { command: string };
  /** How long --token-command may run. @default 30000 */
  tokenCommandTimeoutMs?: number;
  /** @default false */
  allowInsecureHttp: boolean;
  /** Extra headers on every request, names in lower case. @default {} */
  headers: Record<string, string>;
  /** Per-request deadline in ms. @default DEFAULT_TIMEOUT_MS */
  timeoutMs: number;
  /** Largest response body read (--max-response-bytes). @default the kit's, 32 MiB */
  maxResponseBytes?: number;
  allowDestructive: boolean;
  /** Let the lifecycle scenarios start operations (--start-operations): capability startOperations. @default false */
  startOperations: boolean;
  /** The --start-requests file. @default none: the spec's examples */
  startRequestsFile?: string;
  /** How long a started operation may run (--operation-timeout). @default the runner's, 60 s */
  operationTimeoutMs?: number;
  viaProxy: boolean;
  /** @default "console" */
  reporter: ReporterName;
  /** Report file; stdout when absent. */
  output?: string;
  /** HAR file of every exchange; none when absent. */
  har?: string;
  allowUntested: boolean;
  /** @default "service" */
  profile: Profile;
  specPath?: string;
  only?: string[];
  /** Check names to report (validated against the kit's). @default all */
  checks?: string[];
  /** Check names to leave out. @default none */
  excludeChecks?: string[];
  quiet: boolean;
  /** Scenarios in flight at once (--workers). @default the runner's, 6 */
  workers?: number;
  /** How long to poll for a cancel to take effect (--cancel-timeout). @default the runner's, 10 s */
  cancelTimeoutMs?: number;
  /** Time the run may spend waiting out 429/503 (--throttle-budget). @default the runner's, 60 s */
  throttleBudgetMs?: number;
  /** The server serves requests without a token by design (--auth-not-enforced): capability auth false. @default false */
  authNotEnforced: boolean;
}

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}${didYouMean(value, allowed)}`, "conformance");
}

/** The check names of a --checks/--exclude-checks flag, each one the kit knows. */
function checkNames(flag: string, value: unknown): string[] | undefined {
  const names = listValues(value as string[] | undefined);
  const unknown = names?.filter((n) => !CHECK_NAMES.includes(n)) ?? [];
  if (unknown.length > 0) {
    const near = unknown.map((n) => didYouMean(n, CHECK_NAMES)).join("");
    throw new UsageError(
      `--${flag}: unknown check ${unknown.map((n) => JSON.stringify(n)).join(", ")}${near}; 'automl-ops help checks' lists them all`,
      "conformance",
    );
  }
  return names;
}

/** The capabilities a profile stands for; destructive calls and started operations follow their flags alone. */
export function capabilitiesOf(args: ConformanceArgs): Capabilities {
  const base: Capabilities =
    args.profile === "fake"
      ? FAKE_CAPABILITIES
      : args.profile === "mock"
        ? PRISM_MOCK_CAPABILITIES
        : { stateful: true, destructive: false, strictStatusCodes: true, strictRouting: true, auth: true, startOperations: false };
  return {
    ...base,
    destructive: args.allowDestructive,
    startOperations: args.startOperations,
    ...(args.authNotEnforced ? { auth: false } : {}),
  };
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === "") throw new UsageError(`--${flag} is empty`, "conformance");
  return value;
}

function baseUrlOf(value: string | undefined): string {
  if (!value) throw new UsageError("--base-url is required", "conformance");
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--base-url is not a URL: ${JSON.stringify(value)}`, "conformance");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--base-url must be http or https; got ${url.protocol}`, "conformance");
  }
  return value.replace(/\/+$/, "");
}

/** Parses the flags after `conformance` (without --help, which the dispatcher answers). */
export function parseConformanceArgs(argv: string[]): ConformanceArgs {
  let v;
  try {
    v = parseFlags(argv, CONFORMANCE_FLAGS) as Record<string, string | boolean | string[] | undefined>;
  } catch (error) {
    throw new UsageError((error as Error).message, "conformance");
  }
  const str = (name: string) => v[name] as string | undefined;
  const flag = (name: string) => v[name] === true;
  const baseUrl = baseUrlOf(str("base-url"));
  const parent = str("parent");
  if (!parent) throw new UsageError("--parent is required (projects/P/locations/L)", "conformance");
  if (!PARENT.test(parent)) {
    throw new UsageError(`--parent must look like projects/P/locations/L; got ${JSON.stringify(parent)}`, "conformance");
  }
  if (str("token") !== undefined && str("token-command") !== undefined) {
    throw new UsageError("give either --token or --token-command, not both", "conformance");
  }
  if (str("token") === "") throw new UsageError("--token is empty", "conformance");
  if (str("token-command")?.trim() === "") throw new UsageError("--token-command is empty", "conformance");
  const token =
    str("token") !== undefined ? { value: str("token")! } : str("token-command") !== undefined ? { command: str("token-command")! } : undefined;
  const only = listValues(v.only);
  const checks = checkNames("checks", v.checks);
  const excludeChecks = checkNames("exclude-checks", v["exclude-checks"]);
  return {
    baseUrl,
    parent,
    ...(token ? { token } : {}),
    allowInsecureHttp: flag("allow-insecure-http"),
    headers: parseHeaders((v.header as string[] | undefined) ?? []),
    timeoutMs: str("timeout") !== undefined ? parseDuration("timeout", str("timeout")!) : DEFAULT_TIMEOUT_MS,
    ...(str("max-response-bytes") !== undefined ? { maxResponseBytes: parseByteSize("max-response-bytes", str("max-response-bytes")!) } : {}),
    allowDestructive: flag("allow-destructive"),
    startOperations: flag("start-operations"),
    ...(str("start-requests") !== undefined ? { startRequestsFile: nonEmpty("start-requests", str("start-requests")!) } : {}),
    ...(str("operation-timeout") !== undefined ? { operationTimeoutMs: parseDuration("operation-timeout", str("operation-timeout")!) } : {}),
    viaProxy: flag("via-proxy"),
    reporter: oneOf("reporter", str("reporter") ?? "console", REPORTERS),
    ...(str("output") !== undefined ? { output: str("output")! } : {}),
    ...(str("har") !== undefined ? { har: str("har")! } : {}),
    allowUntested: flag("allow-untested"),
    profile: oneOf("profile", str("profile") ?? "service", PROFILES),
    ...(str("spec") !== undefined ? { specPath: str("spec")! } : {}),
    ...(only ? { only } : {}),
    ...(checks ? { checks } : {}),
    ...(excludeChecks ? { excludeChecks } : {}),
    quiet: flag("quiet"),
    ...(str("workers") !== undefined ? { workers: parseInteger("workers", str("workers")!, 1, 64) } : {}),
    ...(str("cancel-timeout") !== undefined ? { cancelTimeoutMs: parseDuration("cancel-timeout", str("cancel-timeout")!) } : {}),
    ...(str("throttle-budget") !== undefined ? { throttleBudgetMs: parseDuration("throttle-budget", str("throttle-budget")!) } : {}),
    authNotEnforced: flag("auth-not-enforced"),
  };
}

const BYTE_UNITS: Record<string, number> = { "": 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/** A size in bytes: a bare number, or with KiB, MiB or GiB; from 1 KiB to 1 GiB (the body is held in memory). */
function parseByteSize(flag: string, text: string): number {
  const match = /^(\d+)\s*(b|kib|mib|gib)?$/i.exec(text.trim());
  const bytes = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? "").toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1024 || bytes > 1024 ** 3) {
    throw new UsageError(`--${flag} must be a size from 1KiB to 1GiB, such as 65536, 512KiB or 64MiB; got ${JSON.stringify(text)}`, "conformance");
  }
  return bytes;
}
