/**
 * The package works when installed from `npm pack` in a fresh project: `npm pack` builds first
 * (prepack), the SDK, the fake and the CLI load from the build, and a TypeScript consumer type-checks
 * against the emitted `.d.ts` files. The pack runs in a copy of the sources, so it never races other
 * tests that read the tree. All the heavy work (pack, which builds; install; tsc; the consumer's runs)
 * is done once in beforeAll, with a hook timeout that holds on a loaded machine (pitfalls #23); the
 * tests only read what it saw.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "./spec-file.js";

const exec = promisify(execFile);
const SOURCES = ["package.json", "README.md", "LICENSE", "tsconfig.json", "tsconfig.build.json", "spec", "src", "generated", "contract-tests", "scripts"];
let work: string;
let consumer: string;
/** The files `npm pack` put in the tarball. */
let packed: string[];

/** What a process printed and how it ended. */
interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}
/** What each of the consumer's runs saw, by name. */
let ran: Record<"sdk" | "tsc" | "conformance" | "help" | "version" | "noArguments", Ran>;

/** Runs `file` in the consumer and resolves with how it ended, whatever the exit code. */
function runInConsumer(file: string, args: string[]): Promise<Ran> {
  return exec(file, args, { cwd: consumer, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code?: number; stdout?: string; stderr?: string; message: string }) => ({
      code: typeof e.code === "number" ? e.code : -1,
      stdout: e.stdout ?? "",
      stderr: e.stderr ?? e.message,
    }),
  );
}

const CONSUMER_JS = `
import { createOperationsClient, operationName, InvalidNameError } from "automl-ops-kit";
import { createFakeServer } from "automl-ops-kit/fake";
const fake = await createFakeServer({ port: 0 });
const ops = createOperationsClient({ baseUrl: fake.url, token: "t" });
const name = operationName({ project: "demo", location: "us-central1", operation: "RUN1000000001" });
await ops.cancel(name);
const op = await ops.get(name);
let rejected = false;
try { await ops.get("projects/demo/operations/x"); } catch (e) { rejected = e instanceof InvalidNameError; }
const started = await ops.start("deployModel", { name: "projects/demo/locations/us-central1/models/TBL2866487218853462016" });
await fake.close();
console.log(JSON.stringify({ code: op.error?.code, rejected, started: started.operation.metadata?.deployModelDetails !== undefined }));
`;

const CONFORMANCE_JS = `
import { runConformance, reportPassed, startFakeTarget } from "automl-ops-kit/conformance";
const { target, close } = await startFakeTarget();
const report = await runConformance(target);
await close();
console.log(JSON.stringify({ passed: reportPassed(report), failures: report.results.filter((r) => r.status === "failed").map((r) => r.id + ": " + r.message) }));
`;

const CONSUMER_TS = `
import { createOperationsClient, type ApiError } from "automl-ops-kit";
import { createFakeServer } from "automl-ops-kit/fake";
import { googleAuthToken } from "automl-ops-kit/google-auth";
const ops = createOperationsClient({ token: () => Promise.resolve("t") });
export const adc = createOperationsClient({ token: googleAuthToken({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] }) });
export async function progress(name: string): Promise<number | undefined> {
  const op = await ops.get(name);
  return op.metadata?.progressPercent;
}
export const status = (e: ApiError): string => e.status;
export const started = createFakeServer({ port: 0 }).then((f) => f.url);
`;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "automl-ops-pack-"));
  const source = join(work, "source");
  consumer = join(work, "consumer");
  await mkdir(source);
  for (const entry of SOURCES) await cp(join(PACKAGE_ROOT, entry), join(source, entry), { recursive: true });
  await symlink(join(PACKAGE_ROOT, "node_modules"), join(source, "node_modules"));
  // No explicit build: a fresh copy has no dist/, so only prepack can fill the tarball.
  const { stdout } = await exec("npm", ["pack", "--json", "--pack-destination", work], { cwd: source });
  packed = (JSON.parse(stdout.slice(stdout.indexOf("["))) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
  const tarball = (await readdir(work)).find((f) => f.endsWith(".tgz"))!;
  await mkdir(consumer);
  await writeFile(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await exec("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball)], { cwd: consumer });
  await Promise.all([writeFile(join(consumer, "try.mjs"), CONSUMER_JS), writeFile(join(consumer, "conform.mjs"), CONFORMANCE_JS), writeFile(join(consumer, "use.ts"), CONSUMER_TS)]);
  const tsc = join(PACKAGE_ROOT, "node_modules", "typescript", "bin", "tsc");
  const tscArgs = ["--noEmit", "--strict", "--module", "NodeNext", "--moduleResolution", "NodeNext", "--target", "ES2022", "--types", "node", "--typeRoots", join(PACKAGE_ROOT, "node_modules", "@types"), "use.ts"];
  const cli = join(consumer, "node_modules", ".bin", "automl-ops");
  const [sdk, tscRun, help, version, noArguments] = await Promise.all([
    runInConsumer(process.execPath, ["try.mjs"]),
    runInConsumer(process.execPath, [tsc, ...tscArgs]),
    runInConsumer(cli, ["--help"]),
    runInConsumer(cli, ["--version"]),
    runInConsumer(cli, ["conformance"]),
  ]);
  // The conformance run has timing verdicts of its own (a wait's timeout): it runs once tsc is done.
  const conformance = await runInConsumer(process.execPath, ["conform.mjs"]);
  ran = { sdk: sdk!, tsc: tscRun!, conformance, help: help!, version: version!, noArguments: noArguments! };
}, 600_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("package installed from npm pack", () => {
  it("is built by prepack and ships the build, the spec, the README and the LICENSE", () => {
    for (const file of ["dist/src/index.js", "dist/src/cli/main.js", "dist/contract-tests/index.js", "spec/automl-v1beta1-operations.yaml", "README.md", "LICENSE"]) {
      expect(packed).toContain(file);
    }
  });

  it("has a LICENSE that is the license package.json names", async () => {
    const pkg = JSON.parse(await readFile(join(PACKAGE_ROOT, "package.json"), "utf8")) as { license: string };
    expect(pkg.license).toBe("Apache-2.0");
    const license = await readFile(join(PACKAGE_ROOT, "LICENSE"), "utf8");
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain("END OF TERMS AND CONDITIONS");
  });

  it("runs the SDK against the fake from the build", () => {
    expect(ran.sdk.code, ran.sdk.stderr).toBe(0);
    expect(JSON.parse(ran.sdk.stdout)).toEqual({ code: 1, rejected: true, started: true });
  });

  it("type-checks a TypeScript consumer against the emitted declarations", () => {
    expect(ran.tsc.stdout + ran.tsc.stderr).toBe("");
    expect(ran.tsc.code).toBe(0);
  });

  it("runs the conformance kit against the fake from the build", () => {
    expect(ran.conformance.code, ran.conformance.stderr).toBe(0);
    expect(JSON.parse(ran.conformance.stdout)).toEqual({ passed: true, failures: [] });
  });

  it("ships a working automl-ops command", () => {
    expect(ran.help.stdout).toMatch(/^Usage: automl-ops <command>/);
    expect(ran.version.stdout).toMatch(/^automl-ops \d+\.\d+\.\d+\n$/);
    expect(ran.noArguments.code, ran.noArguments.stderr).toBe(2);
  });
});
