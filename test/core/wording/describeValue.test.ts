import { describeCellValue, quoteText } from "../../../src/core/wording/describeValue";
import { readCellValue } from "../../../src/core/values/readCellValue";

describe("describing a read value in Italian", () => {
  it.each([
    ["Rilascio di almeno 300 dispositivi", "almeno 300 dispositivi"],
    ["89,55%", "89,55%"],
    ["€ 6.190.000,00", "€ 6.190.000,00"],
    ["6.190.000 euro", "€ 6.190.000,00"],
    ["2.870 campioni", "2.870 campioni"],
    ["2301", "2.301"],
    ["0,7", "0,7"],
    ["-2,13%", "-2,13%"],
    ["75% delle richieste del periodo", "75% delle richieste del periodo"],
    ["non oltre 10 giorni", "non oltre 10 giorni"],
    ["oltre 100", "più di 100"],
    ["meno di 3", "meno di 3"],
    ["Almeno una convenzione", "almeno 1 convenzione"],
    ["Avvio", "milestone: avviato"],
    ["Nuovo regolamento", "milestone: realizzato"],
    ["non avviato", "milestone: non avviato"],
    ["-", 'nessun valore ("-")'],
    ["", "nessun valore (cella vuota)"],
    ["#N/D", "errore di Excel #N/D"],
    ["xyz", 'valore non leggibile ("xyz")'],
    ["+11 agenzie e +7 intermediari", 'valore ambiguo ("+11 agenzie e +7 intermediari")'],
  ])("describes %j as %j", (text, expected) => {
    expect(describeCellValue(readCellValue(text))).toBe(expected);
  });

  it("describes numbers read with their cell format", () => {
    expect(describeCellValue(readCellValue(0.8955, { numberFormat: "0,00%" }))).toBe("89,55%");
    expect(describeCellValue(readCellValue(4390000, { numberFormat: "€ #.##0,00" }))).toBe("€ 4.390.000,00");
    expect(describeCellValue(readCellValue(true))).toBe("milestone: realizzato");
  });

  it("shortens a long label so that a message stays readable", () => {
    const described = describeCellValue(
      readCellValue("Monitoraggio del 100% delle attività ad alto rischio corruzione e trasmissione all'ANAC relativa ai controlli effettuati"),
    );
    expect(described.startsWith("100% delle attività ad alto rischio corruzione")).toBe(true);
    expect(described.endsWith("…")).toBe(true);
    expect(described.length).toBeLessThanOrEqual(66);
  });

  it("quotes a text on one line and cuts it with an ellipsis", () => {
    expect(quoteText("2301 iscritti\n1361 partecipanti")).toBe('"2301 iscritti 1361 partecipanti"');
    expect(quoteText("a".repeat(100), 10)).toBe(`"${"a".repeat(9)}…"`);
  });
});
