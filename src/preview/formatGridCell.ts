/**
 * How the preview grid shows a raw cell value: as text, roughly as Excel would
 * display it. Numbers formatted as percentages show as percentages; dates as
 * dd/mm/yyyy; everything else as its string. Never HTML: the caller renders
 * the result as a text node.
 */
export function formatGridCell(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return String(value);
    const percent = numberFormat?.includes("%") ?? false;
    return new Intl.NumberFormat("it-IT", {
      style: percent ? "percent" : "decimal",
      maximumFractionDigits: percent ? 2 : 4,
    }).format(value);
  }
  if (typeof value === "boolean") return value ? "VERO" : "FALSO";
  if (value instanceof Date) return value.toLocaleDateString("it-IT");
  if (typeof value === "string") return isoDateText(value) ?? value;
  return JSON.stringify(value) ?? "";
}

/** Dates travel as ISO text in the preview's JSON: "2020-06-30T00:00:00.000Z" -> "30/06/2020". */
function isoDateText(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(?:\.000)?Z$/.exec(text);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : undefined;
}
