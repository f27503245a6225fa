/**
 * A node:http server on 127.0.0.1 (port 0) that answers every request with one fixed Operation. Run as a
 * child process by the throughput benchmark so its CPU does not compete with the clients being measured.
 * Prints `PORT <n>` once listening; exits when its parent disconnects.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export const FIXED_OPERATION = {
  name: "projects/demo/locations/us-central1/operations/TRN1234567890",
  metadata: {
    "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata",
    progressPercent: 42,
    createTime: "2026-11-20T10:00:00Z",
    updateTime: "2026-11-20T10:25:13.512Z",
    createModelDetails: {},
  },
};

const body = Buffer.from(JSON.stringify(FIXED_OPERATION));

if (process.argv[1]?.endsWith("operation-server.ts") || process.argv.includes("--serve")) {
  const server = createServer({ keepAliveTimeout: 30_000 }, (request, response) => {
    request.resume();
    request.on("end", () => {
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
