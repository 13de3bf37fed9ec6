/**
 * manifest.xml, checked offline and structurally (the online validation is `npm run validate`):
 * well-formed, a fixed GUID, Excel with a shared runtime and the PERF custom functions, every
 * resid resolving to a resource of the right kind, https only, icons that exist at their size,
 * Italian by default with an English override for every string users see. The runtime and
 * the functions' entries are checked in manifestRuntime.test.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import { ROOT } from "../build/builtOutput";
import { addinLanguage, ENGLISH_LOCALES } from "../../src/core/wording/addinLanguage";
import {
  allElements,
  allResources,
  elements,
  NS,
  only,
  overridesOf,
  parseManifest,
  pngSize,
  resource as resourceOfDocument,
  resourcesOf as resourcesOfDocument,
  resourceValue as resourceValueOfDocument,
  xsiType,
  type ParsedManifest,
  type ResourceKind,
} from "./manifestDocument";

const manifestText = readFileSync(join(ROOT, "manifest.xml"), "utf8");
let parsed: ParsedManifest;
beforeAll(() => {
  parsed = parseManifest(manifestText);
});

const doc = () => parsed.document;
const resourcesOf = (kind: ResourceKind) => resourcesOfDocument(doc(), kind);
const resource = (id: string | null) => resourceOfDocument(doc(), id);
const resourceValue = (id: string | null) => resourceValueOfDocument(doc(), id);

/** Which kind of resource an element's resid must point to. */
function expectedKind(element: Element): "Image" | "Url" | "String" {
  if (element.localName === "Image") return "Image";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(element.localName ?? "")) return "Url";
  return "String";
}

describe("manifest.xml", () => {
  it("is well-formed XML, without a single parser warning", () => {
    expect(parsed.problems).toEqual([]);
    expect(doc().documentElement?.localName).toBe("OfficeApp");
    expect(xsiType(doc().documentElement as Element)).toBe("TaskPaneApp");
  });

  it("has a fixed GUID as id and a four-part version", () => {
    expect(only(doc(), NS.app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(only(doc(), NS.app, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel only, in the manifest and in its version overrides", () => {
    expect(elements(only(doc(), NS.app, "Hosts"), NS.app, "Host").map((host) => host.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(elements(only(doc(), NS.overrides, "Hosts"), NS.overrides, "Host").map(xsiType)).toEqual(["Workbook"]);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(only(doc(), NS.app, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("declares the SharedRuntime 1.1 and CustomFunctionsRuntime 1.3 requirement sets", () => {
    const sets = elements(only(doc(), NS.app, "Requirements"), NS.app, "Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]);
    expect(sets).toEqual(expect.arrayContaining([["SharedRuntime", "1.1"], ["CustomFunctionsRuntime", "1.3"]]));
  });

  it("resolves every resid to a resource of the right kind", () => {
    const withResid = allElements(doc()).filter((element) => element.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(10);
    for (const element of withResid) {
      const target = resource(element.getAttribute("resid") ?? "");
      expect({ resid: element.getAttribute("resid"), kind: target?.localName }).toEqual({
        resid: element.getAttribute("resid"),
        kind: expectedKind(element),
      });
    }
  });

  it("defines each resource once and uses every one", () => {
    const ids = allResources(doc()).map((item) => item.getAttribute("id"));
    const used = new Set(allElements(doc()).map((element) => element.getAttribute("resid")));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses https for every URL, overrides included", () => {
    const urls = allElements(doc()).flatMap((element) =>
      ["DefaultValue", "Value"].map((name) => element.getAttribute(name) ?? "").filter((value) => /^[a-z]+:\/\//i.test(value)),
    );
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
    const withoutNamespaces = manifestText.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
    expect(withoutNamespaces).not.toMatch(/http:\/\//);
  });

  it("points every icon to a PNG in assets/ of the size it declares", () => {
    const icons = [
      ...resourcesOf("Images").map((image) => ({ url: image.getAttribute("DefaultValue") ?? "" })),
      { url: only(doc(), NS.app, "IconUrl").getAttribute("DefaultValue") ?? "" },
      { url: only(doc(), NS.app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "" },
    ];
    const sizes = new Set<number>();
    for (const { url } of icons) {
      const match = /\/assets\/(icon-(\d+)\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = join(ROOT, "assets", match?.[1] ?? "");
      expect(existsSync(file)).toBe(true);
      const size = Number(match?.[2]);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
      sizes.add(size);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
  });

  it("uses each icon at the size its resource has", () => {
    for (const image of elements(only(doc(), NS.overrides, "DesktopFormFactor"), NS.bt, "Image")) {
      expect(resourceValue(image.getAttribute("resid"))).toMatch(new RegExp(`/icon-${image.getAttribute("size")}\\.png$`));
    }
  });
});

describe("languages", () => {
  it("is Italian by default", () => {
    expect(only(doc(), NS.app, "DefaultLocale").textContent).toBe("it-IT");
  });

  it.each(["DisplayName", "Description"])("gives %s an English override", (name) => {
    const element = only(doc(), NS.app, name);
    const english = overridesOf(element).get("en-US");
    expect(english?.length).toBeGreaterThan(5);
    expect(english).not.toBe(element.getAttribute("DefaultValue"));
  });

  it("gives every string resource an en-US override", () => {
    const strings = [...resourcesOf("ShortStrings"), ...resourcesOf("LongStrings")];
    expect(strings.length).toBeGreaterThan(3);
    for (const string of strings) {
      expect({ id: string.getAttribute("id"), english: Boolean(overridesOf(string).get("en-US")) }).toEqual({
        id: string.getAttribute("id"),
        english: true,
      });
    }
  });

  it("overrides every English element for exactly the English display languages the pane and the written formulas follow", () => {
    const overridden = allElements(doc()).filter((element) => overridesOf(element).size > 0);
    expect(overridden.length).toBeGreaterThan(5);
    for (const element of overridden) {
      const locales = [...overridesOf(element).keys()];
      expect({ id: element.getAttribute("id") ?? element.localName, locales: [...locales].sort() }).toEqual({
        id: element.getAttribute("id") ?? element.localName,
        locales: [...ENGLISH_LOCALES].sort(),
      });
      const values = new Set(overridesOf(element).values());
      expect(values.size).toBe(1);
    }
  });

  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["en-AU", "en"],
    ["EN-ie", "en"],
    ["it-IT", "it"],
    ["en-JM", "it"],
    ["de-DE", "it"],
  ])("takes %s for %s everywhere: functions, ribbon, pane and written formulas", (displayLanguage, language) => {
    const metadataUrl = allResources(doc()).find((element) => element.getAttribute("id") === "Functions.Metadata.Url");
    const served = metadataUrl ? (overridesOf(metadataUrl).get(ENGLISH_LOCALES.find((locale) => locale.toLowerCase() === displayLanguage.toLowerCase()) ?? "") ?? metadataUrl.getAttribute("DefaultValue")) : undefined;
    expect(served?.endsWith(language === "en" ? "functions.en-US.json" : "functions.json")).toBe(true);
    expect(addinLanguage(displayLanguage)).toBe(language);
  });

  it("keeps short strings within the 125 characters Office allows, long ones within 250", () => {
    for (const [kind, limit] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
      for (const string of resourcesOf(kind)) {
        const values = [string.getAttribute("DefaultValue") ?? "", ...overridesOf(string).values()];
        for (const value of values) expect(value.length).toBeLessThanOrEqual(limit);
      }
    }
  });
});
