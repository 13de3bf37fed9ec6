/**
 * The shipped nginx configuration (assets/deploy/nginx-piano-performance.conf) serves the add-in as
 * Excel needs it in production: https only; the custom functions' metadata as JSON with CORS
 * (Excel on the web fetches it from its own origin) and never cached; the pane's hashed chunks
 * cached for a year; html, the manifest and the bundles with fixed names never cached. Read the
 * way nginx picks a location: the first matching regex location, else the longest prefix.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../build/builtOutput";

const config = readFileSync(join(ROOT, "assets", "deploy", "nginx-piano-performance.conf"), "utf8").replace(/#.*$/gm, "");

interface Location {
  regex?: RegExp;
  prefix?: string;
  headers: Map<string, string>;
}

/** The location blocks of the https server, with their add_header lines (one level deep, as the file writes them). */
function locations(): Location[] {
  const found: Location[] = [];
  for (const match of config.matchAll(/location\s+(~\s+)?("[^"]+"|[^\s"]+)\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
    const [, isRegex, written = "", body = ""] = match;
    const pattern = written.replace(/^"(.*)"$/, "$1");
    const headers = new Map([...body.matchAll(/add_header\s+(\S+)\s+"([^"]*)"/g)].map((header) => [header[1] ?? "", header[2] ?? ""]));
    found.push(isRegex ? { regex: new RegExp(pattern), headers } : { prefix: pattern, headers });
  }
  return found;
}

function locationFor(uri: string): Location | undefined {
  const all = locations();
  const regex = all.find((location) => location.regex?.test(uri));
  if (regex) return regex;
  return all
    .filter((location) => location.prefix !== undefined && uri.startsWith(location.prefix))
    .sort((a, b) => (b.prefix?.length ?? 0) - (a.prefix?.length ?? 0))[0];
}

const BASE = "/piano-performance/";

describe("the nginx configuration for production", () => {
  it("serves over https and sends plain http there", () => {
    expect(config).toMatch(/listen 443 ssl;/);
    expect(config).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(config).toMatch(/ssl_protocols\s+TLSv1\.2 TLSv1\.3;/);
  });

  it("gives JSON files the JSON type and JavaScript the JavaScript type", () => {
    expect(config).toMatch(/application\/json\s+json;/);
    expect(config).toMatch(/application\/javascript\s+js;/);
  });

  it.each(["functions.json", "functions.en-US.json"])("lets Excel on the web fetch %s from another origin, and never caches it", (file) => {
    const headers = locationFor(`${BASE}${file}`)?.headers;
    expect(headers?.get("Access-Control-Allow-Origin")).toBe("*");
    expect(headers?.get("Access-Control-Allow-Methods")).toContain("GET");
    expect(headers?.get("Cache-Control")).toBe("no-cache");
  });

  it.each(["12.3f9a0c1e.js", "7.00ab12cd.js"])("keeps the hashed chunk %s for a year", (file) => {
    expect(locationFor(`${BASE}${file}`)?.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
  });

  it.each(["taskpane.html", "manifest.xml", "functions.js", "taskpane.js", "assets/icon-32.png"])("never caches %s, whose name does not change between builds", (file) => {
    expect(locationFor(`${BASE}${file}`)?.headers.get("Cache-Control")).toBe("no-cache");
  });

  it("sends CORS only for the functions' metadata", () => {
    const withCors = ["taskpane.html", "manifest.xml", "functions.js", "12.3f9a0c1e.js"].filter((file) => locationFor(`${BASE}${file}`)?.headers.has("Access-Control-Allow-Origin"));
    expect(withCors).toEqual([]);
  });

  it("recognises hashed chunks exactly as webpack names them", () => {
    const webpackConfig = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    expect(webpackConfig).toContain('chunkFilename: "[id].[contenthash:8].js"');
  });
});
