/**
 * Preloaded into a CLI child (`--import`) by run-cli.ts: at exit the child prints its peak resident
 * memory (`process.resourceUsage().maxRSS`, in KiB) on stderr, as the last line, for the parent to read.
 */
process.on("exit", () => {
  process.stderr.write(`\nPEAK_RSS_KIB ${process.resourceUsage().maxRSS}\n`);
});
