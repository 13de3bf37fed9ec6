/**
 * The production build in Chromium, served from a folder below the site's root as a
 * production host would (urlProd), under taskpane.html's own Content-Security-Policy: the
 * pane's chunks loaded on demand come from the add-in's folder, the policy lets them run, and
 * nothing is refused. office.js is answered by a stub (no network in tests) that only lets
 * functions.js register its functions: the pane then starts outside Excel and says so, which
 * is enough to load the start's chunks and, on "Settings", the settings form's.
 */
import { createReadStream, existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { builtOutput, type BuildOutput } from "../build/builtOutput";

const CHROMIUM = "/usr/bin/chromium";
const BASE = "/ente/componenti/perf/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_STUB = "window.CustomFunctions = { associate: function () {} };";

let build: BuildOutput;
let server: Server;
let origin: string;
let browser: Browser;
const served: { path: string; status: number }[] = [];

/** Serves the build's files below BASE only, as a static host does. */
function serveBuild(directory: string): Server {
  return createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://addin").pathname;
    const name = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : "";
    const file = path.join(directory, name);
    const ok = /^[\w.-]+\.(js|html)$/.test(name) && existsSync(file);
    served.push({ path: pathname, status: ok ? 200 : 404 });
    if (!ok) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": name.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript; charset=utf-8" });
    createReadStream(file).pipe(response);
  });
}

beforeAll(async () => {
  build = builtOutput("addin");
  server = serveBuild(build.directory);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  build?.dispose();
});

describe("the built pane's chunks", () => {
  it("load from the add-in's own folder under its Content-Security-Policy, and nothing is refused", async () => {
    const page = await browser.newPage({ locale: "en-US" });
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || /Content Security Policy|Refused/.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }));

    await page.goto(`${origin}${BASE}taskpane.html`);
    await page.getByText("The pane works only inside Excel", { exact: false }).waitFor();
    const atStart = served.filter((request) => /^\/.*\d+\.[0-9a-f]{8}\.js$/.test(request.path)).length;
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByRole("button", { name: "Save settings" }).waitFor();
    await page.close();

    const chunks = served.filter((request) => /\/\d+\.[0-9a-f]{8}\.js$/.test(request.path));
    expect(atStart).toBeGreaterThan(0);
    expect(chunks.length).toBeGreaterThan(atStart);
    expect(chunks.every((request) => request.path.startsWith(BASE) && request.status === 200)).toBe(true);
    expect(served.filter((request) => request.status !== 200)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
