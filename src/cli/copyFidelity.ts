/**
 * What an annotated copy does not carry over from its input, compared part by part: ExcelJS
 * rewrites the workbook from its own model and leaves out what it does not model (macros,
 * charts, pivot tables, custom document properties, sparklines, dynamic-array metadata...).
 * Each kind of content is counted in the input's parts and in the copy's; a kind the copy has
 * fewer of is listed, so that nothing is dropped without a word. Parts that every writer
 * rebuilds (content types, relationships, styles, shared strings, calculation chain) are not
 * content and are not compared.
 */
import { inflateEntry, tokenCounter, zipEntries, type ZipEntry } from "../xlsx/zipEntries";

/** A kind of content a workbook can hold, recognised by its parts (or by elements inside the sheets). */
export type ContentKind =
  | "vba"
  | "customProperties"
  | "charts"
  | "pivotTables"
  | "dynamicArrays"
  | "sparklines"
  | "externalLinks"
  | "slicers"
  | "timelines"
  | "customXml"
  | "threadedComments"
  | "connections"
  | "controls"
  | "images"
  | "tables"
  | "printerSettings"
  | "shapes"
  | "other";

export interface DroppedContent {
  kind: ContentKind;
  /** How many parts (sheets for sparklines, shapes for shapes) of that kind the input has and the copy lacks. */
  count: number;
  /** The input's part names of that kind (for "other": which ones). */
  parts: string[];
}

const KINDS: readonly [ContentKind, RegExp][] = [
  ["vba", /^xl\/vbaProject\.bin$|^xl\/vbaProjectSignature/i],
  ["customProperties", /^docProps\/custom\.xml$/i],
  ["charts", /^xl\/charts\/(chart|chartEx)\d*\.xml$/i],
  ["pivotTables", /^xl\/pivotTables\/[^/]+\.xml$/i],
  ["dynamicArrays", /^xl\/metadata\.xml$/i],
  ["externalLinks", /^xl\/externalLinks\/[^/]+\.xml$/i],
  ["slicers", /^xl\/slicers\/[^/]+\.xml$/i],
  ["timelines", /^xl\/timelines\/[^/]+\.xml$/i],
  ["customXml", /^customXml\/item\d*\.xml$/i],
  ["threadedComments", /^xl\/threadedComments\/[^/]+\.xml$/i],
  ["connections", /^xl\/connections\.xml$|^xl\/queryTables\/[^/]+\.xml$/i],
  ["controls", /^xl\/(activeX|ctrlProps)\/[^/]+\.(xml|bin)$/i],
  ["images", /^xl\/media\/[^/]+$/i],
  ["tables", /^xl\/tables\/[^/]+\.xml$/i],
  ["printerSettings", /^xl\/printerSettings\/[^/]+$/i],
];

/** Parts every writer rebuilds or that hold no content of the user's (compared through the kinds above, or not at all). */
const REBUILT = [
  /^\[Content_Types\]\.xml$/i,
  /(^|\/)_rels\/[^/]*\.rels$/i,
  /^docProps\/(app|core)\.xml$/i,
  /^xl\/(workbook|styles|sharedStrings|calcChain)\.xml$/i,
  /^xl\/theme\/[^/]+\.xml$/i,
  /^xl\/worksheets\/[^/]+\.xml$/i,
  /^xl\/(drawings|comments|pivotCache|chartsheets|charts\/(style|colors))[^/]*\/?/i,
  /^xl\/comments\d*\.xml$/i,
  /^docProps\/thumbnail\.[a-z]+$/i,
];

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
/** Sheets holding sparklines: <x14:sparklineGroups> in the sheet's extension list. */
const SPARKLINES = /<(?:[A-Za-z_][\w.-]{0,20}:)?sparklineGroups[\s>]/g;
const MAX_SHEET_SCAN_BYTES = 500 * 1024 * 1024;
const DRAWING_PART = /^xl\/drawings\/[^/]+\.xml$/i;
/** A shape of a drawing (text box, arrow, rectangle): <xdr:sp>; pictures and charts are other elements. */
const SHAPE = /<(?:[A-Za-z_][\w.-]{0,20}:)?sp[\s>]/g;

function kindOf(name: string): ContentKind | null {
  for (const [kind, pattern] of KINDS) if (pattern.test(name)) return kind;
  if (name.endsWith("/") || REBUILT.some((pattern) => pattern.test(name))) return null;
  return "other";
}

/** Sheets of the archive with sparklines. */
async function sheetsWithSparklines(zip: Buffer, entries: readonly ZipEntry[]): Promise<string[]> {
  const found: string[] = [];
  for (const entry of entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    const counter = tokenCounter(SPARKLINES, 48);
    const inflated = await inflateEntry(zip, entry, MAX_SHEET_SCAN_BYTES, (chunk) => counter.add(chunk));
    if (inflated.ok && counter.finish() > 0) found.push(entry.name);
  }
  return found;
}

/** A custom property: a custom properties part without any (LibreOffice writes one) holds nothing to lose. */
const CUSTOM_PROPERTY = /<(?:[A-Za-z_][\w.-]{0,20}:)?property[\s>]/g;

async function holdsProperties(zip: Buffer, entry: ZipEntry): Promise<boolean> {
  const counter = tokenCounter(CUSTOM_PROPERTY, 48);
  const inflated = await inflateEntry(zip, entry, MAX_SHEET_SCAN_BYTES, (chunk) => counter.add(chunk));
  return !inflated.ok || counter.finish() > 0;
}

async function inventory(zip: Buffer): Promise<Map<ContentKind, string[]>> {
  const entries = zipEntries(zip) ?? [];
  const parts = new Map<ContentKind, string[]>();
  const add = (kind: ContentKind, name: string) => parts.set(kind, [...(parts.get(kind) ?? []), name]);
  for (const entry of entries) {
    const kind = kindOf(entry.name);
    if (kind === "customProperties" && !(await holdsProperties(zip, entry))) continue;
    if (kind) add(kind, entry.name);
  }
  for (const sheet of await sheetsWithSparklines(zip, entries)) add("sparklines", sheet);
  for (const entry of entries) {
    if (!DRAWING_PART.test(entry.name)) continue;
    const counter = tokenCounter(SHAPE, 48);
    const inflated = await inflateEntry(zip, entry, MAX_SHEET_SCAN_BYTES, (chunk) => counter.add(chunk));
    // One entry per shape: the copy is compared by how many shapes it has.
    if (inflated.ok) for (let shape = counter.finish(); shape > 0; shape -= 1) add("shapes", entry.name);
  }
  return parts;
}

/** What the input holds that the copy does not, kind by kind, in a fixed order. */
export async function droppedContent(input: Buffer, copy: Buffer): Promise<DroppedContent[]> {
  const [before, after] = await Promise.all([inventory(input), inventory(copy)]);
  const dropped: DroppedContent[] = [];
  for (const [kind, parts] of before) {
    const kept = after.get(kind) ?? [];
    if (kind === "other") {
      const missing = parts.filter((part) => !kept.includes(part));
      if (missing.length > 0) dropped.push({ kind, count: missing.length, parts: missing });
    } else if (parts.length > kept.length) {
      dropped.push({ kind, count: parts.length - kept.length, parts });
    }
  }
  const order = [...KINDS.map(([kind]) => kind), "sparklines", "shapes", "other"];
  return dropped.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
