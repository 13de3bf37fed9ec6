import fc from "fast-check";
import { inferPolarity } from "../../../src/core/plan/inferPolarity";
import type { PlanCell } from "../../../src/core/plan/planModel";
import { readCellValue } from "../../../src/core/values/readCellValue";
import type { CellValue } from "../../../src/core/values/valueTypes";
import { polarityReasonText } from "../../../src/core/wording/polarityReasons";

function planCell(raw: unknown, numberFormat?: string): PlanCell {
  const ref = { sheet: "Indicatori", address: "I2", row: 1, col: 8 };
  return { ref, raw, value: readCellValue(raw, numberFormat ? { numberFormat } : undefined) };
}

/** A target's value, as the reader passes it to inferPolarity. */
function targetValue(raw: unknown, numberFormat?: string): CellValue {
  return planCell(raw, numberFormat).value;
}

describe("inferPolarity", () => {
  it.each([
    ["crescente", "increasing"],
    ["Crescente", "increasing"],
    ["DECRESCENTE", "decreasing"],
    ["Milestone", "milestone"],
    ["increasing", "increasing"],
    ["Decreasing", "decreasing"],
    ["↓", "decreasing"],
    ["+", "increasing"],
    ["sì/no", "milestone"],
  ])("takes the written polarity %p as %p, with no reason", (written, polarity) => {
    const reading = inferPolarity({ name: "riduzione dei tempi", written: planCell(written), targets: [targetValue(-5)] });
    expect(reading).toEqual({ polarity, basis: "written" });
  });

  it("infers decreasing from the seed's '% riduzione delle pratiche critiche' with -2% / -5% targets", () => {
    const reading = inferPolarity({
      name: "% riduzione delle pratiche critiche rispetto all'anno precedente",
      targets: [targetValue("-2,00%"), targetValue("-5,00%")],
    });
    expect(reading).toMatchObject({
      polarity: "decreasing",
      basis: "name",
      inferred: "dedotta da 'riduzione' nel nome dell'indicatore e dai target negativi (-2%, -5%)",
    });
    expect(reading.reason && polarityReasonText(reading.reason, "en")).toBe("inferred from the word 'riduzione' in the indicator's name and from the negative targets (-2%, -5%)");
  });

  it.each([
    ["Riduzione dei tempi di pagamento", "decreasing", "dedotta da 'tempi di' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Diminuzione del contenzioso", "decreasing", "dedotta da 'diminuzione' nel nome dell'indicatore"],
    ["Ridurre i reclami", "decreasing", "dedotta da 'ridurre' nel nome dell'indicatore"],
    ["Contenimento della spesa", "decreasing", "dedotta da 'contenimento' nel nome dell'indicatore"],
    ["Tempi medi di evasione delle pratiche", "decreasing", "dedotta da 'tempi medi' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Costo pro capite del processo", "decreasing", "dedotta da 'costo' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Tempo massimo di risposta alle segnalazioni", "decreasing", "dedotta da 'tempo massimo' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Giorni di ritardo nei pagamenti", "decreasing", "dedotta da 'giorni di ritardo' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Indice di sovraffollamento delle sedi", "decreasing", "dedotta da 'sovraffollamento' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["Risparmio sulle utenze", "increasing", "dedotta da 'risparmio' nel nome dell'indicatore: si misura quanto si risparmia"],
    ["Tempo medio di risposta / n. richieste", "decreasing", "dedotta da 'tempo medio' nel nome dell'indicatore, una grandezza che migliora scendendo"],
    ["n. fascicoli crediti pregressi esaminati / n. fascicoli crediti arretrati", "increasing", "non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)"],
    ["N. pratiche evase /N. pratiche in attesa", "increasing", "non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)"],
    ["Ore di ritardo/mese", "decreasing", "dedotta da 'ritardo' nel nome dell'indicatore, una grandezza che migliora scendendo"],
  ])("infers from the name %p what is measured: %s", (name, polarity, reason) => {
    const reading = inferPolarity({ name, targets: [targetValue(30)] });
    expect([reading.polarity, reading.inferred]).toEqual([polarity, reason]);
  });

  it("reads a reduction measured in euro as the amount saved, an increasing quantity", () => {
    const reading = inferPolarity({ name: "Riduzione delle locazioni passive", targets: [targetValue("€ 50.000"), targetValue("€ 120.000")] });
    expect([reading.polarity, reading.inferred]).toEqual(["increasing", "'riduzione' nel nome, ma i target in euro misurano la riduzione ottenuta: assunta crescente"]);
  });

  it("infers decreasing from negative targets alone, formatting them the Italian way", () => {
    const reading = inferPolarity({ name: "saldo delle pratiche", targets: [targetValue(-0.02, "0,00%"), targetValue(-1500)] });
    expect([reading.basis, reading.inferred]).toEqual(["negativeTargets", "dedotta dai target negativi (-2%, -1.500)"]);
  });

  it("infers milestone when every readable target is one", () => {
    const reading = inferPolarity({ name: "Ridefinizione del regolamento", targets: [targetValue("-"), targetValue("Nuovo regolamento")] });
    expect([reading.polarity, reading.basis, reading.inferred]).toEqual([
      "milestone", "milestoneTargets", "dedotta dai target espressi come traguardo ('Nuovo regolamento')",
    ]);
  });

  it("infers decreasing when every readable target asks for none of something (a count to keep at zero), quoting each text once", () => {
    const reading = inferPolarity({ name: "Reclami ricevuti", targets: [targetValue("-"), targetValue("nessun reclamo"), targetValue("nessun reclamo")] });
    expect([reading.polarity, reading.basis, reading.inferred]).toEqual([
      "decreasing", "noneTargets", "dedotta dai target che chiedono di non averne alcuno ('nessun reclamo'): un conteggio da tenere a zero",
    ]);
  });

  it("keeps a milestone when only some targets ask for none («nessun reclamo», then «Nuovo regolamento»)", () => {
    expect(inferPolarity({ name: "Qualità", targets: [targetValue("nessun reclamo"), targetValue("Nuovo regolamento")] }).polarity).toBe("milestone");
  });

  it.each<[string, CellValue[], string]>([
    ["date cells", [targetValue(new Date(Date.UTC(2024, 0, 31))), targetValue(45688, "dd/mm/yyyy")], "'31/01/2024', '31/01/2025'"],
    ["dates typed as text", [targetValue("30/04/2024"), targetValue("-")], "'30/04/2024'"],
    ["a date and a milestone", [targetValue("Adozione del Piano"), targetValue("31 gennaio 2025")], "'Adozione del Piano', '31 gennaio 2025'"],
  ])("infers a milestone from targets written as %s, saying that the dates are deadlines", (_case, targets, quoted) => {
    const reading = inferPolarity({ name: "Data di adozione del PIAO", targets });
    expect([reading.polarity, reading.basis, reading.inferred]).toEqual([
      "milestone", "dateTargets", `dedotta dai target espressi come data (${quoted}): ogni data è letta come scadenza, e un risultato con una data successiva vale 0%`,
    ]);
    expect(reading.reason && polarityReasonText(reading.reason, "en")).toBe(`inferred from the targets written as dates (${quoted}): each date is read as a deadline, and a result dated later scores 0%`);
  });

  it.each<[string, CellValue[]]>([
    ["a date beside a number", [targetValue("31/01/2024"), targetValue("85%")]],
    ["a date without its year", [targetValue("31/1"), targetValue("-")]],
  ])("does not take %s for a deadline", (_case, targets) => {
    expect(inferPolarity({ name: "Tempestività", targets }).basis).not.toBe("dateTargets");
  });

  it("does not take a mixed target pair (Avvio, then 100%) for a milestone", () => {
    expect(inferPolarity({ name: "% di atti digitali", targets: [targetValue("Avvio"), targetValue("100,00%")] }).polarity).toBe("increasing");
  });

  it("assumes increasing when nothing says otherwise, and says it is an assumption", () => {
    expect(inferPolarity({ name: "eventi realizzati", targets: [targetValue(32), targetValue(70)] })).toMatchObject({
      polarity: "increasing",
      basis: "default",
      inferred: "non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)",
    });
  });

  it("says when a written polarity cannot be read, and infers it instead", () => {
    const reading = inferPolarity({ name: "eventi", written: planCell("boh"), targets: [targetValue(5)] });
    expect(reading.inferred).toBe("polarità 'boh' non riconosciuta; non indicata: assunta crescente (nessun indizio di polarità decrescente o di traguardo)");
  });

  it("reads a ratio by its numerator: whatever the denominator names, the polarity is the numerator's", () => {
    const numerators = ["n. pratiche evase", "Tempo medio di evasione", "Costo del servizio", "Riduzione dei reclami", "Risparmio energetico", "n. report predisposti"];
    const denominators = ["n. pratiche arretrate", "tempi medi di attesa", "costi totali", "riduzione prevista", "n. richieste pervenute", "risparmio atteso"];
    fc.assert(
      fc.property(fc.constantFrom(...numerators), fc.constantFrom(...denominators), fc.constantFrom(" / ", " /", "/ "), (numerator, denominator, slash) => {
        const whole = inferPolarity({ name: `${numerator}${slash}${denominator}`, targets: [targetValue(30)] });
        expect(whole.polarity).toBe(inferPolarity({ name: numerator, targets: [targetValue(30)] }).polarity);
      }),
    );
  });

  it("treats a placeholder polarity cell as not written", () => {
    expect(inferPolarity({ name: "eventi", written: planCell("-"), targets: [] }).basis).toBe("default");
  });
});
