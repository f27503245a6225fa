/**
 * The one policy for tests that need a program npm does not install: Debian's chromium (the SDK in a
 * browser), python3-googleapi (Google's Python client) and libxml2-utils (xmllint, the JUnit schema).
 * `npm test` never installs them (installing system packages from a test run surprises people: it
 * needs root, and apt-get prints its own lines); `bash .ci/install-system-packages` does.
 *
 * When a tool is missing, a developer's run skips the tests that need it and prints one line saying
 * why; a CI run (`CI` set, as every CI service sets it) fails instead, with the same line, so nothing
 * is silently skipped where the tools are meant to be.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { it } from "vitest";

export interface SystemTool {
  /** What the tests need, as a reader knows it ("Debian's chromium"). */
  name: string;
  /** The Debian package that brings it; `.ci/install-system-packages` installs it. */
  debianPackage: string;
  /** Why it cannot be used here, or undefined when it can. Cheap and synchronous: it runs as tests are collected. */
  problem: () => string | undefined;
}

/** The browser the browser tests drive (pitfalls #20); CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The interpreter that runs Google's Python client; GOOGLE_PYTHON3 names another. */
export const GOOGLE_PYTHON3 = process.env.GOOGLE_PYTHON3 ?? "/usr/bin/python3";

export const CHROMIUM: SystemTool = {
  name: "Debian's chromium",
  debianPackage: "chromium",
  problem: () => (existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} does not exist`),
};

export const GOOGLE_PYTHON_CLIENT: SystemTool = {
  name: "Google's Python discovery client",
  debianPackage: "python3-googleapi",
  problem: () => {
    const probe = spawnSync(GOOGLE_PYTHON3, ["-c", "import googleapiclient.discovery, httplib2"], { stdio: "ignore", timeout: 30_000 });
    if (probe.error) return `${GOOGLE_PYTHON3} cannot run (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})`;
    return probe.status === 0 ? undefined : `${GOOGLE_PYTHON3} cannot import googleapiclient`;
  },
};

export const XMLLINT: SystemTool = {
  name: "xmllint",
  debianPackage: "libxml2-utils",
  problem: () => {
    const probe = spawnSync("xmllint", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return probe.error ? `xmllint is not on the PATH (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})` : undefined;
  },
};

/** True in CI: `CI` is set to anything but "", "0" or "false". */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/** The one line that says why tests needing `tool` cannot run here, or undefined when they can. */
export function missingToolReason(tool: SystemTool): string | undefined {
  const problem = tool.problem();
  return problem === undefined ? undefined : `${tool.name} is missing: ${problem} (bash .ci/install-system-packages installs ${tool.debianPackage})`;
}

export interface ToolGateOptions {
  /** The environment that says whether this is CI. @default process.env */
  env?: NodeJS.ProcessEnv;
  /** Registers the failing test in CI. @default vitest's `it` */
  test?: (name: string, fn: () => void) => void;
  /** Where the reason is printed off CI. @default console.warn */
  warn?: (line: string) => void;
}

/**
 * Call at the top of a test file, and run the tests that need `tool` only when it returns true
 * (`describe.runIf(hasSystemTool(CHROMIUM))`). When the tool is missing it prints the reason once
 * (off CI), or adds a failing test carrying that reason (in CI).
 */
export function hasSystemTool(tool: SystemTool, options: ToolGateOptions = {}): boolean {
  const reason = missingToolReason(tool);
  if (reason === undefined) return true;
  if (inCi(options.env)) {
    (options.test ?? it)(`${tool.name} is installed (CI runs every test)`, () => {
      throw new Error(reason);
    });
  } else {
    (options.warn ?? console.warn)(`skipped: ${reason}`);
  }
  return false;
}
