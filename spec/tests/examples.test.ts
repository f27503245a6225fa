import { describe, expect, it } from "vitest";
import { loadSpec } from "../../contract-tests/spec-model.js";
import { AUTOML_OPERATIONS_METHODS, AUTOML_STARTERS } from "../../src/test-support/automl-methods.js";
import { allExamples, schemaErrors } from "./spec-fixtures.js";

const examples = allExamples();

describe("spec examples", () => {
  it("cover every operation's success and error responses", () => {
    const ids = new Set(examples.map((e) => e.where.split(" ")[0]));
    const specIds = loadSpec().operations.map((op) => op.operationId);
    expect(specIds).toEqual(expect.arrayContaining([...AUTOML_OPERATIONS_METHODS, ...AUTOML_STARTERS]));
    expect([...ids].sort()).toEqual([...specIds].sort());
    for (const id of ids) {
      expect(examples.some((e) => e.where.startsWith(`${id} 200 `)), `${id} 200`).toBe(true);
      expect(examples.some((e) => e.where.startsWith(`${id} 404 `)), `${id} 404`).toBe(true);
      expect(examples.some((e) => e.where.startsWith(`${id} default `)), `${id} default`).toBe(true);
    }
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s validates against its schema", (_where, example) => {
    expect(schemaErrors(example.schema, example.value), JSON.stringify(example.value)).toEqual([]);
  });

  it("error examples carry code equal to the documented HTTP status", () => {
    const errors = examples.filter((e) => /^\w+ [45]\d\d /.test(e.where));
    expect(errors.length).toBeGreaterThan(10);
    for (const e of errors) {
      const status = Number(e.where.split(" ")[1]);
      expect((e.value as { error: { code: number } }).error.code, e.where).toBe(status);
    }
  });
});
