import { describe, expect, it } from "vitest";
import {
  anyCarriesType,
  doneConsistency,
  namesKeepOneProject,
  operationIsDone,
  operationIsNamed,
  operationNameUnderParent,
  timestampsAreRfc3339,
} from "./operation.js";
import { CANCELLED_OP, FAILED_OP, PARENT, RECEIVED_DOCUMENTED, RUNNING_OP, SUCCEEDED_OP } from "./fixtures.js";
import { isNote } from "./verdict.js";

describe("operation invariants", () => {
  it("operationNameUnderParent fails a name under another location", () => {
    const elsewhere = { ...RUNNING_OP, name: "projects/demo/locations/europe-west1/operations/RUN1" };
    expect(() => operationNameUnderParent(elsewhere, PARENT)).toThrow(/Received: projects\/demo\/locations\/europe-west1/);
    expect(() => operationNameUnderParent({ ...RUNNING_OP, name: `${PARENT}/operations/a/b` }, PARENT)).toThrow(RECEIVED_DOCUMENTED);
    expect(operationNameUnderParent(RUNNING_OP, PARENT)).toBeUndefined();
  });

  it("anyCarriesType fails metadata, a response or an error detail without @type", () => {
    expect(() => anyCarriesType({ ...RUNNING_OP, metadata: { progressPercent: 3 } })).toThrow(/metadata of .* has no valid @type/);
    expect(() => anyCarriesType({ ...SUCCEEDED_OP, response: { name: "m" } })).toThrow(RECEIVED_DOCUMENTED);
    expect(() => anyCarriesType({ ...FAILED_OP, error: { code: 7, details: [{ reason: "X" }] } })).toThrow(/error.details\[0\]/);
    expect(anyCarriesType(SUCCEEDED_OP)).toBeUndefined();
  });

  it("doneConsistency fails a running operation with an error and a finished one with both results", () => {
    expect(() => doneConsistency({ ...RUNNING_OP, error: { code: 1 } })).toThrow(/Received: done absent with error/);
    expect(() => doneConsistency({ ...SUCCEEDED_OP, error: { code: 2 } })).toThrow(/Received: error and response/);
    expect(() => doneConsistency({ ...RUNNING_OP, done: "yes" })).toThrow(RECEIVED_DOCUMENTED);
    expect(doneConsistency(CANCELLED_OP)).toBeUndefined();
    expect(doneConsistency(RUNNING_OP)).toBeUndefined();
  });

  it("timestampsAreRfc3339 fails a local time without Z and an update before the creation", () => {
    const local = { ...RUNNING_OP, metadata: { "@type": "t/x.Y", createTime: "2026-11-20 10:00:00" } };
    expect(() => timestampsAreRfc3339(local)).toThrow(/Received: 2026-11-20 10:00:00/);
    const backwards = { ...RUNNING_OP, metadata: { "@type": "t/x.Y", createTime: "2026-11-20T10:00:00Z", updateTime: "2026-11-20T09:00:00Z" } };
    expect(() => timestampsAreRfc3339(backwards)).toThrow(/updated before it was created/);
    expect(timestampsAreRfc3339(RUNNING_OP)).toBeUndefined();
  });

  it("operationIsDone and operationIsNamed fail a running or another operation", () => {
    expect(() => operationIsDone(RUNNING_OP)).toThrow(/Received: done absent\n {2}Documented: done true/);
    expect(() => operationIsNamed(FAILED_OP, String(RUNNING_OP.name))).toThrow(RECEIVED_DOCUMENTED);
    expect(operationIsDone(FAILED_OP)).toBeUndefined();
  });

  it("operationNameUnderParent notes a canonical project number and fails any other project", () => {
    const canonical = { ...RUNNING_OP, name: "projects/434039606874/locations/us-central1/operations/RUN1" };
    expect(isNote(operationNameUnderParent(canonical, PARENT))).toBe(true);
    const elsewhere = { ...RUNNING_OP, name: "projects/other-project/locations/us-central1/operations/RUN1" };
    expect(() => operationNameUnderParent(elsewhere, PARENT)).toThrow(/Received: projects\/other-project/);
  });

  it("namesKeepOneProject fails a run whose answers switch between the project id and its number", () => {
    const seen = new Set<string>();
    expect(namesKeepOneProject(RUNNING_OP, seen)).toBeUndefined();
    expect(namesKeepOneProject(FAILED_OP, seen)).toBeUndefined();
    const canonical = { ...RUNNING_OP, name: "projects/434039606874/locations/us-central1/operations/RUN1" };
    expect(() => namesKeepOneProject(canonical, seen)).toThrow(/Received: demo and 434039606874/);
    expect(namesKeepOneProject(canonical, new Set())).toBeUndefined();
  });

  it("operationIsNamed accepts the same operation under the canonical project number", () => {
    expect(operationIsNamed({ ...RUNNING_OP, name: "projects/434039606874/locations/us-central1/operations/RUN1" }, String(RUNNING_OP.name))).toBeUndefined();
    expect(() => operationIsNamed({ ...RUNNING_OP, name: "projects/434039606874/locations/us-central1/operations/RUN2" }, String(RUNNING_OP.name))).toThrow(RECEIVED_DOCUMENTED);
  });

  it("notes proto3 forms: done false written out and nanosecond timestamps", () => {
    expect(isNote(doneConsistency({ ...RUNNING_OP, done: false }))).toBe(true);
    const fine = { ...RUNNING_OP, metadata: { "@type": "t/x.Y", createTime: "2026-11-20T10:00:00.123456789Z", updateTime: "2026-11-20T10:00:01.000000000Z" } };
    expect(timestampsAreRfc3339(fine)).toEqual({ note: expect.stringMatching(/9 fractional digits/) });
  });
});
