/**
 * The README's "Extending the spec" recipe, applied as a reader would apply it: each YAML block of that
 * section is pasted, as written, at the place its first line names (`# end of paths:`, `# end of
 * components: schemas:` …). Tests build on this so that a recipe that no longer pastes, or no longer
 * keeps the project green, fails them.
 */
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../scripts/spec-file.js";

const SECTION = "## Extending the spec";
const SPEC_RELATIVE = join("spec", "automl-v1beta1-operations.yaml");

/** One YAML block of the recipe: where it goes (a key path) and its text, the place line excluded. */
export interface RecipeBlock {
  place: string[];
  text: string;
}

/** The YAML blocks of the README's "Extending the spec" section, in order. */
export function readRecipeBlocks(readme: string): RecipeBlock[] {
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README has no "${SECTION}" section`);
  const next = readme.indexOf("\n## ", start + SECTION.length);
  const section = readme.slice(start, next < 0 ? undefined : next);
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map(([, body]) => {
    const [first = "", ...lines] = body!.split("\n");
    const place = /^# end of (.+)$/.exec(first)?.[1];
    if (!place) throw new Error(`a recipe block does not say where it goes ("# end of …:"): ${first}`);
    return { place: place.split(/:\s*/).filter(Boolean), text: lines.join("\n").replace(/\n*$/, "\n") };
  });
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");

/**
 * `spec` with `block` pasted at the end of the mapping its key path names: after the last line that
 * belongs to that key, as an editor would paste it.
 */
export function pasteBlock(spec: string, block: RecipeBlock): string {
  const lines = spec.split("\n");
  let from = 0;
  let to = lines.length;
  let indent = 0;
  for (const key of block.place) {
    // A key of this mapping, not a deeper one of the same name: at the indentation of its first member.
    const first = lines.findIndex((line, i) => i >= from && isContent(line));
    const childIndent = first < 0 ? 0 : indentOf(lines[first]!);
    const at = lines.findIndex((line, i) => i >= from && i < to && indentOf(line) === childIndent && line.trim() === `${key}:`);
    if (at < 0) throw new Error(`the spec has no "${block.place.join(": ")}:" to paste into`);
    indent = indentOf(lines[at]!);
    const end = lines.findIndex((line, i) => i > at && isContent(line) && indentOf(line) <= indent);
    from = at + 1;
    to = end < 0 || end > to ? to : end;
  }
  // Trailing blank lines stay after the pasted block.
  while (to > from && lines[to - 1]!.trim() === "") to -= 1;
  lines.splice(to, 0, ...block.text.replace(/\n$/, "").split("\n"));
  return lines.join("\n");
}

/** The bundled spec with every block of the README's recipe pasted in. */
export async function specWithReadmeRecipe(): Promise<string> {
  const readme = await readFile(join(PACKAGE_ROOT, "README.md"), "utf8");
  const spec = await readFile(join(PACKAGE_ROOT, SPEC_RELATIVE), "utf8");
  return readRecipeBlocks(readme).reduce(pasteBlock, spec);
}

/** What `npm test` reads, besides node_modules (linked, not copied). */
const PROJECT_ENTRIES = ["package.json", "tsconfig.json", "vitest.config.ts", "README.md", "src", "generated", "contract-tests", "scripts", "spec", "bench"];

/**
 * A copy of the project in `dir` (sources, spec, configuration; node_modules linked) whose spec has the
 * README's recipe pasted in. `generated/` is the original's: regenerating is the reader's next step.
 */
export async function copyProjectWithRecipe(dir: string): Promise<{ root: string; spec: string }> {
  await mkdir(dir, { recursive: true });
  for (const entry of PROJECT_ENTRIES) await cp(join(PACKAGE_ROOT, entry), join(dir, entry), { recursive: true });
  await symlink(join(PACKAGE_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const spec = join(dir, SPEC_RELATIVE);
  await writeFile(spec, await specWithReadmeRecipe());
  return { root: dir, spec };
}
