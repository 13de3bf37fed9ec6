/**
 * manifest.xml parsed strictly (any XML warning or error is collected), with the
 * namespaces and small helpers the manifest tests use.
 */
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export interface ParsedManifest {
  document: Document;
  problems: string[];
}

export function parseManifest(text: string): ParsedManifest {
  const problems: string[] = [];
  const parser = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) });
  try {
    return { document: parser.parseFromString(text, "text/xml"), problems };
  } catch (error) {
    problems.push(String(error));
    return { document: parser.parseFromString("<invalid/>", "text/xml"), problems };
  }
}

export function elements(root: Document | Element, namespace: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** Every element of the document, in document order. */
export function allElements(document: Document): Element[] {
  return Array.from(document.getElementsByTagName("*"));
}

export function only(root: Document | Element, namespace: string, localName: string): Element {
  const found = elements(root, namespace, localName);
  if (found.length !== 1) throw new Error(`expected one ${localName}, found ${found.length}`);
  return found[0] as Element;
}

export function xsiType(element: Element): string | null {
  return element.getAttributeNS(NS.xsi, "type");
}

/** The bt:Override children of an element, as locale -> value. */
export function overridesOf(element: Element): Map<string, string> {
  const children = Array.from(element.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === "Override",
  );
  return new Map(children.map((child) => [child.getAttribute("Locale") ?? "", child.getAttribute("Value") ?? ""]));
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** The resources of one kind (bt:Image, bt:Url or bt:String elements). */
export function resourcesOf(document: Document, kind: ResourceKind): Element[] {
  const group = only(only(document, NS.overrides, "Resources"), NS.bt, kind);
  return elements(group, NS.bt, kind === "Images" ? "Image" : kind === "Urls" ? "Url" : "String");
}

export function allResources(document: Document): Element[] {
  return (["Images", "Urls", "ShortStrings", "LongStrings"] as const).flatMap((kind) => resourcesOf(document, kind));
}

export function resource(document: Document, id: string | null): Element | undefined {
  return allResources(document).find((item) => item.getAttribute("id") === id);
}

export function resourceValue(document: Document, id: string | null): string | undefined {
  return resource(document, id)?.getAttribute("DefaultValue") ?? undefined;
}
