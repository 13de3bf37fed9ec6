import fc from "fast-check";
import { readCommonText } from "../../../src/core/values/readCommonText";
import { readTextValue } from "../../../src/core/values/readTextValue";

/** The general reader's answer, which the common forms must give exactly (same keys, same order). */
function expectSameAsGeneralReader(text: string): void {
  const common = readCommonText(text);
  if (common === undefined) return;
  expect(JSON.stringify(common)).toBe(JSON.stringify(readTextValue(text)));
}

const digits = fc.stringMatching(/^[0-9]{1,12}$/);
const grouped = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.array(fc.stringMatching(/^[0-9]{3}$/), { minLength: 1, maxLength: 4 })).map(([head, groups]) => [String(head), ...groups].join("."));
const decimals = fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined });
const sign = fc.constantFrom("", "", "-", "+");
const italianNumber = fc.tuple(sign, fc.oneof(digits, grouped), decimals).map(([s, whole, fraction]) => `${s}${whole}${fraction === undefined ? "" : `,${fraction}`}`);
const word = fc.constantFrom("eventi", "campioni", "dispositivi", "delle", "richieste", "del", "periodo", "iscritti", "giorni", "pratiche", "giugno", "semestre", "euro", "mila", "tre", "una", "un", "percento", "cento", "nuovi", "sì", "Avvio", "e", "di");
const label = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const optionalLabel = fc.option(label, { nil: undefined }).map((words) => (words === undefined ? "" : ` ${words}`));

const wordBefore = fc.constantFrom("Rilascio", "di", "Realizzazione", "non", "entro", "oltre", "più", "massimo", "fino", "a", "euro", "eur", "anno", "nel", "il", "obiettivo", "fase", "tre", "una", "Almeno", "almeno", "pari", "o", "superiore", "meno", "sì");
const wordsBefore = fc.array(wordBefore, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));

const commonForms = fc.oneof(
  italianNumber,
  fc.tuple(italianNumber, fc.constantFrom("%", " %"), optionalLabel).map(([n, percent, words]) => `${n}${percent}${words}`),
  fc.tuple(fc.constantFrom("€ ", "€"), italianNumber).map(([euro, n]) => `${euro}${n}`),
  fc.tuple(italianNumber, fc.constantFrom(" €", "€")).map(([n, euro]) => `${n}${euro}`),
  fc.tuple(italianNumber, label).map(([n, words]) => `${n} ${words}`),
  fc.tuple(fc.constantFrom("almeno ", "Almeno "), italianNumber, fc.constantFrom("", "%", " €"), optionalLabel).map((parts) => parts.join("")),
  fc.tuple(fc.array(fc.tuple(italianNumber, fc.constantFrom("", "%", " %"), optionalLabel), { minLength: 2, maxLength: 3 }), fc.constantFrom(" / ", " /", "/ ", " e ")).map(([amounts, separator]) => amounts.map((parts) => parts.join("")).join(separator)),
  fc.tuple(wordsBefore, fc.constantFrom(" almeno ", " Almeno ", " almeno  "), italianNumber, fc.constantFrom("", "%", " €"), optionalLabel).map((parts) => parts.join("")),
  fc.constantFrom("-", "--", "-----", "//", "n.d.", "nessuno", "Nuova attività", "", " ", "—"),
  fc.constantFrom("sì", "si", "no", "Avvio", "Avviato", "Adozione protocollo", "Nuovo regolamento", "Non avviato", "a regime", "vedi nota", "xyz", "tre eventi", "Almeno una convenzione"),
);

describe("readCommonText: the common forms, read as the general reader reads them", () => {
  it.each<[string, unknown]>([
    ["1.800.000,00", { kind: "quantity", value: 1800000, unit: "number", text: "1.800.000,00" }],
    ["89,55%", { kind: "quantity", value: 0.8955, unit: "percent", text: "89,55%" }],
    ["-2,13%", { kind: "quantity", value: -0.0213, unit: "percent", text: "-2,13%" }],
    ["€ 6.190.000,00", { kind: "quantity", value: 6190000, unit: "euro", text: "€ 6.190.000,00" }],
    ["2.870 campioni", { kind: "quantity", value: 2870, unit: "number", label: "campioni", text: "2.870 campioni" }],
    ["75% delle richieste del periodo", { kind: "quantity", value: 0.75, unit: "percent", label: "delle richieste del periodo", text: "75% delle richieste del periodo" }],
    ["almeno 300 dispositivi", { kind: "threshold", comparator: "atLeast", value: 300, unit: "number", label: "dispositivi", text: "almeno 300 dispositivi" }],
    ["Rilascio di almeno 195 eventi", { kind: "threshold", comparator: "atLeast", value: 195, unit: "number", label: "eventi", text: "Rilascio di almeno 195 eventi" }],
    [
      "2301 iscritti / 1361 partecipanti",
      {
        kind: "failure", code: "ambiguous", message: "Il testo contiene più quantità (2.301 iscritti, 1.361 partecipanti): indicare un solo valore.", text: "2301 iscritti / 1361 partecipanti",
        candidates: [{ kind: "quantity", value: 2301, unit: "number", text: "2301 iscritti", label: "iscritti" }, { kind: "quantity", value: 1361, unit: "number", text: "1361 partecipanti", label: "partecipanti" }],
      },
    ],
    ["//", { kind: "placeholder", text: "//" }],
    ["n.d.", { kind: "placeholder", text: "n.d." }],
    ["sì", { kind: "milestone", state: "done", text: "sì" }],
    ["Avvio", { kind: "milestone", state: "started", text: "Avvio" }],
  ])("reads %p as the general reader does", (text, expected) => {
    expect(readCommonText(text)).toEqual(expected);
    expect(readTextValue(text)).toEqual(expected);
  });

  it.each(["30 giugno", "2 semestre", "1.5", "1 800 000", "Almeno una convenzione", "tre eventi", "6 eventi in 2 sedi", "5 mila", "1,5 milioni di euro", " 12", "12 ", "#N/D", "???", "2301 iscritti 1361 partecipanti", "5 / 6 eventi"])(
    "leaves %p to the general reader",
    (text) => {
      expect(readCommonText(text)).toBeUndefined();
    },
  );

  it("agrees with the general reader on every text of the common forms it accepts", () => {
    fc.assert(fc.property(commonForms, (text) => expectSameAsGeneralReader(text)), { numRuns: 3_000 });
  });

  it("takes every Italian number and percentage itself, without the general reader", () => {
    const samples = fc.sample(fc.oneof(italianNumber, fc.tuple(italianNumber, fc.constant("%")).map(([n, p]) => `${n}${p}`)), 500);
    expect(samples.filter((text) => readCommonText(text) !== undefined).length).toBe(samples.length);
  });

  it("agrees with the general reader on any short text it accepts", () => {
    const alphabet = fc.constantFrom(..."0123456789.,-+%€ ealmnosìvAd/".split(""));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 14 }).map((chars) => chars.join("")), (text) => expectSameAsGeneralReader(text)), { numRuns: 5_000 });
  });
});
