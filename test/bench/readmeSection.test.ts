import { END_MARKER, replaceSection, START_MARKER } from "./readmeSection";

describe("the README's Prestazioni section", () => {
  const readme = `# Titolo\n\n## Prestazioni\n\n${START_MARKER}\nvecchia tabella\n${END_MARKER}\n\n## Licenza\n`;

  it("is replaced between the markers, the rest of the README kept byte for byte", () => {
    expect(replaceSection(readme, "| nuova | tabella |\n")).toBe(`# Titolo\n\n## Prestazioni\n\n${START_MARKER}\n| nuova | tabella |\n${END_MARKER}\n\n## Licenza\n`);
  });

  it("gives the same README when the table has not changed", () => {
    const once = replaceSection(readme, "tabella") ?? "";
    expect(replaceSection(once, "tabella")).toBe(once);
  });

  it.each([
    ["no markers", "# Titolo\n"],
    ["only the start marker", `${START_MARKER}\n`],
    ["the markers in the wrong order", `${END_MARKER}\n${START_MARKER}\n`],
  ])("is left alone with %s", (_case, text) => {
    expect(replaceSection(text, "tabella")).toBeNull();
  });
});
