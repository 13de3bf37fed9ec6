import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { writeWorkbookFile } from "../../src/cli/writeWorkbook";
import { isLocalHost, startPreviewServer, type PreviewServer } from "../../src/preview/server";

const CHUNK = "src_taskpane_components_ResultsView_tsx.0a1b2c3d";
let dir: string;
let server: PreviewServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "perf-preview-test-"));
  const bundleDir = path.join(dir, "bundle");
  mkdirSync(bundleDir);
  writeFileSync(path.join(bundleDir, "preview.js"), "console.log('anteprima');");
  // A chunk loaded on demand, named as buildPreviewBundle names them.
  writeFileSync(path.join(bundleDir, `${CHUNK}.js`), "console.log('parte');");
  writeFileSync(path.join(dir, "segreto.txt"), "non servire");
  const workbook = path.join(dir, "piano.xlsx");
  await writeWorkbookFile(workbook, [{ name: "Indicatori", rows: [["Indicatore", "Peso"], ["Eventi", 0.5]] }]);
  server = await startPreviewServer({ workbookPath: workbook, port: 0, bundleDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the preview server", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves the page with a Content-Security-Policy that allows only its own origin", async () => {
    const response = await fetch(server.url);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(response.status).toBe(200);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/https?:/);
    expect(await response.text()).toContain('<script defer src="/preview.js"></script>');
  });

  it("serves the workbook's grids as JSON", async () => {
    const workbook = (await (await fetch(`${server.url}api/workbook`)).json()) as { name: string; sheets: { sheet: string; values: unknown[][] }[] };
    expect(workbook.name).toBe("piano.xlsx");
    expect(workbook.sheets[0]?.values).toEqual([["Indicatore", "Peso"], ["Eventi", 0.5]]);
  });

  it("serves the bundle's files, chunks loaded on demand included, and nothing else", async () => {
    expect((await fetch(`${server.url}preview.js`)).status).toBe(200);
    const chunk = await fetch(`${server.url}${CHUNK}.js`);
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get("content-type")).toMatch(/^text\/javascript/);
    for (const probe of ["segreto.txt", "..%2Fsegreto.txt", "bundle/preview.js", "package.json"]) {
      expect((await fetch(`${server.url}${probe}`)).status).toBe(404);
    }
  });

  it("refuses anything but reading", async () => {
    expect((await fetch(server.url, { method: "POST", body: "x" })).status).toBe(405);
  });

  it("says in Italian why a workbook cannot be read", async () => {
    await expect(startPreviewServer({ workbookPath: path.join(dir, "manca.xlsx"), port: 0, bundleDir: dir })).rejects.toThrow(/manca\.xlsx" non esiste/);
  });
});

/** A GET with the given Host header, as a page using DNS rebinding would send it. */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
}

describe("the preview server's host check", () => {
  it.each([
    ["localhost:PORT", true],
    ["127.0.0.1:PORT", true],
    ["[::1]:PORT", true],
    ["LOCALHOST:PORT", true],
    ["localhost", true],
    ["localhost.:PORT", true],
    ["evil.example:PORT", false],
    ["localhost.evil.example:PORT", false],
    ["127.0.0.1.nip.io:PORT", false],
    ["localhost:1", false],
    ["", false],
  ])("answers a request for %s: %s", async (host, answered) => {
    const port = Number(new URL(server.url).port);
    const header = host.replace("PORT", String(port));
    expect(isLocalHost(header, port)).toBe(answered);
    if (header === "") return;
    expect(await getWithHost(`${server.url}api/workbook`, header)).toBe(answered ? 200 : 421);
  });

  it("answers nothing without a Host header", () => {
    expect(isLocalHost(undefined, 3001)).toBe(false);
  });
});
