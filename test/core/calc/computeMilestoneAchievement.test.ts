import { computeMilestoneAchievement as computeMilestoneAchievementExplained } from "../../../src/core/calc/computeMilestoneAchievement";
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
