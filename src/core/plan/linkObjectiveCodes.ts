/**
 * Linking references to objectives: the objective code of indicators, of the weights table and of
 * revisions, and the parent of operational objectives. A reference is turned into the objective's
 * code when it names one: the code itself in any case or spacing ("strat", "1.1."), a label that
 * starts with it ("Obiettivo Operativo 3.1 Nuove misure..."), or the objective's title with or
 * without such a label ("Obiettivo Strategico Riorganizzazione dell'Ente..."). A reference that names
 * no objective is kept as written: the rules report it (indicatore orfano). Lookups are by Map, so
 * linking is linear in the size of the plan.
 */
import { codeKey, leadingCode, titleKey } from "./planCodes";
import type { Objective } from "./planModel";

export class ObjectiveIndex {
  private readonly byCode = new Map<string, string>();
  private readonly byTitle = new Map<string, string>();

  constructor(objectives: readonly Objective[]) {
    for (const objective of objectives) {
      const key = codeKey(objective.code);
      if (key !== "" && !this.byCode.has(key)) this.byCode.set(key, objective.code);
    }
    for (const objective of objectives) {
      const title = titleKey(objective.title);
      if (title !== "" && !this.byTitle.has(title)) this.byTitle.set(title, objective.code);
    }
  }

  /** The code of the objective a reference names, or the reference as written. */
  resolve(reference: string): string {
    const exact = this.byCode.get(codeKey(reference));
    if (exact !== undefined) return exact;
    const leading = leadingCode(reference);
    const byLeading = leading === null ? undefined : this.byCode.get(codeKey(leading));
    if (byLeading !== undefined) return byLeading;
    return this.byTitle.get(titleKey(reference)) ?? reference;
  }
}
