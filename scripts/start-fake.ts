/**
 * Starts the fake from a checkout: `tsx scripts/start-fake.ts [options]`, the options of `automl-ops fake`
 * (`--help` lists them).
 */
import { runFakeCommand } from "../src/fake/cli.js";

process.exitCode = await runFakeCommand(process.argv.slice(2));
