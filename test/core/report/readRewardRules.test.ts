import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readRewardRules, rewardRulesRecord } from "../../../src/core/report/readRewardRules";
import { formatShare } from "../../../src/core/wording/formatNumbers";
import { rewardShare } from "../../../src/core/report/rewards";

/** The rules read, their bands as a plain list (checked bands carry a mark). */
function plain(reading: ReturnType<typeof readRewardRules>): unknown {
  return reading.rules === null ? null : { ...reading.rules, bands: [...reading.rules.bands] };
}

describe("reward rules read from a rules file", () => {
  it("reads bands, fund, split, classes and people in Italian", () => {
    const reading = readRewardRules({
      premi: [
        { da: "60%", quota: "proporzionale" },
        { da: "90%", quota: "100%" },
      ],
      fondo: "€ 116.325,12",
      ripartizione: "pro-quota",
      classi: ["60%", "90%"],
      persone: [{ nome: " dr Mario Rossi ", peso: "25%", premio: "1.000", coefficiente: "0,9", punteggio: "85%" }],
      sogliaCritica: "40%",
    });
    expect(reading.errors).toEqual([]);
    expect(reading.rest).toEqual({ sogliaCritica: "40%" });
    expect(plain(reading)).toMatchObject({
      bands: [
        { from: 0.6, score: "proportional" },
        { from: 0.9, score: 1 },
      ],
      fund: { amount: 116325.12 },
      split: "proRata",
      classes: [0.9, 0.6],
      people: [{ name: "dr Mario Rossi", weight: 0.25, nominal: 1000, coefficient: 0.9, score: 0.85 }],
    });
  });

  it("reads the English aliases", () => {
    const reading = readRewardRules({ rewards: [{ from: 0.9, share: 0.6, perPoint: "1%" }], fund: 1000, split: "share", classes: [0.5], people: [{ name: "A", weight: 1 }] });
    expect(reading.errors).toEqual([]);
    expect(plain(reading)).toMatchObject({ bands: [{ from: 0.9, score: 0.6, perPoint: 0.01 }], fund: { amount: 1000 }, split: "share", classes: [0.5] });
  });

  it("takes the fund from the project's economic value, point value × points (the seed's «Fondo Dirigenti»: 3.106 euro × 5)", () => {
    const reading = readRewardRules({ premi: [{ da: "0%", quota: "proporzionale" }], fondo: { valorePunto: "3.106", punti: 5 } });
    expect(reading.rules?.fund).toEqual({ amount: 15530, explanation: "€ 3.106,00 × 5 = € 15.530,00", project: { pointValue: 3106, points: 5 } });
  });

  it("has no reward rules, and leaves the settings alone, when the file has no «premi»", () => {
    expect(readRewardRules({ regole: { "polarita-dedotta": "off" } })).toEqual({ rules: null, rest: { regole: { "polarita-dedotta": "off" } }, errors: [] });
  });

  it("defaults to the quota split and the classes ≥ 90%, 60–90%, < 60%", () => {
    expect(readRewardRules({ premi: [{ da: "60%", quota: "100%" }] }).rules).toMatchObject({ split: "share", classes: [0.9, 0.6], people: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a fund without bands", { fondo: 1000 }, "«fondo» serve solo con le fasce dei premi: aggiungere «premi», es. [ { \"da\": \"60%\", \"quota\": \"proporzionale\" } ]."],
    ["bands that are not a list", { premi: 90 }, "«premi» deve essere un elenco di fasce, es. [ { \"da\": \"60%\", \"quota\": \"proporzionale\" }, { \"da\": \"90%\", \"quota\": \"100%\" } ] o il testo \"60% → proporzionale; 90% → 60% + 1% per punto; 95% → 100%\", non «90»."],
    ["a band without its share", { premi: [{ da: "90%" }] }, "La 1ª fascia deve dire da quale punteggio («da») e con quale quota («quota»)."],
    ["points written without «%»", { premi: [{ da: 90, quota: "60%" }] }, "La soglia «da» della 1ª fascia: «90» senza «%» vale 9.000%; per 90 punti scrivere \"90%\"."],
    ["a share that is not a percentage", { premi: [{ da: "90%", quota: "tanto" }] }, "La quota della 1ª fascia deve essere una percentuale (es. \"90%\") o una frazione (es. 0,9), non «tanto»."],
    ["an unknown band key", { premi: [{ da: "90%", quota: "60%", finoA: "80%" }] }, "Chiave sconosciuta «finoA» nella 1ª fascia: usare da, quota e (facoltativo) perPunto."],
    ["falling shares", { premi: [{ da: "60%", quota: "80%" }, { da: "90%", quota: "70%" }] }, "Fasce dei premi non valide: la 2ª fascia (da 90%) dà 70%, meno dell'80% a cui arriva la 1ª fascia: un punteggio più alto non può avere una quota più bassa."],
    ["a negative fund", { premi: [{ da: "0%", quota: "100%" }], fondo: -5 }, "Il fondo deve essere un importo in euro non negativo (es. 116325.12 o \"€ 116.325,12\"), non «-5»."],
    ["an unknown split", { premi: [{ da: "0%", quota: "100%" }], ripartizione: "a caso" }, "«ripartizione» deve essere \"quota\" (ognuno la sua quota del premio) o \"pro-quota\" (il fondo diviso in proporzione), non «a caso»."],
    ["a person without a name", { premi: [{ da: "0%", quota: "100%" }], persone: [{ peso: "10%" }] }, "La 1ª persona deve avere un «nome» (quello del responsabile nel piano, o un altro con il suo «punteggio»)."],
    ["a person named twice", { premi: [{ da: "0%", quota: "100%" }], persone: [{ nome: "A" }, { nome: " a " }] }, "La persona «a» compare due volte."],
    ["a project fund without its points", { premi: [{ da: "0%", quota: "100%" }], fondo: { valorePunto: 3106 } }, "Il fondo come valore economico del progetto deve dire «valorePunto» (euro per punto) e «punti» (il coefficiente), es. { \"valorePunto\": 3106, \"punti\": 5 }."],
  ])("refuses %s with an Italian message", (_case, input, message) => {
    const reading = readRewardRules(input);
    expect(reading.rules).toBeNull();
    expect(reading.errors.map((error) => error.message)).toContain(message);
  });

  it("reads any percentage written the Italian way as the share it says (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = `${(hundredths / 100).toFixed(2).replace(".", ",")}%`;
        const reading = readRewardRules({ premi: [{ da: "0%", quota: text }] });
        const band = reading.rules?.bands[0];
        expect(band?.score).toBeCloseTo(hundredths / 10_000, 12);
        const share = reading.rules ? rewardShare(0.5, reading.rules.bands) : null;
        expect(share?.ok && share.value).toBeCloseTo(hundredths / 10_000, 12);
      }),
    );
  });

  it("never throws on any JSON, and either reads rules or says why not (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (premi, fondo, persone) => {
        const reading = readRewardRules({ premi, fondo, persone });
        expect(reading.rules === null ? reading.errors.length > 0 : reading.errors.length === 0).toBe(true);
      }),
    );
  });
});

