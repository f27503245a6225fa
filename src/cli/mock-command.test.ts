import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { FAKE_USAGE } from "../fake/cli-usage.js";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../scripts/spec-file.js";
import { CONFORMANCE_FLAGS } from "./conformance-args.js";
import { conformanceCommandFor, MOCK_FLAGS } from "./mock-command.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

async function until(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("automl-ops mock", () => {
  it("prints the conformance command that checks it, and that command passes as printed", async () => {
    const controller = new AbortController();
    const mock = collect(controller.signal);
    const served = runCli(["mock", "--port", "0"], mock.io);
    try {
      await until(() => mock.out.stderr.includes("Check it with:"), 60_000);
      const url = mock.out.stdout.trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const line = mock.out.stderr.split("\n").find((l) => l.trim().startsWith("automl-ops conformance"))!.trim();
      expect(line).toBe(conformanceCommandFor(url));
      const run = collect();
      expect(await runCli(line.split(" ").slice(1), run.io), run.out.stderr).toBe(0);
      expect(run.out.stdout).toContain("Result: passed");
    } finally {
      controller.abort();
    }
    expect(await served).toBe(0);
  }, 90_000);

  it("the README shows the same commands, with no flag the help lacks", async () => {
    // In a clone the command runs as `npm run -s automl-ops -- …`, as the README writes it.
    const readme = (await readFile(join(PACKAGE_ROOT, "README.md"), "utf8")).replaceAll("npm run -s automl-ops -- ", "automl-ops ");
    expect(readme).toContain("automl-ops mock --port 4010");
    expect(readme).toContain(conformanceCommandFor("http://127.0.0.1:4010"));
    const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf("## Command line") + 1));
    const fakeFlags = FAKE_USAGE.match(/(?<![\w-])--[a-z][a-z-]*/g) ?? [];
    const documented = new Set([...CONFORMANCE_FLAGS, ...MOCK_FLAGS].map((f) => `--${f.name}`).concat("--version", "--help", ...fakeFlags));
    const used = [...new Set(section.match(/(?<![\w-])--[a-z][a-z-]*/g))];
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((flag) => !documented.has(flag))).toEqual([]);
  });
});
