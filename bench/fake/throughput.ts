/**
 * Requests per second of the fake's get and list (pageSize 50) under autocannon load on loopback,
 * beside a bare node:http server answering the same bodies as fixed strings. Each server runs in its
 * own child process; each measurement lasts `seconds` and the order alternates between rounds.
 */
import { autocannon } from "./autocannon.js";
import { BENCH_PARENT, benchOperationName } from "./bench-ops.js";
import { spawnServer } from "./spawn-server.js";

export interface ThroughputResult {
  method: "get" | "list";
  bareRps: number;
  fakeRps: number;
  ratio: number;
}

async function rps(url: string, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections: 32, duration: seconds, pipelining: 1 });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  return result.requests.average;
}

export async function measureThroughput(seconds = 2, rounds = 4): Promise<ThroughputResult[]> {
  const bare = await spawnServer(["bare"]);
  const fake = await spawnServer(["fake", "--ops", "200"]);
  const paths = {
    get: `/v1beta1/${benchOperationName(0)}`,
    list: `/v1beta1/${BENCH_PARENT}/operations?pageSize=50`,
  };
  try {
    const results: ThroughputResult[] = [];
    for (const method of ["get", "list"] as const) {
      let bareTotal = 0;
      let fakeTotal = 0;
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? [bare, fake] : [fake, bare];
        for (const server of order) {
          const value = await rps(server.url + paths[method], seconds);
          if (server === bare) bareTotal += value;
          else fakeTotal += value;
        }
      }
      results.push({ method, bareRps: bareTotal / rounds, fakeRps: fakeTotal / rounds, ratio: fakeTotal / bareTotal });
    }
    return results;
  } finally {
    await Promise.all([bare.stop(), fake.stop()]);
  }
}
