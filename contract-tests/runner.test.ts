import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportPassed, runConformance } from "./runner.js";
import { startFakeTarget, type RunningTarget } from "./targets/local.js";

/** A fetch that drops `@type` from every operation's metadata: a server drifting from the spec. */
function withoutMetadataType(): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.text();
    const drifted = text.replace(/"@type":"type\.googleapis\.com\/google\.cloud\.automl\.v1beta1\.OperationMetadata",?/g, "");
    return new Response(drifted, { status: response.status, headers: response.headers });
  };
}

describe("runConformance", () => {
  let fake: RunningTarget;
  beforeAll(async () => {
    fake = await startFakeTarget();
  });
  afterAll(() => fake.close());

  it("fails the schema, invariant and client checks of a server whose metadata lacks @type", async () => {
    const target = { ...fake.target, name: "drifted", fetch: withoutMetadataType() };
    const report = await runConformance(target, { only: ["get-returns-the-listed-operation", "client-lists-and-gets"] });
    const failed = report.results.filter((r) => r.status === "failed").map((r) => r.id);
    expect(failed).toEqual(
      expect.arrayContaining([
        "get-returns-the-listed-operation/responseSchemaConformance",
        "get-returns-the-listed-operation/anyCarriesType",
        "client-lists-and-gets/clientCallSucceeded",
      ]),
    );
    const client = report.results.find((r) => r.id === "client-lists-and-gets/clientCallSucceeded");
    expect(client?.message).toMatch(/Received: ResponseValidationError: .*@type/);
    expect(reportPassed(report)).toBe(false);
  });

  it("records scenarios that found nothing to use as skipped and not exercised", async () => {
    const empty = { ...fake.target, parent: "projects/empty/locations/us-central1" };
    const report = await runConformance(empty, { only: ["cancel-running-ends-cancelled", "wait-returns-finished"] });
    const precondition = report.results.filter((r) => r.check === "precondition");
    expect(precondition.map((r) => r.status)).toEqual(["skipped", "skipped"]);
    expect(report.notExercised).toEqual([
      expect.stringMatching(/^wait-returns-finished-operation-at-once: needs 1 finished operation under projects\/empty/),
      expect.stringMatching(/^cancel-running-ends-cancelled: needs 1 running operation/),
    ]);
    expect(reportPassed(report)).toBe(false);
  });

  it("skips by capability with the reason, whatever the target is called", async () => {
    const readOnly = { ...fake.target, name: "fake", capabilities: { ...fake.target.capabilities, destructive: false } };
    const report = await runConformance(readOnly, { only: ["delete-then-get-is-not-found"] });
    expect(report.results).toEqual([
      expect.objectContaining({ status: "skipped", check: "capabilities", message: expect.stringMatching(/needs capability destructive/) }),
    ]);
  });

  it("reports coverage per spec operation and reports progress for every result", async () => {
    const seen: number[] = [];
    const report = await runConformance(fake.target, { only: ["getOperation-", "unknown-operation"], onProgress: (_, done) => seen.push(done) });
    expect(seen).toEqual(report.results.map((_, i) => i + 1));
    expect(report.coverage.getOperation?.generic).toEqual(expect.arrayContaining(["statusCodeConformance", "responseSchemaConformance"]));
    expect(report.coverage.deleteOperation?.semantic).toEqual(["unknown-operation-is-not-found"]);
    expect(report.coverage.listOperations?.semantic).toEqual([]);
    expect(report.uncovered).toEqual([]);
  });
});
