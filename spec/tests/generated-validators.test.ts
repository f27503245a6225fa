import { describe, expect, it } from "vitest";
import { validateCancelOperationRequest, validateOperation } from "../../generated/validators.js";

const RUNNING_OP = {
  name: "projects/demo/locations/us-central1/operations/op1",
  metadata: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" },
};

describe("generated validators", () => {
  it("accept a running operation", () => {
    expect(validateOperation(RUNNING_OP)).toBe(true);
  });
  it("reject a running operation that carries a response", () => {
    expect(validateOperation({ ...RUNNING_OP, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } })).toBe(false);
  });
  it("reject a cancel body with a member", () => {
    expect(validateCancelOperationRequest({ force: true })).toBe(false);
  });
});
