/**
 * Each folder of src/ imports only what design.md's tree allows it: the core nothing but itself;
 * the port the core; the edges the core and the port (and what runs them: React and Fluent UI
 * for the pane, ExcelJS and Node for the CLI and the .xlsx module); the pane reaches Excel only
 * through the port, except at its composition root, which builds the OfficeWorkbook; the
 * preview may use anything, and nothing uses it, so it never ends up in the add-in's bundles.
 * A failure names each import that breaks the table, file by file.
 */
import { builtinModules } from "node:module";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

const root = resolve(__dirname, "../..");
const srcDir = join(root, "src");

interface FolderRule {
  /** What the folder is, in design.md's words (shown with a failure). */
  role: string;
  /** Folders of src/ it may import from (itself is always allowed). */
  folders: string[];
  /** npm packages it may import ("node" for Node's own modules). */
  packages: string[];
  /** Files outside src/ it may import, relative to the repository (e.g. "assets/"). */
  outside?: string[];
  /** Single files that may import more, each with what it may add and why. */
  exceptions?: { file: string; folders: string[]; why: string }[];
}

/** The table of allowed imports, one row per folder of src/ (design.md, "Architecture"). */
const ALLOWED: Record<string, FolderRule> = {
  core: { role: "the pure core", folders: [], packages: [] },
  port: { role: "the WorkbookPort contract, its errors and the in-memory workbook", folders: ["core"], packages: [] },
  functions: { role: "the custom functions (their runtime is Excel's global CustomFunctions)", folders: ["core"], packages: [] },
  excel: {
    role: "the only code that calls Excel.run: implements the WorkbookPort",
    folders: ["core", "port"],
    packages: [],
    exceptions: [
      { file: "src/excel/formulaNames.ts", folders: ["functions"], why: "the PERF functions' names, for the formulas the add-in writes" },
    ],
  },
  taskpane: {
    role: "the pane, which talks to a WorkbookPort, never to Excel",
    folders: ["core", "port"],
    packages: ["react", "react-dom", "@fluentui/react-components", "@fluentui/react-icons"],
    outside: ["assets/"],
    exceptions: [{ file: "src/taskpane/index.tsx", folders: ["excel"], why: "the composition root: it builds the OfficeWorkbook" }],
  },
  cli: { role: "the command line", folders: ["core", "port", "xlsx"], packages: ["exceljs", "node"], outside: ["package.json", "assets/"] },
  xlsx: { role: "the .xlsx files in Node, shared by the CLI and the preview", folders: ["core"], packages: ["exceljs", "node"] },
  preview: {
    role: "the browser preview (server, bundler, page): anything, but nothing imports it",
    folders: ["core", "port", "functions", "excel", "taskpane", "cli", "xlsx"],
    packages: ["react", "react-dom", "@fluentui/react-components", "@fluentui/react-icons", "webpack", "node"],
    outside: ["assets/"],
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every module specifier a file imports, requires or re-exports. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bfrom\s+["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /^\s*import\s+["']([^"']+)["']/gm,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) specifiers.push(match[1]);
  }
  return specifiers;
}

/** Source without comments, so that prose such as "the seed document." is not mistaken for code. */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

const NODE_MODULES = new Set(builtinModules);

/** What a specifier names: a folder of src/ ("src/core"), a file outside src/, a package, or Node ("node"). */
function targetOf(file: string, specifier: string): { kind: "folder" | "outside" | "package"; name: string } {
  if (specifier.startsWith(".")) {
    const target = relative(root, resolve(dirname(file), specifier)).split(sep).join("/");
    const inSrc = /^src\/([^/]+)(\/|$)/.exec(target);
    return inSrc ? { kind: "folder", name: inSrc[1] ?? "" } : { kind: "outside", name: target };
  }
  if (specifier.startsWith("node:") || NODE_MODULES.has(specifier.split("/")[0] ?? "")) return { kind: "package", name: "node" };
  const parts = specifier.split("/");
  return { kind: "package", name: specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? "") };
}

/** The imports of `file` that its folder's row does not allow, each named with its target. */
function violationsOf(file: string, source = codeOf(file)): string[] {
  const name = relative(root, file).split(sep).join("/");
  const folder = name.split("/")[1] ?? "";
  const rule = ALLOWED[folder];
  if (!rule) return [`${name}: src/${folder} has no row in the table of allowed imports`];
  const folders = new Set([folder, ...rule.folders, ...(rule.exceptions ?? []).filter((e) => e.file === name).flatMap((e) => e.folders)]);
  return importsOf(source).flatMap((specifier) => {
    const target = targetOf(file, specifier);
    const allowed =
      target.kind === "folder"
        ? folders.has(target.name)
        : target.kind === "outside"
          ? (rule.outside ?? []).some((prefix) => target.name === prefix || (prefix.endsWith("/") && target.name.startsWith(prefix)))
          : rule.packages.includes(target.name);
    const what = target.kind === "folder" ? `src/${target.name}` : target.name;
    return allowed ? [] : [`${name} imports "${specifier}" (${what}), which src/${folder} (${rule.role}) may not import`];
  });
}

