import fc from "fast-check";
import { computeMilestoneAchievement as computeMilestoneAchievementExplained } from "../../../src/core/calc/computeMilestoneAchievement";
import "../../../src/core/wording/english";
import type { AchievementOptions } from "../../../src/core/calc/calcTypes";
import type { Milestone, MilestoneState } from "../../../src/core/values/valueTypes";
import { withExplanation } from "../../../src/core/calc/calcOutcome";

/** computeMilestoneAchievement with its explanation written, as the assertions below compare it. */
const computeMilestoneAchievement = (...args: Parameters<typeof computeMilestoneAchievementExplained>) => withExplanation(computeMilestoneAchievementExplained(...args));

function milestone(text: string, state: MilestoneState): Milestone {
  return { kind: "milestone", state, text };
}

describe("computeMilestoneAchievement: done, started, not done", () => {
  it.each<[string, Milestone, Milestone, AchievementOptions | undefined, number, string]>([
    [
      "2.1 ind. 1 at 30/6: 'Avviato' meets 'Avvio del servizio'",
      milestone("Avviato", "started"),
      milestone("Avvio del servizio", "started"),
      undefined,
      1,
      "obiettivo raggiunto: 'Avviato' soddisfa 'Avvio del servizio', quindi 100%",
    ],
    ["3.3 ind. 4: 'si' meets 'si'", milestone("si", "done"), milestone("si", "done"), undefined, 1, "obiettivo raggiunto: 'si' soddisfa 'si', quindi 100%"],
    [
      "3.1 ind. 1: 'Adozione protocollo' goes beyond a start",
      milestone("Adozione protocollo", "done"),
      milestone("Inizio processo di attivazione", "started"),
      undefined,
      1,
      "obiettivo raggiunto: 'Adozione protocollo' soddisfa 'Inizio processo di attivazione', quindi 100%",
    ],
    [
      "3.2 ind. 1 at 31/12: 'Avvio attività' where 'attivazione' is required, no partial credit",
      milestone("Avvio attività", "started"),
      milestone("attivazione", "done"),
      undefined,
      0,
      "obiettivo avviato ma non concluso: 'Avvio attività' è in corso, 'attivazione' richiede il completamento: credito parziale 0%",
    ],
    [
      "the same with a partial credit of 50%",
      milestone("Avvio attività", "started"),
      milestone("attivazione", "done"),
      { milestonePartial: 0.5 },
      0.5,
      "obiettivo avviato ma non concluso: 'Avvio attività' è in corso, 'attivazione' richiede il completamento: credito parziale 50%",
    ],
    [
      "a partial credit below the threshold",
      milestone("Avvio attività", "started"),
      milestone("attivazione", "done"),
      { milestonePartial: 0.5, threshold: 0.6 },
      0,
      "obiettivo avviato ma non concluso: 'Avvio attività' è in corso, 'attivazione' richiede il completamento: credito parziale 50%, sotto la soglia del 60%: conta 0%",
    ],
    [
      "3.1 ind. 2: 'Attività da realizzare nel 2 semestre' against 'Nuovo regolamento'",
      milestone("Attività da realizzare nel 2 semestre", "notDone"),
      milestone("Nuovo regolamento", "done"),
      { milestonePartial: 0.5 },
      0,
      "obiettivo non raggiunto: 'Attività da realizzare nel 2 semestre' non soddisfa 'Nuovo regolamento', quindi 0%",
    ],
    ["a cap below 100%", milestone("sì", "done"), milestone("sì", "done"), { cap: 0.8 }, 0.8, "obiettivo raggiunto: 'sì' soddisfa 'sì', quindi 100%, limitato all'80%"],
  ])("%s", (_label, result, target, options, value, explanation) => {
    expect(computeMilestoneAchievement(result, target, options)).toEqual({ ok: true, value, explanation });
  });

  it("refuses a value that is not a milestone, naming which one", () => {
    const notMilestone = { kind: "milestone", state: "halfway", text: "a metà" } as unknown as Milestone;
    const outcome = computeMilestoneAchievement(milestone("Avvio", "started"), notMilestone);
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
    expect(!outcome.ok && outcome.message).toContain("il target non è una milestone");
  });

  it("refuses invalid options", () => {
    const outcome = computeMilestoneAchievement(milestone("Avvio", "started"), milestone("sì", "done"), { milestonePartial: -0.1 });
    expect(outcome).toMatchObject({ ok: false, code: "invalidArgument" });
  });
});

