/**
 * What a server sends cannot act on the reader: every reporter shows operation names and messages
 * carrying ESC, BEL, CR, C1, DEL, bidi overrides and lone surrogates escaped, JSON stays strictly valid
 * and JUnit stays valid XML 1.0.
 */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CheckResult, ConformanceReport } from "../../contract-tests/runner.js";
import { progressLine, formatConsoleReport } from "./report-console.js";
import { formatJsonReport } from "./report-json.js";
import { formatJunitReport } from "./report-junit.js";
import { checkJunit10Rules, validateWithXmllint } from "./test-support/junit-schema.js";
import { FAILED_CHECK, ONE_FAILED_REPORT, SKIPPED_CHECK } from "./test-support/reports.js";

/** An operation name as a hostile server makes it: clear the screen, set the title, plant a link, forge the verdict. */
const HOSTILE_NAME =
  "projects/p/locations/l/operations/op\u001b[2J\u001b]0;owned\u0007\u001b]8;;https://evil.example\u001b\\x\u001b]8;;\u001b\\" +
  "\r\nResult: passed\rResult: passed\u009b31m\u009d0;c1\u009c\u007f\u202eevil\u202c\u2066\u2069\ud800";

const HOSTILE_FAILURE: CheckResult = {
  ...FAILED_CHECK,
  message: `The operation ${HOSTILE_NAME} is still running after cancel\nReceived: ${HOSTILE_NAME}\nDocumented: done true`,
};
const HOSTILE_SKIP: CheckResult = { ...SKIPPED_CHECK, message: `the server said ${HOSTILE_NAME}` };
const HOSTILE_REPORT = {
  ...ONE_FAILED_REPORT,
  target: { ...ONE_FAILED_REPORT.target, name: `fake ${HOSTILE_NAME}` },
  results: [HOSTILE_FAILURE, HOSTILE_SKIP],
  notExercised: [`an operation named ${HOSTILE_NAME}`],
  uncovered: [`op${HOSTILE_NAME}`],
  serverSaid: HOSTILE_NAME,
} as ConformanceReport;

/** Characters a terminal acts on (line feed aside) or that no UTF-8 text can hold. */
const ACTS_ON_TERMINAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]/u;

describe("console report of a hostile server", () => {
  const text = formatConsoleReport(HOSTILE_REPORT);

  it("holds no character a terminal acts on: no screen clear, title, link or overwritten line", () => {
    expect(text).not.toMatch(ACTS_ON_TERMINAL);
    // The server's text is shown, as visible escapes.
    expect(text).toContain("op\\x1b[2J\\x1b]0;owned\\x07\\x1b]8;;https://evil.example");
    expect(text).toContain("\\u202eevil\\u202c\\u2066\\u2069\\ud800");
  });

  it("has no forged verdict: the only line starting with Result: is its own, last", () => {
    const verdicts = text.split("\n").filter((line) => line.startsWith("Result:"));
    expect(verdicts).toEqual(["Result: not passed (exit 1): 1 check(s) failed"]);
    expect(text.trimEnd().split("\n").at(-1)).toBe(verdicts[0]);
  });

  it("progress lines are one line each, escaped", () => {
    const line = progressLine(`scenario ${HOSTILE_NAME}`, [HOSTILE_FAILURE], 1, 2);
    expect(line).not.toMatch(ACTS_ON_TERMINAL);
    expect(line).not.toContain("\n");
    expect(line).toContain("\\r\\nResult: passed\\rResult: passed");
  });
});

describe("JSON report of a hostile server", () => {
  const text = formatJsonReport(HOSTILE_REPORT);

  it("has no lone-surrogate escape, so strict parsers accept it, and every string is well-formed", () => {
    expect(text).not.toMatch(/(?<!\\)\\u[dD][89a-fA-F][0-9a-fA-F]{2}/);
    const bytes = new TextEncoder().encode(text);
    const decoded = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    const parsed = JSON.parse(decoded) as { results: CheckResult[]; serverSaid: string };
    expect(parsed.serverSaid).toBe(HOSTILE_NAME.replace("\ud800", "\ufffd"));
    expect(JSON.stringify(parsed)).not.toMatch(/\\ud[89a-f]/);
  });

  it("keeps the server's other characters as JSON escapes of themselves, none raw", () => {
    expect(text).not.toMatch(ACTS_ON_TERMINAL);
    expect(text).toContain("\\u001b[2J");
    expect(text).toContain("\\u202eevil");
  });

  it("is accepted by jq, which refuses a lone surrogate's escape", async () => {
    const jq = (input: string) =>
      new Promise<number | "missing">((resolve) => {
        const child = execFile("jq", ["-e", ".serverSaid"], (error) => {
          const code = (error as NodeJS.ErrnoException | null)?.code;
          resolve(code === "ENOENT" ? "missing" : typeof code === "number" ? code : error ? 1 : 0);
        });
        child.stdin?.end(input);
      });
    const strict = await jq(text);
    if (strict === "missing") return void console.warn("jq is not installed: the check by jq is skipped");
    expect(strict).toBe(0);
    // jq is no rubber stamp: the same report written by plain JSON.stringify is refused.
    expect(await jq(JSON.stringify(HOSTILE_REPORT))).not.toBe(0);
  });
});

describe("JUnit report of a hostile server", () => {
  const xml = formatJunitReport(HOSTILE_REPORT);

  it("stays valid XML 1.0 against Jenkins' schema, the server's text shown escaped", async () => {
    expect(xml).not.toMatch(ACTS_ON_TERMINAL);
    expect(xml).toContain("op\\x1b[2J");
    expect(checkJunit10Rules(xml)).toEqual([]);
    expect(await validateWithXmllint(xml)).toBe("valid");
  });
});
