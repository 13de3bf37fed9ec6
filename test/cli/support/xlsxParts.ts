/**
 * Workbooks written part by part, as hostile or careless tools make them: the smallest valid
 * .xlsx around a sheet's XML, stored or deflated, and parts that declare sizes they do not have.
 */
import * as zlib from "node:zlib";

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Deflate the part (default: stored). */
  deflate?: boolean;
  /** Size written in the headers instead of the true one (a ZIP bomb lies about it). */
  declaredSize?: number;
}

/** A ZIP archive of the given parts (PKZIP 2.0: stored or deflated, no data descriptors). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const stored = part.deflate ? zlib.deflateRawSync(part.data) : part.data;
    const fileName = Buffer.from(part.name, "utf8");
    const crc = zlib.crc32(part.data);
    const size = part.declaredSize ?? part.data.length;
    const method = part.deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, stored);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetXml {
  name: string;
  /** The content of <sheetData>: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>". */
  sheetData: string;
}

/** The parts of the smallest workbook Excel opens, with these sheets and optional shared strings. */
export function workbookParts(sheets: readonly SheetXml[], sharedStrings?: readonly string[]): ZipPart[] {
  const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, "utf8") });
  const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const overrides = sheets.map((_sheet, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  if (sharedStrings) overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  const sheetRelations = sheets.map((_sheet, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (sharedStrings) sheetRelations.push(`<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`);
  const parts = [
    text(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
    ),
    text("_rels/.rels", `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    text(
      "xl/workbook.xml",
      `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets.map((sheet, i) => `<sheet name="${escape(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    ),
    text("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations.join("")}</Relationships>`),
    ...sheets.map((sheet, i) => text(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${MAIN}"><sheetData>${sheet.sheetData}</sheetData></worksheet>`)),
  ];
  if (sharedStrings) {
    parts.push(
      text(
        "xl/sharedStrings.xml",
        `<sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">${sharedStrings.map((s) => `<si><t>${escape(s)}</t></si>`).join("")}</sst>`,
      ),
    );
  }
  return parts;
}

/** A numeric cell element: cell("XFD1048576", 2). */
export function numberCell(address: string, value: number): string {
  return `<c r="${address}"><v>${value}</v></c>`;
}

/** A row element holding the given cells. */
export function row(index: number, cells: string): string {
  return `<row r="${index}">${cells}</row>`;
}
