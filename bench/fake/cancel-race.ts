/**
 * 1,000 concurrent cancels of distinct running operations, then 1,000 concurrent cancels of one
 * operation: every cancel answers 200 `{}`, every operation ends CANCELLED, and the fake's own
 * counter shows each cancel took effect exactly once.
 */
import { benchOperationName } from "./bench-ops.js";
import { spawnServer } from "./spawn-server.js";

export interface CancelRaceResult {
  scenario: string;
  requests: number;
  ok: number;
  failed: number;
  cancelledOps: number;
  transitions: number;
  ms: number;
}

async function cancelAll(base: string, names: string[]): Promise<{ ok: number; failed: number; ms: number }> {
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    names.map(async (name) => {
      const response = await fetch(`${base}/v1beta1/${name}:cancel`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      const text = await response.text();
      if (response.status !== 200 || text !== "{}") throw new Error(`${response.status} ${text}`);
    }),
  );
  const ok = outcomes.filter((o) => o.status === "fulfilled").length;
  return { ok, failed: outcomes.length - ok, ms: performance.now() - started };
}

async function cancelledCount(base: string, names: string[]): Promise<number> {
  let count = 0;
  for (const name of new Set(names)) {
    const op = (await (await fetch(`${base}/v1beta1/${name}`)).json()) as { done?: boolean; error?: { code?: number } };
    if (op.done === true && op.error?.code === 1) count++;
  }
  return count;
}

async function transitions(base: string): Promise<number> {
  return ((await (await fetch(`${base}/__control/stats`)).json()) as { cancelled: number }).cancelled;
}

export async function measureCancelRace(count = 1_000): Promise<CancelRaceResult[]> {
  const server = await spawnServer(["fake", "--ops", String(count + 1), "--control"]);
  try {
    const distinct = Array.from({ length: count }, (_, i) => benchOperationName(i));
    const first = await cancelAll(server.url, distinct);
    const afterDistinct = await transitions(server.url);
    const same = Array.from({ length: count }, () => benchOperationName(count));
    const second = await cancelAll(server.url, same);
    const afterSame = await transitions(server.url);
    return [
      { scenario: `${count} distinct`, requests: count, ...first, cancelledOps: await cancelledCount(server.url, distinct), transitions: afterDistinct },
      { scenario: `${count} × one`, requests: count, ...second, cancelledOps: await cancelledCount(server.url, same), transitions: afterSame - afterDistinct },
    ];
  } finally {
    await server.stop();
  }
}
