import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FAKE_USAGE, runFakeCommand } from "./cli.js";

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) } };
}

async function waitFor<T>(probe: () => T | undefined, ms = 5_000): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("timed out");
}

describe("automl-ops fake", () => {
  it("prints one listening line, serves, and resolves 0 when stopped", async () => {
    const { lines, io } = capture();
    const stop = new AbortController();
    const exit = runFakeCommand(["--port", "0", "--require-auth", "--fault", "list:503:1"], { ...io, signal: stop.signal });
    const line = await waitFor(() => lines.out[0]);
    expect(line).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.slice("listening ".length);
    const unauth = await fetch(`${url}/v1beta1/projects/demo/locations/us-central1/operations/RUN1000000001`);
    expect(unauth.status).toBe(401);
    const listed = await fetch(`${url}/v1beta1/projects/demo/locations/us-central1/operations`, { headers: { authorization: "Bearer t" } });
    expect(listed.status).toBe(503);
    stop.abort();
    expect(await exit).toBe(0);
    expect(lines.out).toHaveLength(1);
    await expect(fetch(url)).rejects.toThrow();
  });

  it.each([
    [["--port", "x"], /--port must be an integer/],
    [["--port", "70000"], /--port must be an integer/],
    [["--fault", "get:500:1"], /kind must be 503, 429, drop or latency/],
    [["--colour"], /unknown flag --colour/],
    [["--sede", "rich"], /unknown flag --sede \(did you mean --seed\?\)/],
    [["--require-aut"], /unknown flag --require-aut \(did you mean --require-auth\?\)/],
    [["stray"], /unexpected argument "stray"/],
    [["--seed", "nosuch"], /--seed "nosuch" is neither a seed's name nor a file; seeds: default, rich, none, or a JSON file/],
    [["--seed", "defualt"], /\(did you mean default\?\)/],
    [["--seed", "/nonexistent/seed.json"], /--seed "\/nonexistent\/seed.json" is neither/],
  ])("answers usage error %j with 2 and a message in two lines, pointing to --help", async (argv, message) => {
    const { lines, io } = capture();
    expect(await runFakeCommand(argv, io)).toBe(2);
    const text = lines.err.join("\n");
    expect(text).toMatch(message);
    expect(text.split("\n")).toEqual([expect.stringMatching(/^automl-ops fake: /), "Run 'automl-ops fake --help' for every flag."]);
  });

  it("lists every flag, the fault syntax, the seed format and the control routes in --help", async () => {
    const { lines, io } = capture();
    expect(await runFakeCommand(["--help"], io)).toBe(0);
    const help = lines.out.join("\n");
    expect(help).toBe(FAKE_USAGE);
    const source = readFileSync(new URL("./cli.ts", import.meta.url), "utf8");
    const flags = [...source.slice(source.indexOf("const OPTIONS"), source.indexOf("satisfies")).matchAll(/^\s+"?([a-z-]+)"?: \{ type/gm)].map((m) => m[1]);
    expect(flags.length).toBeGreaterThan(15);
    for (const flag of flags) expect(help).toContain(`--${flag}`);
    for (const part of ["FAULTS", "METHOD:KIND:VALUE", "SEED FILES", '"cancelTime"', "CONTROL ROUTES", "/__control/reset", "/__control/clock:advance", "/__control/state"]) {
      expect(help).toContain(part);
    }
  });

  it.each([
    [["--manual-clock"], /--manual-clock needs --control/],
    [["--no-cors", "--cors-origin", "http://a.test"], /exclude each other/],
    [["--cors-origin", "http://a.test/path"], /takes an origin/],
    [["--unreachable", "projects/p"], /takes projects\/P\/locations\/L/],
    [["--max-connections", "0"], /--max-connections must be an integer from 1/],
    [["--grace", "soon"], /--grace must be an integer/],
  ])("answers the usage error %j with 2", async (argv, message) => {
    const { lines, io } = capture();
    expect(await runFakeCommand(argv, io)).toBe(2);
    expect(lines.err.join("\n")).toMatch(message);
  });

  it("serves the rich seed with --seed rich", async () => {
    const { lines, io } = capture();
    const stop = new AbortController();
    const exit = runFakeCommand(["--seed", "rich"], { ...io, signal: stop.signal });
    const url = (await waitFor(() => lines.out[0])).slice("listening ".length);
    const failed = await (await fetch(`${url}/v1beta1/projects/demo/locations/us-central1/operations/ERR1000000001`)).json();
    expect(failed.error.details[0]["@type"]).toBe("type.googleapis.com/google.rpc.ErrorInfo");
    stop.abort();
    expect(await exit).toBe(0);
  });

  it("answers 1 for a seed file that is not a seed", async () => {
    const { lines, io } = capture();
    expect(await runFakeCommand(["--seed", "package.json"], io)).toBe(1);
    expect(lines.err[0]).toMatch(/seed file package.json must hold an array of operations/);
  });

  it("closes cleanly on SIGTERM when run as a script", async () => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const child = spawn(process.execPath, [tsx, "scripts/start-fake.ts", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    const line = await waitFor(() => (out.includes("\n") ? out.split("\n")[0] : undefined), 15_000);
    expect(line).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+$/);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);
});