describe("reward rules written as texts, as in the «Regole di valutazione» sheet", () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ["bands with arrows", { premi: "60% → proporzionale; 95% → 100%" }, { bands: [{ from: 0.6, score: "proportional" }, { from: 0.95, score: 1 }] }],
    ["bands one per line, with -> and a share per point", { premi: "0% -> 0%\n90% -> 60% + 1% per punto\n131% -> 100%" }, { bands: [{ from: 0, score: 0 }, { from: 0.9, score: 0.6, perPoint: 0.01 }, { from: 1.31, score: 1 }] }],
    ["a share per point written «a punto», decimals the Italian way", { premi: "110,1% → 80,1% + 0,715% a punto" }, { bands: [{ from: expect.closeTo(1.101, 12), score: expect.closeTo(0.801, 12), perPoint: expect.closeTo(0.00715, 12) }] }],
    ["a fund in euro", { premi: "0% → 100%", fondo: "€ 116.325,12" }, { fund: { amount: 116325.12 } }],
    ["a fund as point value × points", { premi: "0% → 100%", fondo: "3.106 € x 5 punti" }, { fund: { amount: 15530, project: { pointValue: 3106, points: 5 } } }],
    ["a fund with × and without «punti»", { premi: "0% → 100%", fondo: "€ 3.106,00 × 5" }, { fund: { amount: 15530 } }],
    ["classes as a text", { premi: "0% → 100%", classi: "60%; 90%; 75%" }, { classes: [0.9, 0.75, 0.6] }],
    ["a condition as a clerk writes it", { premi: "0% → proporzionale", condizione: "1.1 almeno 100%" }, { condition: { objective: "1.1", minimum: 1 } }],
    ["a condition with ≥ and the word «obiettivo»", { premi: "0% → proporzionale", condizione: "obiettivo AS-STRAT ≥ 50%" }, { condition: { objective: "AS-STRAT", minimum: 0.5 } }],
    ["a condition naming the objective alone: reached means 100%", { premi: "0% → proporzionale", condizione: "2.2" }, { condition: { objective: "2.2", minimum: 1 } }],
    ["a condition as an object", { premi: "0% → proporzionale", condizione: { obiettivo: "1.1", minimo: "90%" } }, { condition: { objective: "1.1", minimum: 0.9 } }],
    ["a condition with the English keys", { rewards: "0% → proportional", condition: { objective: "1.1", minimum: 0.9 } }, { condition: { objective: "1.1", minimum: 0.9 } }],
  ])("reads %s", (_case, input, expected) => {
    const reading = readRewardRules(input);
    expect(reading.errors).toEqual([]);
    expect(plain(reading)).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a band without its arrow", { premi: "60% proporzionale" }, "«premi» deve essere un elenco di fasce, es. [ { \"da\": \"60%\", \"quota\": \"proporzionale\" }, { \"da\": \"90%\", \"quota\": \"100%\" } ] o il testo \"60% → proporzionale; 90% → 60% + 1% per punto; 95% → 100%\", non «60% proporzionale»."],
    ["a bound that is not a percentage", { premi: "sessanta → 100%" }, "La soglia «da» della 1ª fascia deve essere una percentuale (es. \"90%\") o una frazione (es. 0,9), non «sessanta»."],
    ["a share per point that is not a percentage", { premi: "90% → 60% + molto per punto" }, "La quota per punto della 1ª fascia deve essere una percentuale (es. \"90%\") o una frazione (es. 0,9), non «molto»."],
    ["a proportional band with a share per point", { premi: "90% → proporzionale + 1% per punto" }, "Fasce dei premi non valide: la 1ª fascia è proporzionale e non può avere anche una quota per punto."],
    ["a project fund with bad points", { premi: "0% → 100%", fondo: "3.106 € x cinque punti" }, "I punti del progetto devono essere un numero non negativo (es. 5), non «cinque»."],
    ["a fund that is no amount", { premi: "0% → 100%", fondo: "molti euro" }, "Il fondo deve essere un importo in euro non negativo (es. 116325.12 o \"€ 116.325,12\"), non «molti euro»."],
    ["classes written without «%»", { premi: "0% → 100%", classi: "90; 60" }, "La 1ª soglia delle classi: «90» senza «%» vale 9.000%; per 90 punti scrivere \"90%\"."],
    ["an empty classes text", { premi: "0% → 100%", classi: " ; " }, "«classi» deve essere un elenco di soglie delle classi, es. [\"90%\", \"60%\"] o il testo \"90%; 60%\", non « ; »."],
    ["a condition without an objective", { premi: "0% → 100%", condizione: { minimo: "100%" } }, "«condizione» deve dire l'obiettivo del piano che condiziona tutto il premio e il suo punteggio minimo, es. \"1.1 almeno 100%\" o { \"obiettivo\": \"1.1\", \"minimo\": \"100%\" }, non «{\"minimo\":\"100%\"}»."],
    ["a condition whose minimum is no percentage", { premi: "0% → 100%", condizione: "1.1 almeno tanto" }, "Il minimo della condizione deve essere una percentuale (es. \"90%\") o una frazione (es. 0,9), non «tanto»."],
    ["a condition with an unknown key", { premi: "0% → 100%", condizione: { obiettivo: "1.1", effetto: "nessun premio" } }, "Chiave sconosciuta «effetto» nella condizione: usare obiettivo e (facoltativo) minimo."],
    ["a condition without bands", { condizione: "1.1" }, "«condizione» serve solo con le fasce dei premi: aggiungere «premi», es. [ { \"da\": \"60%\", \"quota\": \"proporzionale\" } ]."],
  ])("refuses %s with an Italian message", (_case, input, message) => {
    const reading = readRewardRules(input);
    expect(reading.rules).toBeNull();
    expect(reading.errors.map((error) => error.message)).toContain(message);
  });

  it("reads back what rewardRulesRecord writes: bands, fund, split, classes and people", () => {
    const reading = readRewardRules({
      premi: [{ da: "0%", quota: "0%" }, { da: "90%", quota: "60%", perPunto: "1%" }, { da: "110,1%", quota: "80,1%", perPunto: "0,715%" }, { da: "131%", quota: "100%" }],
      fondo: { valorePunto: 3106, punti: 5 },
      ripartizione: "pro-quota",
      classi: ["95%", "70%", "50%"],
      persone: [{ nome: "dr Rossi", peso: "25%", coefficiente: 0.9 }, { nome: "Bianchi", punteggio: "85%", premio: "€ 1.000" }],
      condizione: { obiettivo: "1.1", minimo: "90%" },
    });
    expect(reading.errors).toEqual([]);
    const record = reading.rules ? rewardRulesRecord(reading.rules) : {};
    expect(record).toMatchObject({ premi: "0% → 0%; 90% → 60% + 1% per punto; 110,1% → 80,1% + 0,715% per punto; 131% → 100%", fondo: "€ 3.106,00 x 5 punti", ripartizione: "pro-quota", classi: "95%; 70%; 50%", condizione: "1.1 almeno 90%" });
    expect(plain(readRewardRules(record))).toEqual(plain(reading));
  });

  it("leaves out a fund the plan gave: it is not a rule", () => {
    const reading = readRewardRules({ premi: "0% → 100%" });
    const rules = reading.rules ? { ...reading.rules, fund: { amount: 46590, source: "plan" as const } } : null;
    expect(rules && rewardRulesRecord(rules)).not.toHaveProperty("fondo");
  });

  /** Percentages with at most two decimals, as the sheet writes them (formatShare). */
  const hundredths = (max: number) => fc.integer({ min: 0, max }).map((n) => n / 10_000);
  const bandsArbitrary = fc
    .array(fc.record({ from: hundredths(15_000), kind: fc.constantFrom("fixed", "proportional", "perPoint"), share: hundredths(10_000), perPoint: hundredths(300) }), { minLength: 1, maxLength: 5 })
    .map((drawn) => {
      // Rising bounds and never-falling shares, so that readRewardBands accepts them.
      const froms = [...new Set(drawn.map((band) => band.from))].sort((a, b) => a - b);
      const shares = drawn.map((band) => band.share).sort((a, b) => a - b);
      return froms.map((from, index) => {
        const band = drawn[index];
        const share = shares[index] ?? 0;
        if (band?.kind === "proportional") return { da: formatShare(from), quota: "proporzionale" };
        return { da: formatShare(from), quota: formatShare(share), ...(band?.kind === "perPoint" ? { perPunto: formatShare(band.perPoint) } : {}) };
      });
    });
  const fundArbitrary = fc.oneof(
    fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
    fc.record({ valorePunto: fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100), punti: fc.integer({ min: 0, max: 200 }).map((tenths) => tenths / 10) }),
  );

  it("reads back equal any bands and fund it writes (property)", () => {
    fc.assert(
      fc.property(bandsArbitrary, fundArbitrary, fc.constantFrom("quota", "pro-quota"), (premi, fondo, ripartizione) => {
        const reading = readRewardRules({ premi, fondo, ripartizione });
        fc.pre(reading.rules !== null); // bands the generator made falling (a proportional band after a fixed one)
        const rules = reading.rules;
        if (rules === null) return;
        const again = readRewardRules(rewardRulesRecord(rules));
        expect(again.errors).toEqual([]);
        expect(plain(again)).toEqual(plain(reading));
      }),
    );
  });
});

