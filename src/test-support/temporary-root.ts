/**
 * vitest's global setup (vitest.config.ts `globalSetup`): one temporary directory for the whole run,
 * removed when the run ends, whatever the tests left in it.
 *
 * Tests make temporary files in many places (spec copies, the fake's state files, seeds, reports, the
 * browser's profile, the Python client's cache), some in child processes they start. Setting `TMPDIR`
 * before the workers start puts all of them under this one root (`os.tmpdir()` and the programs the tests
 * start read it), so `npm test` leaves nothing behind in the machine's /tmp, and a test that forgets its
 * own cleanup costs nothing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), "automl-ops-tests-"));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
