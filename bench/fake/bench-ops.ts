/** The operations the fake's benchmarks store: long-running (a day), of a few kinds, in one parent. */
import type { OperationInput } from "../../src/fake/index.js";

export const BENCH_PARENT = "projects/bench/locations/us-central1";
export const BENCH_TOKEN_SECRET = "bench-secret";
const KINDS = ["createModelDetails", "deployModelDetails", "exportDataDetails", "batchPredictDetails"] as const;

export function benchOperationName(i: number): string {
  return `${BENCH_PARENT}/operations/OP${String(i).padStart(9, "0")}`;
}

export function benchOperation(i: number): OperationInput {
  return { name: benchOperationName(i), kind: KINDS[i % KINDS.length], duration: "86400s" };
}
