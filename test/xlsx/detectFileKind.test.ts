import fc from "fast-check";
import { promises as fs } from "node:fs";
import { detectFileKind } from "../../src/xlsx/detectFileKind";
import { compoundFile, pseudoRandomBytes } from "../cli/support/badFiles";
import { EXAMPLE_WORKBOOK } from "../cli/support/cliRunner";

function isControlOrReplacement(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

describe("detectFileKind", () => {
  it("knows an .xlsx by its ZIP signature", async () => {
    expect(detectFileKind(await fs.readFile(EXAMPLE_WORKBOOK))).toBe("zip");
  });

  it.each([
    ["a password-protected workbook", compoundFile(["Root Entry", "EncryptionInfo", "EncryptedPackage"]), "encrypted"],
    ["an Excel 97-2003 workbook", compoundFile(["Root Entry", "Workbook", "SummaryInformation"]), "legacyXls"],
    ["a CSV with accents", Buffer.from("Codice;Titolo\r\n2.2;Qualità dell'informazione\r\n", "utf8"), "text"],
    ["a tab-separated export", Buffer.from("Codice\tPeso\n1.1\t20%\n", "utf8"), "text"],
    ["an empty file", Buffer.alloc(0), "empty"],
    ["random bytes", pseudoRandomBytes(1024), "unknown"],
    ["a PDF", Buffer.from("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\n\u0000\u0001", "latin1"), "unknown"],
  ])("tells %s", (_name, bytes, kind) => {
    expect(detectFileKind(bytes)).toBe(kind);
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void detectFileKind(bytes)));
  });

  it("reads any text as text, even cut in the middle of a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 2000 }), (text) => {
        // Control characters other than tab and line breaks, and U+FFFD (the decoder's mark for bad bytes), are not text.
        const clean = [...text].map((char) => (isControlOrReplacement(char) ? "a" : char)).join("");
        fc.pre(!clean.startsWith("PK"));
        expect(detectFileKind(Buffer.from(clean.repeat(3), "utf8").subarray(0, 4097))).toBe("text");
      }),
    );
  });
});
