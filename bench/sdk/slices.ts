/**
 * One measuring process of the throughput benchmark (bench/sdk-throughput.ts starts several, one after
 * another, and pools what they print): it builds one group of contenders for one method, warms them up,
 * then runs `--rounds` rounds of one short slice per contender (`--slice` requests, `--concurrency` in
 * flight), in an order shuffled per round. It prints one JSON line: per contender, each slice's wall
 * time (ms) and client CPU (µs, process.cpuUsage: every thread of this process).
 *
 *   tsx bench/sdk/slices.ts --port P --method get --group main --concurrency 1 --slice 1 --rounds 2500 --seed 1
 *
 * Slices are short (a single request when sequential, 16 per connection at 32 in flight), so the
 * contenders take turns faster than the machine's load changes; nothing is collected between them, so a
 * garbage collection lands on whichever contender allocates when the heap fills, as often as its share of
 * the allocation. Separate processes: a process's JIT and heap settle differently from run to run, and
 * that shifts every contender of the process a little differently; several processes average it out.
 * Google's client runs in processes of its own (group "google", with raw fetch as its yardstick): loading
 * it (gax, protobufjs, its own fetch) changes the process the other contenders would run in.
 */
import { contenders, type Group, type Method } from "./contenders.js";

export interface SliceResults {
  /** Per contender, in the order built: one [wall ms, cpu µs] per slice. */
  [name: string]: Array<[ms: number, cpuUs: number]>;
}

const argValue = (flag: string): string => {
  const i = process.argv.indexOf(flag);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (value === undefined) throw new Error(`slices.ts needs ${flag}`);
  return value;
};

/** The wall time of `requests` calls with `concurrency` in flight, and the CPU the process used meanwhile. */
async function run(call: () => Promise<unknown>, requests: number, concurrency: number): Promise<[number, number]> {
  let next = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next++ < requests) await call();
  };
  if (requests === 1) await call();
  else await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return [ms, used.user + used.system];
}

/** A seeded shuffle (mulberry32), so a run's orders are the same from run to run. */
function shuffler(start: number): <T>(items: readonly T[]) => T[] {
  let seed = start | 0;
  return (items) => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      const j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

async function main(): Promise<void> {
  const method = argValue("--method") as Method;
  const group = argValue("--group") as Group;
  const concurrency = Number(argValue("--concurrency"));
  const slice = Number(argValue("--slice"));
  const rounds = Number(argValue("--rounds"));
  const shuffled = shuffler(Number(argValue("--seed")));
  const baselineAt = process.argv.indexOf("--baseline");
  const baseline = baselineAt >= 0 ? process.argv[baselineAt + 1] : undefined;
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

  const all = await contenders(method, Number(argValue("--port")), group, baseline);
  const list = only === undefined ? all : all.filter(([name]) => name === only);
  if (concurrency === 1 && slice !== 1) throw new Error("a sequential slice is one request");
  // Warm-up: JIT, connections, validators.
  for (const [, call] of list) await run(call, 500, concurrency);
  const results: SliceResults = Object.fromEntries(list.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, call] of shuffled(list)) results[name]!.push(await run(call, slice, concurrency));
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

await main();
