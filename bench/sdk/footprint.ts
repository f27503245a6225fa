/**
 * Installed footprint of a package: itself plus every production dependency it pulls in, resolved the
 * way Node does (nearest node_modules upward), each counted once.
 */
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";

function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Bytes of a directory's files, not descending into nested node_modules (counted as packages). */
function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Packages and bytes installed for `name` resolved from `rootDir`. */
export function footprint(name: string, rootDir: string): { packages: number; bytes: number } {
  return footprintOf([name], rootDir);
}

/** Packages and bytes installed for the production dependencies of the package at `rootDir`. */
export function dependenciesFootprint(rootDir: string): { packages: number; bytes: number } {
  const manifest = JSON.parse(readFileSync(join(rootDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  return footprintOf(Object.keys(manifest.dependencies ?? {}), rootDir);
}

function footprintOf(names: string[], rootDir: string): { packages: number; bytes: number } {
  const seen = new Set<string>();
  const visit = (pkg: string, from: string) => {
    const dir = findPackageDir(pkg, from);
    if (!dir || seen.has(dir)) return;
    seen.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir);
  };
  for (const name of names) visit(name, rootDir);
  let bytes = 0;
  for (const dir of seen) bytes += directoryBytes(dir);
  return { packages: seen.size, bytes };
}
