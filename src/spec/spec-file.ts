/**
 * Where the bundled spec lives, found from this module's own location by walking up to the package
 * root, so the same code works from the sources (src/spec/) and from the build (dist/src/spec/).
 * Node only (it looks at the file system); the SDK entry never imports it.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SPEC_RELATIVE = join("spec", "automl-v1beta1-operations.yaml");

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SPEC_RELATIVE)) && existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`cannot find ${SPEC_RELATIVE} above ${from}`);
  }
}

/** The package's root folder (the one holding package.json and spec/). */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** The OpenAPI spec shipped with the package. */
export const DEFAULT_SPEC = join(PACKAGE_ROOT, SPEC_RELATIVE);
