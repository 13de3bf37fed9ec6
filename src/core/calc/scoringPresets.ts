/**
 * Scoring profiles of published SMVPs, selectable by name (`"preset": "ecocerved-2023"` in a rules
 * file, `--regole preset:ecocerved-2023`, the «Preset» row of the «Regole di valutazione» sheet).
 * Each holds only what its source states, in the profile's own keys (readScoringProfile.ts); a
 * figure the source does not state is not guessed, so a source that leaves one out is no preset.
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
  /** The profile, in the keys a rules file uses. */
  keys: Record<string, unknown>;
}

export const SCORING_PRESETS: Readonly<Record<string, ScoringPreset>> = Object.freeze({
  /**
   * Ecocerved (Camere di Commercio system): a fixed set of objectives, each met or not met, the bonus
   * proportional to the share of objectives met: an indicator scores 100% when it reaches its
   * target, else 0; objectives weigh the same (the plan's own weights are kept).
   */
  "ecocerved-2023": {
    title: "Ecocerved, criteri di distribuzione dei premi (2023)",
    source: "https://ecocerved.it/page/ammontare-complessivo-dei-premi",
    fixture: "ecocerved-premi-2023",
    notApplied: "l'obiettivo «on/off» che condiziona tutto il premio e il coefficiente individuale",
    keys: { fasce: [{ da: "100%", punteggio: "100%" }], aggregazione: "media-pesata" },
  },
});
