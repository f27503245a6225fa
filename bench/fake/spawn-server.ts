/** Starts bench/fake/server-child.ts in a child process and reads its PORT line. */
import { spawn } from "node:child_process";

export interface ChildServer {
  url: string;
  rss: number;
  baseRss: number;
  stop(): Promise<void>;
}

export async function spawnServer(args: string[]): Promise<ChildServer> {
  const script = new URL("./server-child.ts", import.meta.url).pathname;
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", script, ...args], { stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server ${args.join(" ")} did not start`)), 120_000);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("\n")) {
        clearTimeout(timer);
        resolve(out.split("\n")[0]!);
      }
    });
  });
  const m = /^PORT (\d+) RSS (\d+) BASE_RSS (\d+)$/.exec(line);
  if (!m) throw new Error(`unexpected line from server: ${line}`);
  return {
    url: `http://127.0.0.1:${m[1]}`,
    rss: Number(m[2]),
    baseRss: Number(m[3]),
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.once("exit", () => resolve());
        child.stdin.end();
      }),
  };
}
