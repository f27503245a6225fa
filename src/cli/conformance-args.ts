/**
 * Parses `automl-ops conformance` options (node:util parseArgs) into a target and run settings.
 * Every problem is a UsageError with a message that names the option.
 */
import { parseArgs } from "node:util";
import {
  FAKE_CAPABILITIES,
  PRISM_MOCK_CAPABILITIES,
  type Capabilities,
} from "../../contract-tests/target.js";
import { parseDurationMs } from "../duration.js";
import { UsageError } from "./usage.js";

export const REPORTERS = ["console", "json", "junit"] as const;
export type ReporterName = (typeof REPORTERS)[number];

export const PROFILES = ["service", "fake", "mock"] as const;
export type Profile = (typeof PROFILES)[number];

export interface ConformanceArgs {
  baseUrl: string;
  parent: string;
  /** A literal token, or a shell command that prints one. */
  token?: { value: string } | { command: string };
  allowDestructive: boolean;
  viaProxy: boolean;
  /** @default "console" */
  reporter: ReporterName;
  /** Report file; stdout when absent. */
  output?: string;
  allowUntested: boolean;
  /** @default "service" */
  profile: Profile;
  specPath?: string;
  only?: string[];
  quiet: boolean;
  /** Scenarios in flight at once (--workers). @default the runner's */
  workers?: number;
  /** How long to poll for a cancel to take effect (--cancel-timeout). @default the runner's */
  cancelTimeoutMs?: number;
  /** Time the run may spend waiting out 429/503 (--throttle-budget). @default the runner's */
  throttleBudgetMs?: number;
  /** The server serves requests without a token by design (--auth-not-enforced). */
  authNotEnforced: boolean;
}

const PARENT = /^projects\/[^/]+\/locations\/[^/]+$/;

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`);
}

/** The capabilities a profile stands for; destructive calls follow --allow-destructive alone. */
export function capabilitiesOf(args: ConformanceArgs): Capabilities {
  const base: Capabilities =
    args.profile === "fake"
      ? FAKE_CAPABILITIES
      : args.profile === "mock"
        ? PRISM_MOCK_CAPABILITIES
        : { stateful: true, destructive: false, strictStatusCodes: true, strictRouting: true, auth: true };
  return { ...base, destructive: args.allowDestructive, ...(args.authNotEnforced ? { auth: false } : {}) };
}

function durationOption(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDurationMs(value);
  if (ms === undefined || ms <= 0) throw new UsageError(`--${option} must be a Duration such as 10s or 1.5s; got ${JSON.stringify(value)}`);
  return ms;
}

function workersOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > 64) {
    throw new UsageError(`--workers must be a whole number from 1 to 64; got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

/** Parses the options after `conformance`. */
export function parseConformanceArgs(argv: string[]): ConformanceArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        "base-url": { type: "string" },
        parent: { type: "string" },
        token: { type: "string" },
        "token-command": { type: "string" },
        "allow-destructive": { type: "boolean", default: false },
        "via-proxy": { type: "boolean", default: false },
        reporter: { type: "string", default: "console" },
        output: { type: "string" },
        "allow-untested": { type: "boolean", default: false },
        profile: { type: "string", default: "service" },
        spec: { type: "string" },
        only: { type: "string", multiple: true },
        quiet: { type: "boolean", default: false },
        workers: { type: "string" },
        "cancel-timeout": { type: "string" },
        "throttle-budget": { type: "string" },
        "auth-not-enforced": { type: "boolean", default: false },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const baseUrl = v["base-url"];
  if (!baseUrl) throw new UsageError("--base-url is required");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url is not a URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--base-url must be http or https; got ${url.protocol}`);
  }
  if (!v.parent) throw new UsageError("--parent is required (projects/P/locations/L)");
  if (!PARENT.test(v.parent)) {
    throw new UsageError(`--parent must look like projects/P/locations/L; got ${JSON.stringify(v.parent)}`);
  }
  if (v.token !== undefined && v["token-command"] !== undefined) {
    throw new UsageError("give either --token or --token-command, not both");
  }
  if (v.token === "") throw new UsageError("--token is empty");
  const token =
    v.token !== undefined
      ? { value: v.token }
      : v["token-command"] !== undefined
        ? { command: v["token-command"] }
        : undefined;
  const workers = workersOption(v.workers);
  const cancelTimeoutMs = durationOption("cancel-timeout", v["cancel-timeout"]);
  const throttleBudgetMs = durationOption("throttle-budget", v["throttle-budget"]);
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    parent: v.parent,
    ...(token ? { token } : {}),
    allowDestructive: v["allow-destructive"] ?? false,
    viaProxy: v["via-proxy"] ?? false,
    reporter: oneOf("reporter", v.reporter ?? "console", REPORTERS),
    ...(v.output !== undefined ? { output: v.output } : {}),
    allowUntested: v["allow-untested"] ?? false,
    profile: oneOf("profile", v.profile ?? "service", PROFILES),
    ...(v.spec !== undefined ? { specPath: v.spec } : {}),
    ...(v.only !== undefined ? { only: v.only } : {}),
    quiet: v.quiet ?? false,
    ...(workers !== undefined ? { workers } : {}),
    ...(cancelTimeoutMs !== undefined ? { cancelTimeoutMs } : {}),
    ...(throttleBudgetMs !== undefined ? { throttleBudgetMs } : {}),
    authNotEnforced: v["auth-not-enforced"] ?? false,
  };
}
