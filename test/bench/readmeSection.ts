/**
 * The README's "Prestazioni" section shows the latest results: the text between the markers
 * `<!-- bench:start -->` and `<!-- bench:end -->` is replaced, the rest of the file is kept
 * byte for byte. Without both markers, in order, the README is left alone.
 */
import { promises as fs } from "node:fs";

export const START_MARKER = "<!-- bench:start -->";
export const END_MARKER = "<!-- bench:end -->";

/** The text with the section between the markers replaced, or null when the markers are missing. */
export function replaceSection(text: string, section: string): string | null {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER, start + START_MARKER.length);
  if (start < 0 || end < 0) return null;
  return `${text.slice(0, start + START_MARKER.length)}\n${section.trim()}\n${text.slice(end)}`;
}

/** Rewrites the README's section; says what it did. */
export async function updateReadme(readme: string, section: string): Promise<string> {
  let text: string;
  try {
    text = await fs.readFile(readme, "utf8");
  } catch {
    return `${readme} non trovato: README non aggiornato.`;
  }
  const updated = replaceSection(text, section);
  if (updated === null) return `${readme} non ha i marcatori ${START_MARKER} … ${END_MARKER}: README non aggiornato.`;
  if (updated !== text) await fs.writeFile(readme, updated);
  return `${readme}: sezione Prestazioni aggiornata.`;
}
