import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { COVERAGE_ALLOWLIST } from "./coverage-allowlist.js";
import { staleAllowlistEntries, uncoveredOperations } from "./coverage.js";
import { listScenarios } from "./runner.js";
import { defaultSpecPath, loadSpec } from "./spec-model.js";

/** The kit's spec plus an `archiveOperation` endpoint no scenario knows. */
function specWithNewEndpoint(): string {
  const doc = parse(readFileSync(defaultSpecPath(), "utf8")) as { paths: Record<string, unknown> };
  const base = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
  doc.paths[`${base}:archive`] = {
    parameters: ["projectsId", "locationsId", "operationsId"].map((p) => ({ $ref: `#/components/parameters/${p}` })),
    post: {
      operationId: "archiveOperation",
      parameters: [{ name: "force", in: "query", required: false, schema: { type: "integer", minimum: 0 } }],
      responses: { "200": { $ref: "#/components/responses/Empty" }, default: { $ref: "#/components/responses/Error" } },
    },
  };
  const path = join(mkdtempSync(join(tmpdir(), "contract-spec-")), "spec.yaml");
  writeFileSync(path, stringify(doc));
  return path;
}

describe("coverage gate", () => {
  it("every operation of the kit's spec has a semantic scenario", () => {
    const spec = loadSpec();
    expect(uncoveredOperations(spec, listScenarios(spec))).toEqual([]);
    expect(staleAllowlistEntries(spec, listScenarios(spec))).toEqual([]);
  });

  it("a new endpoint gets the generic scenarios with no new code", () => {
    const spec = loadSpec(specWithNewEndpoint());
    const ids = listScenarios(spec).filter((s) => s.operationIds.includes("archiveOperation")).map((s) => s.id);
    // Order aside: scenarios that may change state (malformed input to a real operation) run last.
    expect(ids.sort()).toEqual([
      "archiveOperation-documented-request",
      "archiveOperation-malformed-input",
      "archiveOperation-missing-token",
      "archiveOperation-path-refuses-GET",
      "archiveOperation-unknown-resource",
    ]);
  });

  it("a new endpoint without a semantic scenario fails the gate until allowlisted with a reason", () => {
    const spec = loadSpec(specWithNewEndpoint());
    const scenarios = listScenarios(spec);
    expect(uncoveredOperations(spec, scenarios)).toEqual(["archiveOperation"]);
    expect(uncoveredOperations(spec, scenarios, { ...COVERAGE_ALLOWLIST, archiveOperation: "archiving is checked by hand" })).toEqual([]);
  });

  it("an allowlist entry for an operation gone from the spec or already covered is stale", () => {
    const spec = loadSpec();
    const stale = staleAllowlistEntries(spec, listScenarios(spec), { getOperation: "x", removedOperation: "y" });
    expect(stale).toEqual(["getOperation", "removedOperation"]);
  });
});
