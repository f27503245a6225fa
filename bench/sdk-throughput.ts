/**
 * Throughput of `get` against a local node:http server (127.0.0.1) answering a fixed Operation:
 * raw fetch, bare openapi-fetch, this SDK (validation off and on) and Google's AutoMlClient (REST
 * transport) operations client — sequential and 32 concurrent, measured side by side in one run, in
 * rotating order, and printed as ratios to raw fetch. Bounded: a fixed count of requests per round.
 *
 *   npm run bench:sdk:throughput [-- --rounds 8 --requests 2000]
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import createClient from "openapi-fetch";
import type { paths } from "../generated/schema.js";
import { createOperationsClient } from "../src/index.js";

const require = createRequire(import.meta.url);
const argValue = (flag: string, fallback: number) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = argValue("--rounds", 8);
const REQUESTS = argValue("--requests", 2000);
const CONCURRENCY = 32;
const NAME = "projects/demo/locations/us-central1/operations/TRN1234567890";
const TOKEN = "bench-token";

async function startServer(): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ["--import", "tsx", new URL("./sdk/operation-server.ts", import.meta.url).pathname, "--serve"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.stdout.on("data", (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  return { port, stop: () => child.stdin.end() };
}

type Get = () => Promise<unknown>;

async function googleClient(port: number): Promise<Get> {
  const { v1beta1 } = require("@google-cloud/automl") as typeof import("@google-cloud/automl");
  const { OAuth2Client } = require("google-auth-library") as typeof import("google-auth-library");
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: TOKEN, expiry_date: Date.now() + 3_600_000 });
  // google-gax bundles its own google-auth-library copy, so the class types differ though the object works.
  const client = new v1beta1.AutoMlClient({ fallback: true, apiEndpoint: "127.0.0.1", port, protocol: "http", authClient: authClient as never });
  // The generated request type lists every optional field of GetOperationRequest; the name is all it needs.
  const request = { name: NAME } as Parameters<typeof client.operationsClient.getOperation>[0];
  return () => client.operationsClient.getOperation(request);
}

async function contenders(port: number): Promise<Array<[string, Get]>> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const url = `${baseUrl}/v1beta1/${NAME}`;
  const bare = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${TOKEN}` } });
  const path = { projectsId: "demo", locationsId: "us-central1", operationsId: "TRN1234567890" };
  const sdk = createOperationsClient({ baseUrl, token: TOKEN });
  const validating = createOperationsClient({ baseUrl, token: TOKEN, validateResponses: true });
  return [
    ["raw fetch", async () => (await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } })).json()],
    ["bare openapi-fetch", () => bare.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path } })],
    ["SDK, validation off", () => sdk.get(NAME)],
    ["SDK, validation on", () => validating.get(NAME)],
    ["Google AutoMlClient (REST)", await googleClient(port)],
  ];
}

/** Requests per second, and the client's own CPU time per request in µs (less sensitive to a busy machine). */
async function run(get: Get, requests: number, concurrency: number): Promise<{ rate: number; cpuUs: number }> {
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  const worker = async () => {
    while (next++ < requests) await get();
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { rate: requests / ((performance.now() - started) / 1000), cpuUs: (used.user + used.system) / requests };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const server = await startServer();
try {
  const list = await contenders(server.port);
  for (const [, get] of list) await run(get, 200, 8); // warm-up: JIT, connections, validators
  for (const [mode, concurrency] of [["sequential", 1], [`${CONCURRENCY} concurrent`, CONCURRENCY]] as const) {
    const rates = new Map<string, number[]>(list.map(([name]) => [name, []]));
    const cpus = new Map<string, number[]>(list.map(([name]) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Short slices in rotating order: a busy neighbour slows every contender alike.
      for (let i = 0; i < list.length; i++) {
        const [name, get] = list[(i + round) % list.length]!;
        const { rate, cpuUs } = await run(get, REQUESTS, concurrency);
        rates.get(name)!.push(rate);
        cpus.get(name)!.push(cpuUs);
      }
    }
    const base = median(rates.get("raw fetch")!);
    const baseCpu = median(cpus.get("raw fetch")!);
    console.log(`\nget, ${mode}: ${ROUNDS} rounds × ${REQUESTS} requests each, medians`);
    console.log(`  ${"contender".padEnd(28)} ${"req/s".padStart(7)}   throughput   client CPU/req`);
    for (const [name] of list) {
      const rate = median(rates.get(name)!);
      const cpu = median(cpus.get(name)!);
      console.log(
        `  ${name.padEnd(28)} ${rate.toFixed(0).padStart(7)}   ${(rate / base).toFixed(2)}× raw    ${cpu.toFixed(0).padStart(5)} µs (${(cpu / baseCpu).toFixed(2)}× raw)`,
      );
    }
  }
} finally {
  server.stop();
}
