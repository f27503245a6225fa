/**
 * Starts the fake from a checkout: `tsx scripts/start-fake.ts [--port 0] [--seed FILE] [--require-auth]
 * [--fault SPEC]... [--control] [--self-check]`. Same options as `automl-ops fake`.
 */
import { runFakeCommand } from "../src/fake/cli.js";

process.exitCode = await runFakeCommand(process.argv.slice(2));