const files = sourceFiles(srcDir);
const folders = readdirSync(srcDir).filter((name) => statSync(join(srcDir, name)).isDirectory());

describe("the allowed imports of each folder", () => {
  it("has a row for every folder of src/, and every row is a folder", () => {
    expect(folders.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(folders.map((folder) => [folder]))("src/%s has source files to check", (folder) => {
    expect(files.some((file) => file.startsWith(join(srcDir, folder) + sep))).toBe(true);
  });

  it.each(files.map((file) => [relative(root, file), file]))("%s imports only what its folder may", (_name, file) => {
    expect(violationsOf(file)).toEqual([]);
  });

  it("lets nothing outside src/preview import the preview, so that no add-in bundle carries it", () => {
    const importers = files
      .filter((file) => !file.startsWith(join(srcDir, "preview") + sep))
      .filter((file) => importsOf(codeOf(file)).some((specifier) => targetOf(file, specifier).name === "preview"));
    expect(importers.map((file) => relative(root, file))).toEqual([]);
    expect(readFileSync(join(root, "webpack.config.js"), "utf8")).not.toMatch(/src\/preview/);
  });
});

describe("the checker itself", () => {
  it("recognises every way of importing, so that an edge import cannot slip through", () => {
    const source = `import a from "../excel/a";\nexport { b } from "react";\nconst c = require("fs");\nimport "exceljs";\nawait import("../cli/x");`;
    expect(importsOf(source).sort()).toEqual(["../cli/x", "../excel/a", "exceljs", "fs", "react"]);
  });

  it.each([
    ["the core importing the pane", "src/core/plan/x.ts", `import { a } from "../../taskpane/App";`, ["src/taskpane"]],
    ["the core importing a package", "src/core/x.ts", `import React from "react";`, ["react"]],
    ["the port importing Excel's code", "src/port/x.ts", `import { b } from "../excel/officeWorkbook";`, ["src/excel"]],
    ["a pane component importing Excel's code", "src/taskpane/components/X.tsx", `import { c } from "../../excel/officeWorkbook";`, ["src/excel"]],
    ["the pane importing Node", "src/taskpane/session/x.ts", `import * as fs from "node:fs";`, ["node"]],
    ["the CLI importing the preview", "src/cli/x.ts", `import { d } from "../preview/server";`, ["src/preview"]],
    ["the .xlsx module importing the CLI", "src/xlsx/x.ts", `import type { E } from "../cli/messages";`, ["src/cli"]],
    ["Excel's code importing the pane", "src/excel/x.ts", `import { f } from "../taskpane/App";`, ["src/taskpane"]],
  ])("names the import that breaks the table: %s", (_case, file, source, targets) => {
    const found = violationsOf(join(root, file), source);
    expect(found).toHaveLength(targets.length);
    targets.forEach((target, index) => expect(found[index]).toContain(`(${target})`));
  });

  it.each([
    ["the composition root building the OfficeWorkbook", "src/taskpane/index.tsx", `import { O } from "../excel/officeWorkbook";`],
    ["the CLI reading a file through src/xlsx", "src/cli/x.ts", `import { r } from "../xlsx/readWorkbookFile";\nimport * as p from "node:path";`],
    ["the pane using the port and the core", "src/taskpane/session/x.ts", `import type { W } from "../../port/workbookPort";\nimport { c } from "../../core/checkPlan";`],
  ])("allows what the table allows: %s", (_case, file, source) => {
    expect(violationsOf(join(root, file), source)).toEqual([]);
  });
});

describe("the pure core and the port", () => {
  const pure = files.filter((file) => [join(srcDir, "core"), join(srcDir, "port")].some((dir) => file.startsWith(dir + sep)));

  it("use no Office, DOM or Node globals", () => {
    const offenders = pure.filter((file) =>
      /\b(Excel\.run|Office\.|CustomFunctions\.|document\.|window\.|process\.|Buffer\.)/.test(codeOf(file)),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it("leave Excel.run to src/excel", () => {
    const callers = files.filter((file) => !file.startsWith(join(srcDir, "excel") + sep) && /\bExcel\.run\b/.test(codeOf(file)));
    expect(callers.map((file) => relative(root, file))).toEqual([]);
  });
});
