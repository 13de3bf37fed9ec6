/**
 * manifest.xml's shared runtime and custom functions: one long-lived runtime (taskpane.html)
 * for the functions, the ribbon button and the pane; the PERF namespace; functions.js with the
 * Italian metadata by default and the English metadata for en-US; the "Valida piano" button.
 */
import { ENGLISH_LOCALES } from "../../src/core/wording/addinLanguage";
import { RIBBON_VALIDATE_ACTION } from "../../src/taskpane/session/sharedRuntime";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import { ROOT } from "../build/builtOutput";
import {
  elements,
  NS,
  only,
  overridesOf,
  parseManifest,
  resource as resourceOfDocument,
  resourceValue as resourceValueOfDocument,
  xsiType,
  type ParsedManifest,
} from "./manifestDocument";

let parsed: ParsedManifest;
beforeAll(() => {
  parsed = parseManifest(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
});

const doc = () => parsed.document;
const resource = (id: string | null) => resourceOfDocument(doc(), id);
const resourceValue = (id: string | null) => resourceValueOfDocument(doc(), id);

describe("the custom functions and the shared runtime", () => {
  const customFunctions = () =>
    elements(doc(), NS.overrides, "ExtensionPoint").find((point) => xsiType(point) === "CustomFunctions") as Element;

  it("names the functions' namespace PERF, in every language", () => {
    const namespace = resource(only(customFunctions(), NS.overrides, "Namespace").getAttribute("resid")) as Element;
    expect(namespace.getAttribute("DefaultValue")).toBe("PERF");
    expect(new Set(overridesOf(namespace).values())).toEqual(new Set(["PERF"]));
  });

  it("loads functions.js and the Italian functions.json, with the English metadata for each English display language", () => {
    const source = (parent: string) => only(only(customFunctions(), NS.overrides, parent), NS.overrides, "SourceLocation");
    expect(resourceValue(source("Script").getAttribute("resid"))).toBe("https://localhost:3000/functions.js");
    const metadata = resource(source("Metadata").getAttribute("resid")) as Element;
    expect(metadata.getAttribute("DefaultValue")).toBe("https://localhost:3000/functions.json");
    expect(Object.fromEntries(overridesOf(metadata))).toEqual(
      Object.fromEntries(ENGLISH_LOCALES.map((locale) => [locale, "https://localhost:3000/functions.en-US.json"])),
    );
  });

  it("runs functions, button and pane in one long-lived runtime: taskpane.html", () => {
    const runtime = only(doc(), NS.overrides, "Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = only(only(customFunctions(), NS.overrides, "Page"), NS.overrides, "SourceLocation");
    const functionFile = only(doc(), NS.overrides, "FunctionFile");
    const resids = [runtime, page, functionFile].map((element) => element.getAttribute("resid"));
    expect(new Set(resids).size).toBe(1);
    expect(resourceValue(resids[0] ?? null)).toBe("https://localhost:3000/taskpane.html");
    expect(only(doc(), NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
  });

  it("puts a 'Valida piano' button on the Home tab that runs the validation command of the shared runtime", () => {
    const tab = only(doc(), NS.overrides, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const button = only(tab, NS.overrides, "Control");
    expect(xsiType(button)).toBe("Button");
    const label = resource(only(button, NS.overrides, "Label").getAttribute("resid")) as Element;
    expect(label.getAttribute("DefaultValue")).toBe("Valida piano");
    expect(overridesOf(label).get("en-US")).toBe("Validate plan");
    const action = only(button, NS.overrides, "Action");
    expect(xsiType(action)).toBe("ExecuteFunction");
    expect(only(action, NS.overrides, "FunctionName").textContent).toBe(RIBBON_VALIDATE_ACTION);
  });
});

