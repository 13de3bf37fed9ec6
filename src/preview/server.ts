/**
 * `npm run preview [file.xlsx]`: the task pane in a browser, beside a read-only
 * grid of a workbook read from an .xlsx (the example by default), through an
 * in-memory WorkbookPort. Serves on http://127.0.0.1:PORT (env PORT, default
 * 3001) and stops cleanly on Ctrl+C / SIGTERM. Answers only requests addressed to
 * localhost, 127.0.0.1 or [::1] (the Host header): a page elsewhere that makes its own
 * name point to 127.0.0.1 (DNS rebinding) gets nothing.
 */
import { existsSync, promises as fs } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import fixture from "../../assets/plan-2020.json";
import { readWorkbookFile } from "../xlsx/readWorkbookFile";
import { buildExamplePlanSheets } from "../core/example/buildExamplePlanSheets";
import type { PlanFixture } from "../core/example/planFixture";
import type { WorkbookGrids } from "../core/plan/grid";
import { buildPreviewBundle, PREVIEW_SCRIPT } from "./buildPreviewBundle";
import { gridFromSheetContent } from "../port/gridFromSheetContent";

/**
 * The preview's Content-Security-Policy: only the server's own origin, as in
 * the add-in (which adds Microsoft's office.js CDN). Inline styles are allowed
 * because Fluent UI inserts its CSS at runtime; scripts are never inline.
 */
const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The one HTML page of the preview; the workbook comes from /api/workbook. */
function previewHtml(): string {
  return `<!doctype html>
<html lang="it">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}" />
    <title>Anteprima – Piano della Performance</title>
    <style>html, body { margin: 0; height: 100%; } body { font-family: "Segoe UI", system-ui, sans-serif; }</style>
    <script defer src="/${PREVIEW_SCRIPT}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

const DEFAULT_WORKBOOK = path.resolve(__dirname, "../../assets/piano-performance-2020.xlsx");
const DEFAULT_PORT = 3001;

export interface PreviewServerOptions {
  workbookPath?: string;
  /** 0 = any free port. */
  port?: number;
  host?: string;
  /** A bundle already built with `buildPreviewBundle` (e.g. shared by several servers in a test); built afresh when absent. */
  bundleDir?: string;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  "Content-Security-Policy": PREVIEW_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-store",
};

/** Reads the workbook, builds the bundle, and serves both; rejects with an Italian message when the file cannot be read. */
export async function startPreviewServer(options: PreviewServerOptions = {}): Promise<PreviewServer> {
  const workbookJson = JSON.stringify(await loadWorkbook(options.workbookPath));
  const ownBundle = options.bundleDir === undefined;
  const bundleDir = options.bundleDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "perf-preview-")));
  if (ownBundle) await buildPreviewBundle(bundleDir);
  const scripts = new Set((await fs.readdir(bundleDir)).filter((name) => name.endsWith(".js")));

  const server = createServer((request, response) => {
    const { port } = server.address() as AddressInfo;
    if (!isLocalHost(request.headers.host, port)) return send(response, 421, "text/plain", "Indirizzo non ammesso: l'anteprima risponde solo a localhost e 127.0.0.1.");
    void respond(request, response, { workbookJson, bundleDir, scripts });
  });
  const host = options.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
    });
  } catch (error) {
    if (ownBundle) await fs.rm(bundleDir, { recursive: true, force: true });
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (ownBundle) await fs.rm(bundleDir, { recursive: true, force: true });
    },
  };
}

const LOCAL_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether a Host header names this machine's loopback and the server's port (or no port). */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  if (!match) return false;
  const [, name = "", givenPort] = match;
  return LOCAL_NAMES.has(name.replace(/\.$/, "")) && (givenPort === undefined || Number(givenPort) === port);
}

/**
 * The workbook to show: the file given; else the example .xlsx in assets/; else, when that
 * file is not there, the same example plan built from the seed fixture.
 */
async function loadWorkbook(workbookPath: string | undefined): Promise<WorkbookGrids> {
  const file = path.resolve(workbookPath ?? DEFAULT_WORKBOOK);
  if (workbookPath === undefined && !existsSync(file)) {
    const sheets = buildExamplePlanSheets(fixture as unknown as PlanFixture).map(gridFromSheetContent);
    return { name: "Piano di esempio (Brescia 2020)", sheets };
  }
  const read = await readWorkbookFile(file);
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

interface Served {
  workbookJson: string;
  bundleDir: string;
  /** The bundle's files: the only files ever read from disk. */
  scripts: Set<string>;
}

async function respond(request: IncomingMessage, response: ServerResponse, served: Served): Promise<void> {
  if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, "text/plain", "Metodo non ammesso");
  const pathname = new URL(request.url ?? "/", "http://preview").pathname;
  if (pathname === "/" || pathname === "/index.html") return send(response, 200, "text/html", previewHtml());
  if (pathname === "/api/workbook") return send(response, 200, "application/json", served.workbookJson);
  if (pathname === "/favicon.ico") return send(response, 204, "text/plain", "");
  const name = pathname.slice(1);
  if (served.scripts.has(name)) {
    return send(response, 200, "text/javascript", await fs.readFile(path.join(served.bundleDir, name)));
  }
  return send(response, 404, "text/plain", "Non trovato");
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": `${type}; charset=utf-8` });
  response.end(body);
}

async function main(): Promise<void> {
  const workbookPath = process.argv[2];
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT non valida: ${process.env.PORT}`);
  console.log("Compilazione dell'anteprima…");
  const server = await startPreviewServer({ workbookPath, port });
  console.log(`Anteprima del riquadro: ${server.url}  (Ctrl+C per fermarla)`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
