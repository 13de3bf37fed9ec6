import { maskReferences } from "../../../src/core/values/maskReferences";

const blanked = (text: string, reference: string): string => text.replace(reference, " ".repeat(reference.length));

describe("maskReferences", () => {
  it.each([
    ["Pubblicazione ai sensi del D.Lgs. n. 33/2013", "D.Lgs. n. 33/2013"],
    ["Entro il 30/6", "30/6"],
    ["Consegna il 30-06-2020", "30-06-2020"],
    ["Evento del 22 luglio 2020", "22 luglio 2020"],
    ["Relazione nel 2021", "nel 2021"],
    ["Periodo 2020-2022", "2020-2022"],
    ["Avvio nel 2 semestre", "2 semestre"],
    ["Il 1° incontro", "1°"],
    ["Riunione alle 10:30", "10:30"],
    ["Progetto Impresa 4.0", "Impresa 4.0"],
    ["Approvato con DGC n. 45", "DGC n. 45"],
    ["Approvato con delibera G.C. n. 45", "G.C. n. 45"],
    ["Adottato con D.G.R. 123", "D.G.R. 123"],
    ["Con DCC n. 7 del consiglio", "DCC n. 7"],
    ["Con D.D. n. 12", "D.D. n. 12"],
    ["Det. 15 del dirigente", "Det. 15"],
  ])("blanks the reference in %p", (text, reference) => {
    expect(maskReferences(text)).toBe(blanked(text, reference));
  });

  it("blanks a month written with a long s, which case-insensitive matching reads as an s", () => {
    expect(maskReferences("\u017fettembre 2020")).toBe(" ".repeat(14));
  });

  it("leaves amounts, and texts without digits, as they are", () => {
    for (const text of ["82,43%", "almeno 98 eventi", "€ 1.534.500,00", "Avvio del servizio", "-5,00%", ""]) {
      expect(maskReferences(text)).toBe(text);
    }
  });
});
