#!/usr/bin/env node
/**
 * The `automl-ops` command (package.json "bin"). All logic lives in run.ts so tests can call it.
 */
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2));
