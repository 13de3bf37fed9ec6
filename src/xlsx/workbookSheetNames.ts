/**
 * The sheet names a workbook declares (xl/workbook.xml), read before the workbook is parsed, and
 * what Excel would not accept in them: a name longer than 31 characters, or two sheets with the
 * same name (Excel ignores case). ExcelJS cannot load such a file and says only that a name
 * "already exists"; perf-check names the sheet and says what to do.
 */
import { inflateEntry, type ZipEntry } from "./zipEntries";

/** Excel's limit on the length of a sheet name. */
const MAX_SHEET_NAME_LENGTH = 31;
/** workbook.xml lists sheets and defined names: a few KB; a larger one is not inspected here. */
const MAX_WORKBOOK_PART_BYTES = 16 * 1024 * 1024;

export type SheetNameProblem = { code: "sheetNameTooLong"; sheet: string } | { code: "duplicateSheetName"; sheet: string };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity: string, body: string) => {
    if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return ENTITIES[body] ?? entity;
  });
}

/** The names of the <sheet> elements of a workbook part's XML, decoded. */
export function declaredSheetNames(workbookXml: string): string[] {
  const names: string[] = [];
  const sheet = /<(?:[A-Za-z_][\w.-]*:)?sheet\s[^>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = sheet.exec(workbookXml); match !== null; match = sheet.exec(workbookXml)) {
    names.push(decodeXmlText(match[1] ?? match[2] ?? ""));
  }
  return names;
}

export function sheetNameProblem(names: readonly string[]): SheetNameProblem | null {
  const seen = new Set<string>();
  for (const name of names) {
    if (name.length > MAX_SHEET_NAME_LENGTH) return { code: "sheetNameTooLong", sheet: name };
    const key = name.toLocaleUpperCase("it");
    if (seen.has(key)) return { code: "duplicateSheetName", sheet: name };
    seen.add(key);
  }
  return null;
}

/** The problem with the sheet names the archive's workbook part declares, if any. */
export async function workbookSheetNameProblem(zip: Buffer, entries: readonly ZipEntry[]): Promise<SheetNameProblem | null> {
  const part = entries.find((entry) => entry.name.toLowerCase() === "xl/workbook.xml");
  if (!part) return null;
  const chunks: Buffer[] = [];
  const inflated = await inflateEntry(zip, part, MAX_WORKBOOK_PART_BYTES, (chunk) => chunks.push(Buffer.from(chunk)));
  if (!inflated.ok) return null;
  return sheetNameProblem(declaredSheetNames(Buffer.concat(chunks).toString("utf8")));
}
