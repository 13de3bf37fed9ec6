/**
 * The manifest for a production host: `npm run build -- --env urlProd=https://host/path/`
 * replaces every https://localhost:3000/ of the copied manifest, and only an https address
 * without spaces is accepted.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseManifest } from "../manifest/manifestDocument";
import { ROOT, runWebpack } from "./builtOutput";

type RewriteManifestUrls = (manifest: string, urlProd?: string) => string;

const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let rewriteManifestUrls: RewriteManifestUrls;

beforeAll(async () => {
  const webpackConfig = (await import(join(ROOT, "webpack.config.js"))) as { rewriteManifestUrls: RewriteManifestUrls };
  rewriteManifestUrls = webpackConfig.rewriteManifestUrls;
});

describe("rewriting the manifest's URLs", () => {
  it("replaces every development URL by the production base URL, adding the final slash", () => {
    const production = rewriteManifestUrls(manifestText, "https://perf.example.it/addin");
    expect(production).not.toContain("localhost");
    expect(production).toContain('DefaultValue="https://perf.example.it/addin/functions.json"');
    expect(parseManifest(production).problems).toEqual([]);
  });

  it("changes nothing but the URLs", () => {
    const production = rewriteManifestUrls(manifestText, "https://perf.example.it/addin/");
    expect(production.split("https://perf.example.it/addin/").join("https://localhost:3000/")).toBe(manifestText);
  });

  it("keeps the development URLs when no production URL is given", () => {
    expect(rewriteManifestUrls(manifestText, undefined)).toBe(manifestText);
  });

  it.each(["http://perf.example.it/", "perf.example.it", "https://perf example.it/", "https://perf.example.it/\"x", "https://perf.example.it/?a=1&b=2"])(
    "refuses %j as production URL",
    (url) => {
      expect(() => rewriteManifestUrls(manifestText, url)).toThrow(/https/);
    },
  );
});

describe("a production build for another host", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "perf-build-prod-"));
    runWebpack(directory, { entries: "functions", urlProd: "https://perf.example.it/addin/" });
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("points the copied manifest to that host only, the English metadata included", () => {
    const manifest = readFileSync(join(directory, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('DefaultValue="https://perf.example.it/addin/functions.json"');
    expect(manifest).toContain('Value="https://perf.example.it/addin/functions.en-US.json"');
  });
});
