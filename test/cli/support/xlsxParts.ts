/**
 * Workbooks written part by part, as hostile or careless tools make them: the smallest valid
 * .xlsx around a sheet's XML, stored or deflated, and parts that declare sizes they do not have.
 */
import { zipOf, type ZipPart } from "../../../src/xlsx/zipWriter";

export { zipOf, type ZipPart };

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SheetXml {
  name: string;
  /** The content of <sheetData>: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>". */
  sheetData: string;
}

/**
 * The parts of the smallest workbook Excel opens, with these sheets, optional shared strings and
 * optional number formats (a style per format, style index = position + 1, 0 being General).
 */
export function workbookParts(sheets: readonly SheetXml[], sharedStrings?: readonly string[], numberFormats?: readonly string[]): ZipPart[] {
  const text = (name: string, xml: string): ZipPart => ({ name, data: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, "utf8") });
  const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const overrides = sheets.map((_sheet, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  if (sharedStrings) overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
  const sheetRelations = sheets.map((_sheet, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (sharedStrings) sheetRelations.push(`<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (numberFormats) {
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
    sheetRelations.push(`<Relationship Id="rId${sheets.length + 2}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`);
  }
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
  if (numberFormats) {
    const formats = numberFormats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escape(code)}"/>`).join("");
    const xfs = numberFormats.map((_code, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join("");
    parts.push(
      text(
        "xl/styles.xml",
        `<styleSheet xmlns="${MAIN}"><numFmts count="${numberFormats.length}">${formats}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${numberFormats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs></styleSheet>`,
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
