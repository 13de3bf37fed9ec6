/** A1 addresses <-> 0-based row/column coordinates. */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = Math.floor(col) + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** (row 0, col 0) -> "A1". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "AB12" -> { row: 11, col: 27 }; also accepts "$A$1" and "Sheet!A1" (sheet ignored). Null when not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(local.trim());
  if (!match) return null;
  const [, letters = "", digits = ""] = match;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(digits) - 1;
  if (row < 0) return null;
  return { row, col: col - 1 };
}

/** A sheet-qualified reference for formulas and hyperlinks: "'Indicatori'!K12". */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