describe("the README's «Premi» section", () => {
  const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Premi\n"));

  it("shows a rules file that reads without problems", () => {
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const reading = readRewardRules(JSON.parse(example));
    expect(reading.errors).toEqual([]);
    expect(reading.rules?.fund?.amount).toBe(15530);
    expect(reading.rules?.people.map((person) => person.name)).toEqual(["dr Massimo Ziletti", "dr.ssa Antonella Vairano", "Mario Rossi"]);
  });

  it("gives the Agenzia's bands, which give 100 points 70% and 131 points 100%", () => {
    const bands = /`(\[ \{"da": "0%"[\s\S]*?\])`/.exec(section)?.[1] ?? "";
    const reading = readRewardRules({ premi: JSON.parse(bands.replace(/\n\s*/g, " ")) });
    expect(reading.errors).toEqual([]);
    const at = (score: number) => (reading.rules ? rewardShare(score, reading.rules.bands) : null);
    expect(at(1)?.ok && at(1)).toMatchObject({ value: 0.7 });
    expect(at(1.31)?.ok && at(1.31)).toMatchObject({ value: 1 });
  });
});

describe("reward rules from a preset", () => {
  // test/fixtures/smvp/agenzia-entrate-convenzione-2001: one point of the overall score read as 1% of score.
  const shareOf = (input: Record<string, unknown>, score: number): number | null => {
    const read = readRewardRules(input);
    if (read.rules === null) return null;
    const share = rewardShare(score, read.rules.bands);
    return share.ok ? share.value : null;
  };

  it.each([
    [0.85, 0],
    [0.9, 0.6],
    [0.9963, 0.6963],
    [1.1, 0.8],
    [1.101, 0.801],
    [1.31, 1],
  ])("agenzia-entrate-2001 gives a score of %p the share %p", (score, share) => {
    expect(shareOf({ preset: "agenzia-entrate-2001" }, score)).toBeCloseTo(share, 10);
  });

  it("keeps the preset in the rest, for the profile's reader, and lets the file's own «premi» override the preset's", () => {
    const read = readRewardRules({ preset: "agenzia-entrate-2001", tolleranzaPesi: 0.1 });
    expect(read.rest).toEqual({ preset: "agenzia-entrate-2001", tolleranzaPesi: 0.1 });
    expect(shareOf({ preset: "agenzia-entrate-2001", premi: [{ da: "60%", quota: "proporzionale" }] }, 0.75)).toBeCloseTo(0.75, 10);
  });

  it.each([
    [0.8, 0.8],
    [1, 1],
    [0, 0],
  ])("ecocerved-2023 gives a score of %p the share %p: the bonus is proportional to the objectives met (ecocerved-premi-2023)", (score, share) => {
    expect(shareOf({ preset: "ecocerved-2023" }, score)).toBeCloseTo(share, 10);
  });

  it("lets the Ecocerved preset's on/off objective be named with «condizione», which only the plan knows", () => {
    expect(readRewardRules({ preset: "ecocerved-2023", condizione: "1.1" }).rules?.condition).toEqual({ objective: "1.1", minimum: 1 });
  });

  it("gives no reward rules for an unknown preset (the profile's reader names it)", () => {
    expect(readRewardRules({ preset: "lazio" })).toEqual({ rules: null, rest: { preset: "lazio" }, errors: [] });
  });
});
