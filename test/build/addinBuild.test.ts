/**
 * What `npm run build` ships: every file the manifest points to, a taskpane.html that loads
 * office.js from Microsoft's CDN first and then both bundles under a strict
 * Content-Security-Policy, bundles without eval, and a functions.js that stays small because
 * it carries no React or Fluent UI.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtOutput, ROOT, type BuildOutput } from "./builtOutput";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_BUDGET_GZIPPED = 50 * 1024;
/** Microsoft's React template loads 165 KB gzipped: we load less. */
const PANE_PAGE_BUDGET_GZIPPED = 165 * 1024;

let build: BuildOutput;
const read = (file: string) => readFileSync(join(build.directory, file));
const gzipped = (file: string) => gzipSync(read(file), { level: 9 }).length;

beforeAll(() => {
  build = builtOutput("addin");
});

afterAll(() => build.dispose());

/** The attributes of each <script> tag of an HTML text, in order. */
function scripts(html: string): Record<string, string>[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => {
    const attributes = Object.fromEntries(
      [...(match[1] ?? "").matchAll(/([a-z-]+)(?:="([^"]*)")?/g)].map((attribute) => [attribute[1] ?? "", attribute[2] ?? ""]),
    );
    return { ...attributes, body: (match[2] ?? "").trim() };
  });
}

function contentSecurityPolicy(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
  return new Map(
    content
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0] ?? "", parts.slice(1)]),
  );
}

describe("npm run build", () => {
  it.each([
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "functions.en-US.json",
    "manifest.xml",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ])("emits %s", (file) => {
    expect(existsSync(join(build.directory, file))).toBe(true);
  });

  it("copies the manifest unchanged when no production URL is given", () => {
    expect(read("manifest.xml").toString("utf8")).toBe(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
  });
});

describe("taskpane.html", () => {
  const html = () => read("taskpane.html").toString("utf8");

  it("loads office.js from Microsoft's CDN first, then the functions, then the pane", () => {
    expect(scripts(html()).map((script) => script.src)).toEqual([OFFICE_JS, "functions.js", "taskpane.js"]);
  });

  it("defers both bundles and has no inline script", () => {
    const [, ...bundles] = scripts(html());
    for (const bundle of bundles) expect(bundle).toHaveProperty("defer");
    for (const script of scripts(html())) expect(script.body).toBe("");
  });

  it("lets scripts come only from the add-in and the office.js CDN, and never eval", () => {
    const policy = contentSecurityPolicy(html());
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", new URL(OFFICE_JS).origin]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("is in Italian and has the root the pane mounts in", () => {
    expect(html()).toMatch(/<html lang="it">/);
    expect(html()).toMatch(/<div id="root"><\/div>/);
  });
});

describe("the bundles", () => {
  it.each(["functions.js", "taskpane.js"])("%s contains no eval and no new Function, which the CSP forbids", (file) => {
    const code = read(file).toString("utf8");
    expect(code).not.toMatch(/\beval\(/);
    expect(code).not.toMatch(/new Function\(/);
  });

  it("keeps functions.js under 50 KB gzipped", () => {
    expect(gzipped("functions.js")).toBeLessThan(FUNCTIONS_BUDGET_GZIPPED);
  });

  it("keeps React and Fluent UI out of functions.js", () => {
    const code = read("functions.js").toString("utf8");
    for (const marker of ["react.production", "Minified React error", "__reactFiber", "FluentProvider", "griffel"]) {
      expect(code).not.toContain(marker);
    }
  });

  it("loads less script with the pane than Microsoft's React template does (165 KB gzipped)", () => {
    expect(gzipped("functions.js") + gzipped("taskpane.js")).toBeLessThan(PANE_PAGE_BUDGET_GZIPPED);
  });
});
