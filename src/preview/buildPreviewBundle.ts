/**
 * Builds the browser preview's bundle (pane + grid + in-memory workbook) with
 * webpack's Node API, into a directory of the caller's choice. Kept apart from
 * webpack.config.js: the add-in's build does not change because a preview exists.
 */
import * as path from "node:path";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const ENTRY = path.join(ROOT, "src", "preview", "previewMain.tsx");

/** The bundle's entry file name, served at "/preview.js". */
export const PREVIEW_SCRIPT = "preview.js";

function previewConfig(outputPath: string): webpack.Configuration {
  return {
    name: "preview",
    // Development: builds in seconds; no eval-based source maps, which the page's CSP forbids.
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    context: ROOT,
    entry: ENTRY,
    output: { path: outputPath, filename: PREVIEW_SCRIPT, chunkFilename: "[name].[contenthash:8].js", publicPath: "/" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020", sourceMap: false } },
          },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  };
}

/** Runs webpack once; rejects with webpack's own error text when the build fails. */
export function buildPreviewBundle(outputPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(previewConfig(outputPath));
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) {
        reject(new Error(`Compilazione dell'anteprima non riuscita:\n${stats?.toString("errors-only") ?? ""}`));
      } else resolve();
    });
  });
}
