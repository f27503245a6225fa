/** autocannon's programmatic API, typed for what the benchmarks use (the package ships no types). */
import { createRequire } from "node:module";

export interface AutocannonOptions {
  url: string;
  connections?: number;
  duration?: number;
  pipelining?: number;
  method?: string;
}

export interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

const load = createRequire(import.meta.url)("autocannon") as (options: AutocannonOptions) => Promise<AutocannonResult>;

export function autocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  return load(options);
}
