/**
 * Build of the add-in: the task pane and the PERF custom functions share one runtime
 * (taskpane.html loads office.js, then both bundles). `npm run build` never needs
 * certificates; only `npm run dev-server` asks office-addin-dev-certs for them.
 *
 * Options (webpack --env):
 *   urlProd=https://host/path/   in production, replaces https://localhost:3000/ in the copied manifest
 *   entries=functions            build only these add-in entries (comma separated), e.g. for quick checks
 *   outputPath=DIR               write somewhere else than dist/
 *
 * The exported function returns an ARRAY of configurations, the add-in first. Other builds
 * (the Node command line) are appended in `otherConfigs` below.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const ADDIN_ENTRIES = { functions: FUNCTIONS_SOURCE, taskpane: "./src/taskpane/index.tsx" };
/** Outputs of other configurations in dist/ that the add-in's clean step must leave alone. */
const OUTPUTS_OF_OTHER_CONFIGS = /^cli[\\/]/;

/** Points every development URL of the manifest to the production base URL (https only). */
function rewriteManifestUrls(manifest, urlProd) {
  if (!urlProd) return manifest;
  if (!/^https:\/\/[^\s"'<>&]+$/.test(urlProd)) {
    throw new Error(`urlProd deve essere un indirizzo https senza spazi né caratteri riservati di XML: ${urlProd}`);
  }
  const base = urlProd.endsWith("/") ? urlProd : `${urlProd}/`;
  return manifest.split(DEV_URL).join(base);
}

function readOptions(env, argv) {
  const mode = argv.mode === "development" ? "development" : "production";
  const entries = env.entries ? String(env.entries).split(",") : Object.keys(ADDIN_ENTRIES);
  const unknown = entries.filter((name) => !(name in ADDIN_ENTRIES));
  if (unknown.length > 0) throw new Error(`entries sconosciute: ${unknown.join(", ")}`);
  return {
    mode,
    production: mode === "production",
    serving: Boolean(env.WEBPACK_SERVE),
    urlProd: env.urlProd ? String(env.urlProd) : undefined,
    entries,
    outputPath: env.outputPath ? path.resolve(String(env.outputPath)) : DIST,
  };
}

function typescriptRule() {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      // Type errors are reported by `npm run typecheck`; ES modules let webpack drop unused code.
      options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020", sourceMap: true } },
    },
  };
}

function copyPatterns(options) {
  return [
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    { from: "src/functions/functions.en-US.json", to: "functions.en-US.json" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) =>
        options.production ? rewriteManifestUrls(content.toString(), options.urlProd) : content,
    },
  ];
}

/**
 * Options the metadata generator cannot emit, set on every functions metadata file the build
 * ships (functions.json, generated, and functions.en-US.json, copied).
 * allowErrorForDataTypeAny: without it Excel does not call a function at all when one cell of
 * a range argument holds an error (#N/D), and the whole formula shows that error; with it the
 * error reaches the function, which leaves that cell out. Microsoft: "To process inputs that
 * contain errors, a custom function must have the JSON metadata property
 * allowErrorForDataTypeAny set to true ... [it] can only be used with manually created JSON
 * metadata" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors).
 * It applies to parameters of type any, which every PERF parameter is.
 */
const METADATA_OPTIONS = { allowErrorForDataTypeAny: true };
const METADATA_FILES = ["functions.json", "functions.en-US.json"];

/** Adds METADATA_OPTIONS to the metadata files after the generator and the copy have written them. */
class FunctionsMetadataOptionsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataOptionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataOptionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const file of METADATA_FILES) {
            const asset = compilation.getAsset(file);
            if (!asset) continue;
            const metadata = JSON.parse(asset.source.source().toString());
            const { functions, ...options } = metadata;
            const updated = { ...options, ...METADATA_OPTIONS, functions };
            compilation.updateAsset(file, new sources.RawSource(`${JSON.stringify(updated, null, 4)}\n`));
          }
        },
      );
    });
  }
}

function addinPlugins(options) {
  const plugins = [new CopyWebpackPlugin({ patterns: copyPatterns(options) })];
  if (options.entries.includes("functions")) {
    plugins.push(new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }));
    plugins.push(new FunctionsMetadataOptionsPlugin());
  }
  if (options.entries.includes("taskpane")) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane's page also registers the custom functions.
        chunks: options.entries,
        chunksSortMode: "manual",
      }),
    );
  }
  return plugins;
}

async function devServer(options) {
  if (!options.serving) return undefined;
  const devCerts = require("office-addin-dev-certs");
  return {
    port: DEV_PORT,
    static: false,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
  };
}

async function createAddinConfig(options) {
  const entry = Object.fromEntries(options.entries.map((name) => [name, ADDIN_ENTRIES[name]]));
  return {
    name: "addin",
    mode: options.mode,
    target: ["web", "es2020"],
    // No eval-based source maps: the pane's Content-Security-Policy forbids eval.
    devtool: "source-map",
    entry,
    output: {
      path: options.outputPath,
      filename: "[name].js",
      // The pane's parts loaded on demand (the core, the results, the settings form, the example):
      // numbered files fetched from the folder taskpane.js came from (document.currentScript), so
      // they load from the add-in's own origin under https://localhost:3000/ and under urlProd alike.
      // Their names carry a hash of their content: a taskpane.js left in a webview's cache after an
      // update asks for its own chunks, never for new ones it would not fit.
      chunkFilename: "[id].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: (asset) => OUTPUTS_OF_OTHER_CONFIGS.test(asset) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typescriptRule()] },
    plugins: addinPlugins(options),
    // Bundle budgets are checked by test/build, on gzipped sizes.
    performance: { hints: false },
    devServer: await devServer(options),
  };
}

// ---------------------------------------------------------------------------
// The command line (perf-check): a Node bundle of src/cli with the core inside;
// exceljs and Node's own modules stay outside (installed with the package).
function createCliConfig(options) {
  const webpack = require("webpack");
  return {
    name: "cli",
    mode: options.mode,
    target: "node20",
    devtool: false,
    entry: { "perf-check": "./src/cli/perfCheck.ts" },
    output: { path: path.join(options.outputPath, "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // CommonJS output keeps `require.main === module` meaning "run as a command".
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "commonjs", target: "es2022" } } },
        },
      ],
    },
    externalsPresets: { node: true },
    externals: { exceljs: "commonjs exceljs" },
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true })],
    performance: { hints: false },
  };
}
// ---------------------------------------------------------------------------

module.exports = async (env = {}, argv = {}) => {
  const options = readOptions(env, argv);
  const addinConfig = await createAddinConfig(options);
  // Other builds go here, after the add-in (e.g. the Node command line into dist/cli/).
  const otherConfigs = [createCliConfig(options)];
  // The dev server serves the add-in only.
  return options.serving ? [addinConfig] : [addinConfig, ...otherConfigs];
};

module.exports.rewriteManifestUrls = rewriteManifestUrls;
module.exports.DEV_URL = DEV_URL;
module.exports.METADATA_OPTIONS = METADATA_OPTIONS;
