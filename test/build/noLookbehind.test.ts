/**
 * No regular-expression lookbehind in anything the add-in ships. Safari's WebKit before 16.4
 * cannot parse `(?<=...)` or `(?<!...)`: a bundle holding one fails to load as a whole, so on
 * an older Mac no PERF function registers and the pane stays blank. Checked on every
 * JavaScript file of the production build (bundles and chunks), and on the sources that go
 * into them so that a failure names the file to fix.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { builtOutput, ROOT, type BuildOutput } from "./builtOutput";

/** A lookbehind group opening, in a regex literal or in a string given to RegExp. */
const LOOKBEHIND = /\(\?<[=!]/g;

let build: BuildOutput;

beforeAll(() => {
  build = builtOutput("addin");
}, 300_000);

afterAll(() => build.dispose());

function filesUnder(directory: string, keep: (name: string) => boolean): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** Each lookbehind with a little context, for the failure message. */
function lookbehindsIn(text: string): string[] {
  return [...text.matchAll(LOOKBEHIND)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 40));
}

/** Comments may mention the syntax; only code counts. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

describe("the shipped add-in", () => {
  it("has JavaScript files to check (bundles and the chunks they load)", () => {
    const scripts = filesUnder(build.directory, (name) => name.endsWith(".js")).filter((file) => !relative(build.directory, file).startsWith("cli"));
    expect(scripts.map((file) => relative(build.directory, file))).toEqual(expect.arrayContaining(["functions.js", "taskpane.js"]));
  });

  it("holds no regular-expression lookbehind in any JavaScript file", () => {
    const scripts = filesUnder(build.directory, (name) => name.endsWith(".js")).filter((file) => !relative(build.directory, file).startsWith("cli"));
    const found = scripts.flatMap((file) => lookbehindsIn(readFileSync(file, "utf8")).map((context) => `${relative(build.directory, file)}: …${context}…`));
    expect(found).toEqual([]);
  });
});

describe("the sources bundled into the add-in", () => {
  const sources = ["src/core", "src/functions", "src/excel", "src/taskpane"].flatMap((folder) => filesUnder(join(ROOT, folder), (name) => /\.tsx?$/.test(name)));

  it("are found", () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  it.each(sources.map((file) => [relative(ROOT, file), file]))("%s uses no lookbehind", (_name, file) => {
    expect(lookbehindsIn(withoutComments(readFileSync(file, "utf8")))).toEqual([]);
  });

  it("the check finds a lookbehind where there is one", () => {
    expect(lookbehindsIn(String.raw`const a = /(?<!\d)x/; new RegExp("(?<=€ )-")`)).toHaveLength(2);
    expect(lookbehindsIn(String.raw`const named = /(?<year>\d{4})/`)).toEqual([]);
  });
});
