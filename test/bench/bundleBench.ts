/**
 * What Excel downloads: the gzipped size of functions.js and of the task pane's bundle
 * (taskpane.js, loaded at start; the chunks it loads later on demand, such as the settings
 * panel and the example plan, counted apart), from a production build. Uses dist/ when it is
 * fresh, else builds into a temporary folder (see test/build/builtOutput.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtOutput } from "../build/builtOutput";

export interface BundleSizes {
  functionsGzip: number;
  functionsRaw: number;
  taskpaneGzip: number;
  taskpaneRaw: number;
  /** Chunks loaded on demand (numbered files next to taskpane.js). */
  lazyChunksGzip: number;
  lazyChunks: number;
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const raw = (file: string) => readFileSync(file).length;

export function benchBundles(): BundleSizes {
  const build = builtOutput("addin");
  try {
    const dir = build.directory;
    const chunks = readdirSync(dir).filter((name) => /^\d+\.[0-9a-f]{8}\.js$/.test(name));
    return {
      functionsGzip: gzipped(join(dir, "functions.js")),
      functionsRaw: raw(join(dir, "functions.js")),
      taskpaneGzip: gzipped(join(dir, "taskpane.js")),
      taskpaneRaw: raw(join(dir, "taskpane.js")),
      lazyChunksGzip: chunks.reduce((sum, name) => sum + gzipped(join(dir, name)), 0),
      lazyChunks: chunks.length,
    };
  } finally {
    build.dispose();
  }
}
