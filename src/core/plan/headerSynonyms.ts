/**
 * What users write as column headers, in Italian and English, for each header concept.
 * A concept is what a header says, before the sheet's role decides the field: a bare "Peso" is
 * the objective's weight on an objective sheet, the indicator's weight on an indicator sheet and
 * a manager's weight on the weights table; a bare "Tipo" is the objective's kind or the
 * indicator's type. Dates are not part of a synonym: "Target al 30/6" is the concept `target`
 * with the date 30/6 (see matchHeader.ts); a header that is only a date ("al 31/12") is a target.
 * Synonyms are compared by their meaningful words (normalizeHeader.ts): case, accents,
 * punctuation, articles and plurals do not matter.
 */

export type HeaderConcept =
  | "code"
  | "objective"
  | "type"
  | "kind"
  | "area"
  | "manager"
  | "weight"
  | "objectiveWeight"
  | "indicatorWeight"
  | "parent"
  | "ownShare"
  | "number"
  | "indicator"
  | "indicatorType"
  | "polarity"
  | "unit"
  | "baseline"
  | "baselineYear"
  | "target"
  | "result"
  | "declaredDeviation"
  | "deviation"
  | "computedDeviation"
  | "achievement"
  | "notes"
  | "forecast"
  | "newForecast"
  | "reason"
  | "projectValue"
  | "pointValue"
  | "coefficient"
  | "fund"
  | "relevance"
  | "publicValue"
  | "objectiveAchievement";

