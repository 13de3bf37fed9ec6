/**
 * Scoring profiles of published SMVPs, selectable by name (`"preset": "ecocerved-2023"` in a rules
 * file, `--regole preset:ecocerved-2023`, the «Preset» row of the «Regole di valutazione» sheet).
 * Each holds only what its source states, in the keys of a rules file: the profile's own
 * (readScoringProfile.ts) and the rewards' (`premi`, read by report/readRewardRules.ts); a figure the
 * source does not state is not guessed, so a source that leaves one out is no preset.
 * The sources, read and summarised, are in test/fixtures/smvp (one folder each).
 */

export interface ScoringPreset {
  /** Who published it, and what. */
  title: string;
  /** Where it was read. */
  source: string;
  /** The fixture folder under test/fixtures/smvp with the rules as read and worked examples. */
  fixture: string;
  /** What of the source the profile's keys cannot say yet, stated in the README. */
  notApplied: string;
  /** The profile and the reward bands, in the keys a rules file uses. */
  keys: Record<string, unknown>;
}

export const SCORING_PRESETS: Readonly<Record<string, ScoringPreset>> = Object.freeze({
  /**
   * Ecocerved (Camere di Commercio system): a fixed set of objectives, each met or not met, the bonus
   * proportional to the share of objectives met: an indicator scores 100% when it reaches its
   * target, else 0; objectives weigh the same (the plan's own weights are kept); the share of the
   * bonus is the score itself (nominal bonus × share × individual coefficient, given per person in
   * «persone»). The «on/off» objective is the rewards' «condizione», whose code only the plan knows.
   */
  "ecocerved-2023": {
    title: "Ecocerved, criteri di distribuzione dei premi (2023)",
    source: "https://ecocerved.it/page/ammontare-complessivo-dei-premi",
    fixture: "ecocerved-premi-2023",
    notApplied: "l'obiettivo «on/off», che dipende dal piano: lo si indica con «condizione» (es. \"condizione\": \"1.1\")",
    keys: { fasce: [{ da: "100%", punteggio: "100%" }], aggregazione: "media-pesata", premi: [{ da: "0%", quota: "proporzionale" }] },
  },
  /**
   * Agenzia delle Entrate, convention of 2001 with the Ministry (Allegato 2): the overall score gives the
   * share of the incentive: below 90 nothing, from 90 a 60% share growing 1% a point, from 110,1 an
   * 80,1% share growing 0,715% a point, from 131 the whole. Read with one point = 1% of score.
   */
  "agenzia-entrate-2001": {
    title: "Agenzia delle Entrate, convenzione 2001 con il Ministero (Allegato 2)",
    source: "https://www.yumpu.com/it/document/view/15554920/il-controllo-di-gestione-nellamministrazione-finanziaria-magellano/125",
    fixture: "agenzia-entrate-convenzione-2001",
    notApplied: "la scala in punti oltre 100 (qui un punto vale un punto percentuale di punteggio) e le soglie minime e massime di ogni indicatore",
    keys: {
      premi: [
        { da: "0%", quota: "0%" },
        { da: "90%", quota: "60%", perPunto: "1%" },
        { da: "110,1%", quota: "80,1%", perPunto: "0,715%" },
        { da: "131%", quota: "100%" },
      ],
    },
  },
});
