/**
 * A server for the fake's benchmarks, run as a child process so that load generation and serving do
 * not share one event loop. Prints `PORT <n> RSS <bytes> BASE_RSS <bytes>` once listening; exits when
 * its stdin closes.
 *
 *   node --import tsx bench/fake/server-child.ts fake [--ops N] [--control]
 *   node --import tsx bench/fake/server-child.ts bare      (fixed bodies rendered once from the fake)
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createFakeHandler, createFakeServer } from "../../src/fake/index.js";
import { BENCH_TOKEN_SECRET, benchOperation } from "./bench-ops.js";

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const [kind = "fake", ...rest] = process.argv.slice(2);
const flag = (name: string) => rest.includes(name);
const num = (name: string, fallback: number) => {
  const i = rest.indexOf(name);
  return i >= 0 ? Number(rest[i + 1]) : fallback;
};

gc();
const baseRss = process.memoryUsage().rss;
let port: number;
let stop: () => Promise<void>;
if (kind === "bare") {
  // Render the same bodies the fake would send, once, then serve them as fixed strings.
  const { store } = createFakeHandler({ seed: "none" });
  for (let i = 0; i < 50; i++) store.create(benchOperation(i));
  const getBody = JSON.stringify(store.get(benchOperation(0).name));
  const listBody = JSON.stringify({ operations: Array.from({ length: 50 }, (_, i) => store.get(benchOperation(i).name)) });
  const server = createServer((req, res) => {
    const body = req.url?.includes("/operations?") ? listBody : getBody;
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  stop = () => new Promise((resolve) => server.close(() => resolve()));
} else {
  const fake = await createFakeServer({ seed: "none", control: flag("--control"), tokenSecret: BENCH_TOKEN_SECRET });
  const count = num("--ops", 50);
  for (let i = 0; i < count; i++) fake.store.create(benchOperation(i));
  port = fake.port;
  stop = fake.close;
}
gc();
process.stdout.write(`PORT ${port} RSS ${process.memoryUsage().rss} BASE_RSS ${baseRss}\n`);
process.stdin.resume();
process.stdin.on("end", () => void stop().then(() => process.exit(0)));
