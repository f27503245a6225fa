/**
 * `npm run conformance -- --base-url URL --parent projects/P/locations/L …`: the CLI's conformance
 * command from source, without a build.
 */
import { runCli } from "../src/cli/run.js";

process.exitCode = await runCli(["conformance", ...process.argv.slice(2)]);