export const HEADER_SYNONYMS: Record<HeaderConcept, readonly string[]> = {
  code: ["Codice", "Cod.", "Codice obiettivo", "Cod. obiettivo", "ID obiettivo", "N. obiettivo", "Numero obiettivo",
    "Code", "Objective code", "Objective ID", "Objective No."],
  objective: ["Obiettivo", "Obiettivi", "Titolo", "Titolo obiettivo", "Descrizione obiettivo", "Denominazione obiettivo",
    "Obiettivo operativo", "Objective", "Title", "Objective title", "Objective name", "Objective description", "Goal"],
  type: ["Tipo", "Tipologia", "Type"],
  kind: ["Tipo obiettivo", "Tipologia obiettivo", "Strategico/Operativo", "Natura obiettivo", "Livello obiettivo",
    "Objective type", "Kind", "Strategic/Operational"],
  area: ["Area", "Aree", "Area organizzativa", "Area dirigenziale", "Struttura", "Settore", "Unità organizzativa",
    "Department", "Organisational unit", "Organizational unit", "Centro di responsabilità", "CdR"],
  manager: ["Responsabile", "Responsabili", "Dirigente", "Dirigente responsabile", "Referente", "Manager", "Owner",
    "Responsible"],
  weight: ["Peso", "Peso %", "Pesi", "Ponderazione", "Weight", "Weighting"],
  objectiveWeight: ["Peso obiettivo", "Peso dell'obiettivo", "Peso per obiettivo", "Peso dell'obiettivo dirigenziale",
    "Objective weight"],
  indicatorWeight: ["Peso indicatore", "Peso dell'indicatore", "Indicator weight"],
  parent: ["Obiettivo strategico di riferimento", "Obiettivo strategico", "Obiettivo pluriennale", "Obiettivo triennale",
    "Obiettivo specifico", "Obiettivo padre", "Obiettivo di riferimento",
    "Strategico di riferimento", "Parent objective", "Parent strategic objective", "Strategic objective", "Parent"],
  ownShare: ["Quota indicatori propri", "Quota propria", "Peso indicatori propri", "Peso degli indicatori propri",
    "Indicatori dell'obiettivo strategico", "Own indicators share", "Own share"],
  number: ["N.", "N°", "Nr", "No.", "Num.", "Numero", "N. indicatore", "Numero indicatore", "Codice indicatore",
    "Cod. indicatore", "Cod. ind.", "Codice ind.", "ID indicatore", "Progressivo", "#", "Indicator No.", "Indicator number", "Number"],
  indicator: ["Indicatore", "Indicatori", "Descrizione indicatore", "Nome indicatore", "Denominazione indicatore",
    "Indicatore di performance", "Indici", "Indice", "Valenza indicatore", "Nome dell'indicatore", "KPI", "Indicator", "Indicator name", "Indicator description"],
  indicatorType: ["Tipo indicatore", "Tipologia indicatore", "Categoria indicatore", "Dimensione", "Indicator type"],
  polarity: ["Polarità", "Direzione", "Verso", "Tendenza desiderata", "Tendenza attesa", "Trend atteso", "Trend desiderato",
    "Andamento atteso", "Andamento desiderato", "Crescente/Decrescente", "Polarity", "Direction", "Expected trend"],
  unit: ["Unità", "Unità di misura", "U.M.", "UM", "Unit", "Unit of measure", "Measure unit"],
  baseline: ["Baseline", "Base line", "Target storico", "Target storico di riferimento", "Valore storico", "Dato storico",
    "Valore di partenza", "Valore iniziale", "Valore base", "Media triennio", "Media triennale",
    "Media anni precedenti", "Media storica", "Valore anno precedente", "Risultato anno precedente", "Consuntivo anno precedente",
    "Valore esercizio precedente", "Risultato esercizio precedente", "Conseguito esercizio precedente", "Conseguito anno precedente",
    "Historical target", "Starting value", "Base value"],
  baselineYear: ["Anno baseline", "Anno base line", "Anno di riferimento", "Anno base", "Anno", "Baseline year", "Year"],
  target: ["Target", "Valore target", "Valore atteso", "Valore programmato", "Programmato", "Risultato atteso", "Atteso", "Atteso nell'anno", "Target %", "Traguardo", "Valore obiettivo",
    "Expected value", "Expected"],
  result: ["Risultato", "Risultati raggiunti", "Risultato raggiunto", "Valore raggiunto", "Raggiunto", "Consuntivo",
    "Realizzato", "Realizzazione", "Valore effettivo", "Valore realizzato",
    "Risultato effettivo", "Valore consuntivo", "Valore a consuntivo", "Valore rilevato", "Valore conseguito", "Dato rilevato", "Dato conseguito", "Risultato %", "Result", "Results achieved", "Actual", "Actual value", "Achieved"],
  declaredDeviation: ["Scostamento dichiarato", "Scostamento rilevato", "Scostamento comunicato", "Declared deviation",
    "Reported deviation"],
  deviation: ["Scostamento", "Scostamenti", "Scarto", "Differenza", "Deviation", "Variance", "Gap"],
  computedDeviation: ["Scostamento calcolato", "Scostamento PERF", "Computed deviation", "Calculated deviation"],
  achievement: ["Raggiungimento", "Grado di raggiungimento", "Percentuale di raggiungimento", "% raggiungimento", "% realizzazione", "% di realizzazione",
    "Percentuale di realizzazione", "Grado di realizzazione", "Livello di conseguimento", "Grado di conseguimento", "Percentuale di conseguimento", "% di conseguimento",
    "Achievement", "Degree of achievement", "Achievement rate"],
  notes: ["Note", "Nota", "Commenti", "Commento", "Osservazioni", "Annotazioni", "Descrizione dei risultati", "Cause dello scostamento", "Causa dello scostamento", "Motivi dello scostamento",
    "Analisi dello scostamento", "Analisi degli scostamenti",
    "Notes", "Comments", "Remarks"],
  forecast: ["Previsione", "Previsioni", "Valore previsto", "Target originario", "Forecast", "Original target"],
  newForecast: ["Nuova previsione", "Nuovo target", "Target rivisto", "Target rideterminato", "Previsione rivista",
    "New forecast", "New target", "Revised target"],
  projectValue: ["Valore economico del progetto", "Valore economico", "Valore del progetto", "Project value",
    "Economic value of the project"],
  pointValue: ["Valore del punto", "Valore punto", "Valore per punto", "Point value", "Value per point"],
  coefficient: ["Coefficiente", "Coefficiente di rilevanza", "Coefficient", "Relevance coefficient"],
  fund: ["Fondo", "Fondo di riferimento", "Fund"],
  relevance: ["Rilevanza", "Rilevanza oggettiva", "Relevance"],
  /**
   * The PIAO's public value objective, above the specific (strategic) one: recognised, so that
   * «Obiettivo di Valore Pubblico» is never read as a «Valore obiettivo» (a target), and not read (the
   * plan has two objective levels).
   */
  publicValue: ["Obiettivo di valore pubblico", "Valore pubblico", "Obiettivo VP", "Ambito di valore pubblico", "Public value", "Public value objective"],
  /**
   * The achievement of the objective, not of the indicator on its row («Grado di raggiungimento
   * obiettivo»): recognised and not read, so that `raggiungimento-errato` never compares an objective's
   * weighted achievement with one indicator's.
   */
  objectiveAchievement: ["Grado di raggiungimento obiettivo", "Grado di raggiungimento dell'obiettivo", "Raggiungimento obiettivo",
    "% raggiungimento obiettivo", "Percentuale di raggiungimento obiettivo", "Grado di realizzazione obiettivo", "% realizzazione obiettivo",
    "Objective achievement"],
  reason: ["Motivazione", "Motivazioni", "Motivo", "Giustificazione", "Proposta", "Reason", "Rationale", "Justification"],
};
