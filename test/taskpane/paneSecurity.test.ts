import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");
const PANE = join(ROOT, "src", "taskpane");
/** The browser preview (src/preview) fetches its workbook from its own server; the pane itself never calls out. */
const PREVIEW = join(ROOT, "src", "preview");
/** What the browser preview bundles beside the pane: its own page and the in-memory workbook. */
const BROWSER_EXTRAS = [PREVIEW, join(ROOT, "src", "port")];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const paneFiles = sources(PANE);
const allFiles = [...paneFiles, ...BROWSER_EXTRAS.flatMap(sources)];

describe("the task pane's code", () => {
  it("has files to check", () => {
    expect(paneFiles.length).toBeGreaterThan(20);
  });

  it.each([
    ["fetch(", /\bfetch\s*\(/],
    ["XMLHttpRequest", /\bXMLHttpRequest\b/],
    ["WebSocket", /\bWebSocket\b/],
    ["EventSource", /\bEventSource\b/],
    ["sendBeacon", /\bsendBeacon\b/],
    ["an http(s) URL", /["'`]https?:\/\//],
  ])("makes no network call of its own: no %s", (_what, pattern) => {
    const offenders = paneFiles.filter((file) => pattern.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it.each([
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["innerHTML / outerHTML", /\.(inner|outer)HTML\b/],
    ["insertAdjacentHTML", /insertAdjacentHTML/],
    ["eval / new Function", /\beval\s*\(|new\s+Function\s*\(/],
  ])("never turns text into HTML or code: no %s, preview included", (_what, pattern) => {
    const offenders = allFiles.filter((file) => pattern.test(readFileSync(file, "utf8"))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
