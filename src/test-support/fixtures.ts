/** Operations in each state the SDK must handle, shared by the SDK's tests. */
import type { Operation } from "../options.js";

export const OP_NAME = "projects/demo/locations/us-central1/operations/TRN1234567890";
export const PARENT = "projects/demo/locations/us-central1";
export const TOKEN = "ya29.secret-token-never-shown";

const METADATA_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata" as const;

export const RUNNING_OP: Operation = {
  name: OP_NAME,
  metadata: {
    "@type": METADATA_TYPE,
    progressPercent: 42,
    createTime: "2026-11-20T10:00:00Z",
    updateTime: "2026-11-20T10:25:13.512Z",
    createModelDetails: {},
  },
};

export const RUNNING_OP_LATER: Operation = {
  ...RUNNING_OP,
  metadata: { ...RUNNING_OP.metadata!, progressPercent: 77, updateTime: "2026-11-20T10:40:00Z" },
};

export const SUCCEEDED_OP: Operation = {
  name: OP_NAME,
  metadata: { ...RUNNING_OP.metadata!, progressPercent: 100, updateTime: "2026-11-20T11:02:41.100Z" },
  done: true,
  response: {
    "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model",
    name: "projects/demo/locations/us-central1/models/TRN1234567890",
  },
};

export const FAILED_OP: Operation = {
  name: OP_NAME,
  metadata: { ...RUNNING_OP.metadata!, updateTime: "2026-11-20T09:00:41Z" },
  done: true,
  error: {
    code: 7,
    message: "The caller cannot write to gs://demo-bucket/export/.",
    details: [
      {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        reason: "GCS_PERMISSION_DENIED",
        domain: "automl.googleapis.com",
        metadata: { bucket: "demo-bucket" },
      },
      { "@type": "type.googleapis.com/example.UnknownDetail", anything: [1, 2] },
    ],
  },
};

export const CANCELLED_OP: Operation = {
  name: OP_NAME,
  metadata: RUNNING_OP.metadata!,
  done: true,
  error: { code: 1, message: "Operation was cancelled." },
};
