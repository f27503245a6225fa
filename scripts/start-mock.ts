/**
 * `npm run mock [-- --port N]`: Prism's mock of the spec until Ctrl-C, the CLI's mock command from source.
 */
import { runCli } from "../src/cli/run.js";

process.exitCode = await runCli(["mock", ...process.argv.slice(2)]);