describe("computeMilestoneAchievement: a deadline in the target («entro il …»)", () => {
  it.each<[string, string, string, number, string]>([
    [
      "done after the deadline is not reached",
      "Realizzato il 15/10/2024",
      "Entro il 30/09/2024",
      0,
      "obiettivo non raggiunto nei tempi: 'Realizzato il 15/10/2024' porta la data 15/10/2024, oltre la scadenza 30/9/2024 del target 'Entro il 30/09/2024', quindi 0%",
    ],
    [
      "done before the deadline is reached, both dates said",
      "Realizzato il 15/09/2024",
      "Entro il 30/09/2024",
      1,
      "obiettivo raggiunto nei tempi: 'Realizzato il 15/09/2024' porta la data 15/9/2024, entro la scadenza 30/9/2024 del target 'Entro il 30/09/2024', quindi 100%",
    ],
    [
      "done on the deadline is reached",
      "Approvato in data 30 settembre 2024",
      "Entro il 30/09/2024",
      1,
      "obiettivo raggiunto nei tempi: 'Approvato in data 30 settembre 2024' porta la data 30/9/2024, entro la scadenza 30/9/2024 del target 'Entro il 30/09/2024', quindi 100%",
    ],
    ["a deadline without its year is compared by day and month", "Approvato il 15 luglio 2024", "Approvazione entro il 30/06", 0, "obiettivo non raggiunto nei tempi: 'Approvato il 15 luglio 2024' porta la data 15/7/2024, oltre la scadenza 30/6 del target 'Approvazione entro il 30/06', quindi 0%"],
    ["a result with no date is taken as on time", "Realizzato", "Entro il 30/09/2024", 1, "obiettivo raggiunto: 'Realizzato' soddisfa 'Entro il 30/09/2024', quindi 100%"],
    ["a date the result is in force from is not the day it was done", "Regolamento approvato (in vigore dal 01/01/2025)", "Entro il 31/12/2024", 1, "obiettivo raggiunto: 'Regolamento approvato (in vigore dal 01/01/2025)' soddisfa 'Entro il 31/12/2024', quindi 100%"],
    ["a result naming two dates is taken as on time", "Bozza del 10/09/2024, approvato il 15/10/2024", "Entro il 30/09/2024", 1, "obiettivo raggiunto: 'Bozza del 10/09/2024, approvato il 15/10/2024' soddisfa 'Entro il 30/09/2024', quindi 100%"],
    ["a target with no deadline asks for no date", "Adottato il 10/01/2025", "Adozione del regolamento", 1, "obiettivo raggiunto: 'Adottato il 10/01/2025' soddisfa 'Adozione del regolamento', quindi 100%"],
  ])("%s", (_case, result, target, achievement, explanation) => {
    expect(computeMilestoneAchievement(milestone(result, "done"), milestone(target, "done"))).toEqual({ ok: true, value: achievement, explanation });
  });

  it("says it in English too", () => {
    const outcome = computeMilestoneAchievementExplained(milestone("Realizzato il 15/10/2024", "done"), milestone("Entro il 30/09/2024", "done"));
    expect(outcome.ok && outcome.explain("en")).toBe(
      "not achieved in time: 'Realizzato il 15/10/2024' is dated 15/10/2024, after the deadline 30/9/2024 of the target 'Entro il 30/09/2024', so 0%",
    );
  });

  it.each<[string, Milestone, Milestone, number, string, string]>([
    [
      "a date cell done after a date cell's deadline is late, each date said once",
      { kind: "milestone", state: "done", text: "15/05/2024", on: "15/5/2024" },
      { kind: "milestone", state: "done", text: "30/04/2024", by: "30/4/2024" },
      0,
      "obiettivo non raggiunto nei tempi: realizzato il 15/5/2024, oltre la scadenza 30/4/2024, quindi 0%",
      "not achieved in time: done on 15/5/2024, after the deadline 30/4/2024, so 0%",
    ],
    [
      "a date cell done before a date cell's deadline is on time",
      { kind: "milestone", state: "done", text: "29/01/2024", on: "29/1/2024" },
      { kind: "milestone", state: "done", text: "31/01/2024", by: "31/1/2024" },
      1,
      "obiettivo raggiunto nei tempi: realizzato il 29/1/2024, entro la scadenza 31/1/2024, quindi 100%",
      "achieved in time: done on 29/1/2024, by the deadline 31/1/2024, so 100%",
    ],
    [
      "a date cell against a deadline in words",
      { kind: "milestone", state: "done", text: "15/10/2024", on: "15/10/2024" },
      milestone("Entro il 30/09/2024", "done"),
      0,
      "obiettivo non raggiunto nei tempi: realizzato il 15/10/2024, oltre la scadenza 30/9/2024 del target 'Entro il 30/09/2024', quindi 0%",
      "not achieved in time: done on 15/10/2024, after the deadline 30/9/2024 of the target 'Entro il 30/09/2024', so 0%",
    ],
    [
      "a result in words against a date cell's deadline",
      milestone("Approvato il 02/02/2024", "done"),
      { kind: "milestone", state: "done", text: "31/01/2024", by: "31/1/2024" },
      0,
      "obiettivo non raggiunto nei tempi: 'Approvato il 02/02/2024' porta la data 2/2/2024, oltre la scadenza 31/1/2024, quindi 0%",
      "not achieved in time: 'Approvato il 02/02/2024' is dated 2/2/2024, after the deadline 31/1/2024, so 0%",
    ],
  ])("%s", (_case, result, target, achievement, italian, english) => {
    const outcome = computeMilestoneAchievementExplained(result, target);
    expect(outcome.ok && outcome.value).toBe(achievement);
    expect(outcome.ok && [outcome.explain("it"), outcome.explain("en")]).toEqual([italian, english]);
  });

  it("reaches the target exactly when the day it was done is not after the deadline, for any two days", () => {
    const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true });
    const written = (date: Date) => `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
    const dayOf = (date: Date) => Math.floor(date.getTime() / 86_400_000);
    fc.assert(
      fc.property(day, day, (done, deadline) => {
        const outcome = computeMilestoneAchievement(milestone(`Realizzato il ${written(done)}`, "done"), milestone(`Entro il ${written(deadline)}`, "done"));
        expect(outcome).toMatchObject({ ok: true, value: dayOf(done) <= dayOf(deadline) ? 1 : 0 });
      }),
    );
  });

  it("reads date cells the same way as the dates written in words, for any two days", () => {
    const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true });
    const written = (date: Date) => `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
    fc.assert(
      fc.property(day, day, fc.boolean(), fc.boolean(), (done, deadline, resultCell, targetCell) => {
        const result: Milestone = resultCell ? { kind: "milestone", state: "done", text: written(done), on: written(done) } : milestone(`Realizzato il ${written(done)}`, "done");
        const target: Milestone = targetCell ? { kind: "milestone", state: "done", text: written(deadline), by: written(deadline) } : milestone(`Entro il ${written(deadline)}`, "done");
        const inWords = computeMilestoneAchievement(milestone(`Realizzato il ${written(done)}`, "done"), milestone(`Entro il ${written(deadline)}`, "done"));
        expect(computeMilestoneAchievement(result, target)).toMatchObject({ ok: true, value: inWords.ok ? inWords.value : Number.NaN });
      }),
    );
  });
});
