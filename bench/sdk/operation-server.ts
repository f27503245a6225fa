/**
 * A node:http server on 127.0.0.1 (port 0) with fixed answers: a list request (`GET …/operations`) gets a
 * page of 50 operations, a `:cancel` gets `{}`, anything else one Operation. Run as a child process by
 * the throughput benchmark so its CPU does not compete with the clients being measured. Prints
 * `PORT <n>` once listening; exits when its parent disconnects or closes its stdin.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const PARENT = "projects/demo/locations/us-central1";

export const FIXED_OPERATION = {
  name: `${PARENT}/operations/TRN1234567890`,
  metadata: {
    "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata",
    progressPercent: 42,
    createTime: "2026-11-20T10:00:00Z",
    updateTime: "2026-11-20T10:25:13.512Z",
    createModelDetails: {},
  },
};

/** Operations on one list page. */
export const PAGE_SIZE = 50;

export const LIST_PAGE = {
  operations: Array.from({ length: PAGE_SIZE }, (_, i) => ({
    ...FIXED_OPERATION,
    name: `${PARENT}/operations/TRN${String(1234567890 + i)}`,
    ...(i % 3 === 0 ? { done: true, response: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.Model", name: `${PARENT}/models/TRN${i}` } } : {}),
  })),
  nextPageToken: "CjIKMHByb2plY3RzL2RlbW8vbG9jYXRpb25zL3VzLWNlbnRyYWwxL29wZXJhdGlvbnMvVFJONTA",
};

const OPERATION_BODY = Buffer.from(JSON.stringify(FIXED_OPERATION));
const LIST_BODY = Buffer.from(JSON.stringify(LIST_PAGE));
const EMPTY_BODY = Buffer.from("{}");

function bodyFor(method: string | undefined, url: string | undefined): Buffer {
  const path = (url ?? "").split("?")[0]!;
  if (method === "POST" && path.endsWith(":cancel")) return EMPTY_BODY;
  if (method === "GET" && path.endsWith("/operations")) return LIST_BODY;
  return OPERATION_BODY;
}

if (process.argv[1]?.endsWith("operation-server.ts") || process.argv.includes("--serve")) {
  const server = createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
    request.resume();
    request.on("end", () => {
      const body = bodyFor(request.method, request.url);
      response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": body.length });
      response.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`PORT ${(server.address() as AddressInfo).port}\n`);
  });
  process.on("disconnect", () => server.close(() => process.exit(0)));
  process.stdin.on("end", () => process.exit(0));
  process.stdin.resume();
}
