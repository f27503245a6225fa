/**
 * The functions with the most self time in a V8 CPU profile (`node --cpu-prof`), grouped by function and
 * source line, with their share of the samples. Used to find where a benchmark's time goes:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/sdk-throughput.ts --methods get --only "SDK, default options"
 *   npx tsx bench/sdk/profile-top.ts /tmp/prof/*.cpuprofile [--top 25]
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, in ms, largest first. */
export function selfTimes(profile: Profile): Array<{ name: string; ms: number; share: number }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url
      .replace(/^file:\/\//, "")
      .replace(/^.*\/node_modules\//, "")
      .replace(/^.*\/(src|bench|generated)\//, "$1/");
    const name = `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
    totals.set(name, (totals.get(name) ?? 0) + dt);
    all += dt;
  });
  return [...totals].map(([name, ms]) => ({ name, ms, share: ms / all })).sort((a, b) => b.ms - a.ms);
}

if (process.argv[1]?.endsWith("profile-top.ts")) {
  const topArg = process.argv.indexOf("--top");
  const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 25;
  const files = process.argv.slice(2).filter((arg, i, all) => arg !== "--top" && all[i - 1] !== "--top");
  for (const file of files) {
    const rows = selfTimes(JSON.parse(readFileSync(file, "utf8")) as Profile);
    console.log(`\n${file}: top ${top} by self time`);
    for (const row of rows.slice(0, top)) {
      console.log(`  ${(row.share * 100).toFixed(1).padStart(5)}%  ${row.ms.toFixed(0).padStart(6)} ms  ${row.name}`);
    }
  }
}
