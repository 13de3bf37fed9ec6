import { describeAmount, describeValue, quoteText } from "../../../src/core/wording/describeValue";
import { readCellValue } from "../../../src/core/values/readCellValue";

describe("describing a read value in Italian", () => {
  it.each([
    ["Rilascio di almeno 300 dispositivi", "almeno 300"],
    ["89,55%", "89,55%"],
    ["€ 6.190.000,00", "€ 6.190.000,00"],
    ["6.190.000 euro", "€ 6.190.000,00"],
    ["2.870 campioni", "2.870"],
    ["2301", "2.301"],
    ["0,7", "0,7"],
    ["-2,13%", "-2,13%"],
    ["non oltre 10 giorni", "non oltre 10"],
    ["oltre 100", "più di 100"],
    ["meno di 3", "meno di 3"],
    ["Almeno una convenzione", "almeno 1"],
    ["Avvio", "'Avvio'"],
    ["-", "'-'"],
    ["", "cella vuota"],
    ["#N/D", "'#N/D'"],
    ["+11 agenzie e +7 intermediari", "'+11 agenzie e +7 intermediari'"],
  ])("quotes %j in a message as %j: its figure when it has one, else the text as written", (text, expected) => {
    expect(describeValue(readCellValue(text))).toBe(expected);
  });

  it("describes numbers read with their cell format by their figure", () => {
    expect(describeValue(readCellValue(0.8955, { numberFormat: "0,00%" }))).toBe("89,55%");
    expect(describeValue(readCellValue(4390000, { numberFormat: "€ #.##0,00" }))).toBe("€ 4.390.000,00");
  });

  it.each([
    [300, "number", "dispositivi", "atLeast", "almeno 300 dispositivi"],
    [2301, "number", "iscritti", undefined, "2.301 iscritti"],
    [0.75, "percent", "delle richieste del periodo", undefined, "75% delle richieste del periodo"],
    [6190000, "euro", undefined, undefined, "€ 6.190.000,00"],
  ] as const)("describes the amount %p (%s, %p, %p) as %j", (value, unit, label, comparator, expected) => {
    expect(describeAmount(value, unit, label, comparator)).toBe(expected);
  });

  it("shortens a long label so that a message stays readable", () => {
    const described = describeAmount(
      1,
      "percent",
      "delle attività ad alto rischio corruzione e trasmissione all'ANAC relativa ai controlli effettuati",
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
