/**
 * The Italian catalogue: the product's own language. Its sentences are the ones the rules wrote
 * before messages became keys, byte for byte (the golden reports prove it).
 */
import { comparatorWords } from "./comparatorWords";
import type { Catalogue, Entries, Phrases, RuleId } from "./catalogue";
import { capitalise } from "./catalogue";
import type { EvidenceParam, GapParam, WeightOwnerParam } from "./messageParameters";
import { ITALIAN_NUMBERS } from "./formatNumbers";
import { sheetNoteText } from "./sheetNotes";
import { ITALIAN_ANOMALIES_SHEET } from "./anomaliesSheetWords";

const numbers = ITALIAN_NUMBERS;

/** The objective an indicator belongs to, after its number; nothing for an indicator written without one (named by its number alone). */
function ofObjective(objective: string): string {
  return objective === "" ? "" : ` dell'obiettivo ${objective}`;
}

export const ITALIAN_PHRASES: Phrases = {
  numbers,
  quote: (text) => `«${text}»`,
  comparator: comparatorWords,
  figure: (figure) => {
    const amount = numbers.figure(figure.value, figure.unit);
    return figure.comparator === undefined ? amount : `${comparatorWords(figure.comparator)} ${amount}`;
  },
  value: (value) => {
    if (value.figure !== null) return ITALIAN_PHRASES.figure(value.figure);
    const text = value.text.trim();
    return text === "" ? "cella vuota" : `'${text}'`;
  },
  unit: (unit) => ({ number: "numero", percent: "percentuale", euro: "importo in euro" })[unit],
  polarity: (polarity) => ({ increasing: "crescente", decreasing: "decrescente", milestone: "milestone" })[polarity],
  direction: (direction) => ({ increasing: "crescente", decreasing: "decrescente" })[direction],
  milestone: (state) => ({ notDone: "non realizzato", started: "avviato", done: "realizzato" })[state],
  scale: (scale) => ({ fraction: "frazione", percent: "percentuale", whole: "numero su 100" })[scale],
  indicator: (indicator, objective) => `l'indicatore ${indicator}${ofObjective(objective)}`,
  ofIndicator: (indicator, objective) => `dell'indicatore ${indicator}${ofObjective(objective)}`,
  inIndicator: (indicator, objective) => `nell'indicatore ${indicator}${ofObjective(objective)}`,
  role: (role) => {
    switch (role.kind) {
      case "indicatorWeight":
        return "il peso dell'indicatore";
      case "baseline":
        return "la baseline";
      case "target":
        return `il target al ${role.date}`;
      case "result":
        return `il risultato al ${role.date}`;
      case "declaredDeviation":
        return `lo scostamento dichiarato al ${role.date}`;
      case "objectiveWeight":
        return "il peso dell'obiettivo";
      case "ownShare":
        return "la quota degli indicatori propri";
      case "managerWeight":
        return `il peso «${role.column}» di ${role.manager}`;
      case "revisionForecast":
        return `la previsione al ${role.date} della revisione`;
      case "revisionActual":
        return `la realizzazione al ${role.date} della revisione`;
      case "revisionNewForecast":
        return `la nuova previsione al ${role.date}`;
    }
  },
  group: (group) => {
    switch (group.kind) {
      case "indicators":
        return `degli indicatori dell'obiettivo ${group.objective}`;
      case "managerColumn":
        return `degli obiettivi di ${group.manager} nella colonna «${group.column}»`;
      case "objectivesByManager":
        return group.manager === "" ? "degli obiettivi senza responsabile" : `degli obiettivi di ${group.manager}`;
    }
  },
  points: (difference) => {
    const points = Math.abs(difference) * 100;
    const digits = points > 0 && points < 0.01 ? 4 : 2;
    return `${numbers.number(points, digits)} ${points === 1 ? "punto percentuale" : "punti percentuali"}`;
  },
  sum: (weights, sum) => `${weights.map((weight) => numbers.share(weight)).join(" + ")} = ${numbers.share(sum)}`,
  list: (items, separator = ", ") => items.join(separator),
  localized: (text) => text.it,
};

const P = ITALIAN_PHRASES;

/** The rules' plain names, shown instead of their ids. */
const RULE_NAMES: Record<RuleId, string> = {
  "struttura-colonne": "Colonne del foglio",
  "codice-duplicato": "Codice ripetuto",
  "obiettivo-senza-indicatori": "Obiettivo senza indicatori",
  "indicatore-orfano": "Indicatore senza obiettivo",
  "obiettivo-orfano": "Obiettivo strategico di riferimento inesistente",
  "valore-illeggibile": "Valore illeggibile",
  "valore-ambiguo": "Valore ambiguo",
  "pesi-indicatori": "Somma dei pesi degli indicatori",
  "pesi-obiettivi": "Somma dei pesi degli obiettivi",
  "peso-non-valido": "Peso non valido o mancante",
  "pesi-scala-mista": "Pesi in scale diverse",
  "peso-incoerente": "Pesi dell'obiettivo discordanti",
  "target-mancante": "Target mancante",
  "target-non-misurabile": "Target non misurabile",
  "target-periodi-incoerenti": "Target di metà e fine anno incoerenti",
  "target-sotto-baseline": "Target meno ambizioso della baseline",
  "target-gia-raggiunto": "Target già raggiunto",
  "unita-incoerenti": "Unità non confrontabili",
  "risultato-mancante": "Risultato mancante",
  "scostamento-errato": "Scostamento dichiarato errato",
  "raggiungimento-errato": "Raggiungimento dichiarato errato",
  "scostamento-critico": "Raggiungimento sotto la soglia critica",
  "revisione-incoerente": "Revisione discordante dal piano",
  "polarita-dedotta": "Polarità dedotta",
  "milestone-dedotta": "Milestone dedotta dal testo",
  "valore-progetto-incoerente": "Valore del progetto incoerente",
};

/** The plain names of the rules a gap leaves unchecked, in parentheses. */
function skipped(...ids: RuleId[]): string {
  return `(${ids.map((id) => RULE_NAMES[id]).join(", ")})`;
}

function gapText(gap: GapParam): string {
  switch (gap.kind) {
    case "noTargets":
      return `manca una colonna dei target: raggiungimenti e scostamenti non si possono calcolare ${skipped("target-mancante", "scostamento-critico", "target-gia-raggiunto", "target-sotto-baseline")}`;
    case "noYearTarget":
      return `manca la colonna «Target 31/12»: il target dell'anno non è noto ${skipped("target-mancante", "target-sotto-baseline", "target-gia-raggiunto")}`;
    case "noResults":
      return `manca una colonna dei risultati: è un piano senza rendicontazione: nessun raggiungimento è calcolato ${skipped("risultato-mancante", "scostamento-critico")}`;
    case "resultsNotFilled":
      return `i risultati non sono compilati (vuoti o a zero): il documento è letto come un piano, senza valutare i risultati ${skipped("risultato-mancante", "scostamento-critico", "scostamento-errato")}; per valutarli, indicare la data di rendicontazione`;
    case "noResultsAt":
      return `manca la colonna dei risultati al ${gap.date}: i risultati alla data di rendicontazione non si possono valutare ${skipped("risultato-mancante", "scostamento-critico")}`;
    case "noWeights":
    case "emptyWeights":
      return `${gap.kind === "emptyWeights" ? "la colonna dei pesi degli indicatori è vuota" : "mancano i pesi degli indicatori"}: la somma dei pesi non è verificata ${skipped("pesi-indicatori")} e nei punteggi ogni indicatore pesa allo stesso modo`;
    case "noBaseline":
      return `manca la baseline: i target non sono confrontati con il valore storico ${skipped("target-sotto-baseline")}`;
    case "noDeclaredDeviations":
      return `mancano gli scostamenti dichiarati: non c'è uno scostamento scritto da verificare ${skipped("scostamento-errato")}`;
  }
}

function evidenceText(evidence: EvidenceParam): string {
  return evidence.kind === "declaredDeviation"
    ? `lo scostamento dichiarato ${numbers.figure(evidence.declared.value, evidence.declared.unit)} si ottiene da ${evidence.explanation.it}`
    : `la tabella delle revisioni riporta ${numbers.figure(evidence.restated.value, evidence.restated.unit)} come realizzazione al ${evidence.date}`;
}

function candidatesText(candidates: readonly { value: number; unit: "number" | "percent" | "euro"; label: string }[]): string {
  return candidates.length > 0 ? `: ${candidates.map(candidateText).join("; ")}` : "";
}

function candidateText(candidate: { value: number; unit: "number" | "percent" | "euro"; label: string }): string {
  const figure = numbers.figure(candidate.value, candidate.unit);
  return candidate.label ? `${figure} ${candidate.label}` : figure;
}

function ownerText(owner: WeightOwnerParam): string {
  if (owner.ownShare) return `(la quota degli indicatori propri) dell'obiettivo ${owner.objective}`;
  return owner.indicator === null ? `dell'obiettivo ${owner.objective}` : P.ofIndicator(owner.indicator, owner.objective);
}

/** The weights' sum as a formula, only when there is something to add: one weight is not a sum. */
function sumDetail(weights: readonly number[], sum: number): string | undefined {
  return weights.length > 1 ? P.sum(weights, sum) : undefined;
}

function surplus(difference: number): string {
  return difference > 0 ? "in più" : "in meno";
}

const duplicateTail = (p: { sheet: string; row: number; earlier: { sheet: string; address: string; row: number; sameSheet: boolean } }): string =>
  ` compare più volte nel foglio «${p.sheet}»: qui alla riga ${p.row} e prima alla ${p.earlier.sameSheet ? `riga ${p.earlier.row}` : `${p.earlier.sheet}!${p.earlier.address}`}.`;

const SCALE_HINT = "Un peso è una percentuale (30%), una frazione (0,3) o un numero intero (30), tra 0 e 100%.";
const ROUNDING_HINT = "Nessuna correzione necessaria; per un totale esatto arrotondare per eccesso uno dei pesi.";
const AMBIGUOUS_HINT = "Scrivere nella cella un solo valore, quello che l'indicatore misura, e spostare il resto nelle note.";

const REVISION_FIELDS = {
  forecast30_6: ["la previsione al 30/6", "il target al 30/6 del piano"],
  actual30_6: ["la realizzazione al 30/6", "il risultato al 30/6 del piano"],
  forecast31_12: ["la previsione al 31/12", "il target al 31/12 del piano"],
} as const;

const messages: Entries = {
  "errore-interno": {
    message: (p) => `La regola ${p.rule} si è interrotta per un errore interno (${p.reason}): i suoi controlli non sono stati eseguiti.`,
    suggestion: () => "Segnalare il problema allegando il file; le altre regole sono state applicate.",
  },
  "struttura-colonne": {
    message: (p) =>
      [p.gaps.length > 0 ? `Nel foglio «${p.sheet}» ${p.gaps.map(gapText).join("; ")}.` : `Nel foglio «${p.sheet}»:`, ...p.notes.map((note) => sheetNoteText(note, "it"))].join(" "),
    suggestion: (p) =>
      p.warning
        ? `Aggiungere le colonne mancanti nella riga di intestazione ${p.headerRow}, o rinominarle con un'intestazione riconosciuta (es. «Target», «Risultato», «Peso»).`
        : "Nessuna correzione necessaria se il documento è fatto così; altrimenti aggiungere le colonne nella riga di intestazione.",
  },
  "codice-duplicato.obiettivo": {
    message: (p) => `Il codice obiettivo «${p.objective}»${duplicateTail(p)}`,
    suggestion: () => "Correggere il codice o unire le due righe: ogni obiettivo va scritto una sola volta.",
  },
  "codice-duplicato.indicatore": {
    message: (p) => `${capitalise(P.indicator(p.indicator, p.objective))}${duplicateTail(p)}`,
    suggestion: () => "Numerare gli indicatori in modo univoco all'interno dell'obiettivo.",
  },
  "codice-duplicato.peso": {
    message: (p) => `Il peso dell'obiettivo ${p.objective} per ${p.manager}${duplicateTail(p)}`,
    suggestion: () => "Tenere una sola riga per responsabile e obiettivo nella tabella dei pesi.",
  },
  "codice-duplicato.revisione": {
    message: (p) => `La revisione ${P.ofIndicator(p.indicator, p.objective)}${duplicateTail(p)}`,
    suggestion: () => "Tenere una sola riga di revisione per indicatore.",
  },
  "obiettivo-senza-indicatori": {
    message: (p) => `L'obiettivo ${p.objective} («${p.title}») non ha indicatori: il suo grado di raggiungimento non è misurabile.`,
    suggestion: () => "Aggiungere nel foglio degli indicatori almeno un indicatore con questo codice obiettivo, o correggere il codice degli indicatori.",
  },
  "indicatore-orfano": {
    message: (p) =>
      p.objective === ""
        ? `L'indicatore ${p.indicator} («${p.name}») non indica a quale obiettivo appartiene.`
        : `L'indicatore ${p.indicator} («${p.name}») rimanda all'obiettivo «${p.objective}», che non esiste nel piano.`,
    suggestion: (p) =>
      p.objective === ""
        ? "Scrivere il codice dell'obiettivo nella riga dell'indicatore (o nella prima riga del blocco dei suoi indicatori)."
        : p.near === null
        ? "Correggere il codice obiettivo dell'indicatore o aggiungere l'obiettivo nel foglio degli obiettivi."
        : `Forse il codice è «${p.near}»: correggerlo nella riga dell'indicatore.`,
  },
  "obiettivo-orfano": {
    message: (p) => {
      const what =
        p.parent === "missing"
          ? `all'obiettivo strategico «${p.reference}», che non esiste nel piano`
          : `a «${p.reference}», che ${p.parent === "itself" ? "è l'obiettivo stesso" : "è un obiettivo operativo"}, non strategico`;
      return `L'obiettivo ${p.objective} («${p.title}») rimanda ${what}: il suo punteggio non contribuisce ad alcun obiettivo strategico.`;
    },
    suggestion: (p) => {
      if (p.near !== null) return `Forse il codice è «${p.near}»: correggerlo nella colonna «Obiettivo strategico di riferimento».`;
      return p.strategic.length === 0
        ? "Aggiungere l'obiettivo strategico nel foglio degli obiettivi, o lasciare vuota la colonna «Obiettivo strategico di riferimento»."
        : `Indicare uno degli obiettivi strategici del piano (${P.list(p.strategic.map(P.quote))}), o lasciare vuota la colonna «Obiettivo strategico di riferimento».`;
    },
  },
  "valore-illeggibile.errore-excel": {
    message: (p) => `${capitalise(P.role(p.role))} contiene un errore di Excel (${p.text}): ${P.localized(p.reason)}`,
    suggestion: () => "Correggere la formula o i riferimenti che producono l'errore.",
  },
  "valore-illeggibile.testo": {
    message: (p) => `${capitalise(P.role(p.role))} contiene il valore illeggibile «${p.text}»: ${P.localized(p.reason)}`,
    suggestion: () => "Scrivere un numero (es. 1.800,50), una percentuale (45%), un importo (€ 1.000) o un segnaposto (-) se il valore non è previsto.",
  },
  "valore-ambiguo": {
    message: (p) => `${capitalise(P.role(p.role))} «${p.text}» contiene più valori${candidatesText(p.candidates)}. Non si può sceglierne uno senza indovinare.`,
    suggestion: (p) =>
      p.intended === null
        ? AMBIGUOUS_HINT
        : `Il valore inteso sembra ${candidateText(p.intended)}. Scrivere solo ${numbers.figure(p.intended.value, p.intended.unit)} nel risultato e spostare il resto nelle note.`,
    detail: (p) => (p.intended === null || p.evidence.length === 0 ? "" : p.evidence.map(evidenceText).join("; ")),
  },
  "valore-ambiguo.milestone": {
    message: (p) =>
      `${capitalise(P.role(p.role))} «${p.text}» contiene più valori${candidatesText(p.candidates)}; poiché il target è una milestone, è letto come «${P.milestone(p.milestone)}» e i numeri come dettagli.`,
    suggestion: () => "Per evitare dubbi, scrivere nel risultato lo stato raggiunto (es. «Avviato») e spostare i dettagli nelle note.",
  },
  "pesi-indicatori.arrotondamento": {
    message: (p) => {
      const what =
        p.weights.length === 1
          ? `L'unico indicatore dell'obiettivo ${p.objective} pesa ${numbers.share(p.sum)}`
          : `I pesi degli indicatori dell'obiettivo ${p.objective} sommano a ${numbers.share(p.sum)}`;
      return `${what} invece di ${numbers.share(p.expected)}: la differenza di ${P.points(p.difference)} rientra nella tolleranza di ${P.points(p.tolerance)}, è un arrotondamento e non un errore.`;
    },
    suggestion: () => ROUNDING_HINT,
    detail: (p) => sumDetail(p.weights, p.sum) ?? "",
  },
  "pesi-indicatori.somma": {
    message: (p) => {
      const single = p.weights.length === 1;
      const what = p.ownShare === null ? "non 100%" : `né la quota degli indicatori propri (${numbers.share(p.ownShare)}) né 100%`;
      const weighs = single
        ? `L'unico indicatore dell'obiettivo ${p.objective} pesa ${numbers.share(p.sum)}, ${what}`
        : `I pesi degli indicatori dell'obiettivo ${p.objective} sommano a ${numbers.share(p.sum)}, ${p.ownShare === null ? "non a 100%" : `né alla quota degli indicatori propri (${numbers.share(p.ownShare)}) né a 100%`}`;
      return `${weighs}: ${P.points(p.difference)} ${surplus(p.difference)}, oltre la tolleranza di ${P.points(p.tolerance)}.`;
    },
    suggestion: (p) =>
      p.weights.length === 1
        ? `Correggere il peso dell'indicatore in ${numbers.share(p.expected)}, o aggiungere gli indicatori mancanti.`
        : `Correggere i pesi degli indicatori perché sommino a ${numbers.share(p.expected)}.`,
    detail: (p) => sumDetail(p.weights, p.sum) ?? "",
  },
  "pesi-obiettivi.arrotondamento": {
    message: (p) =>
      p.weights.length === 1
        ? `L'unico peso ${P.group(p.group)} (${P.list(p.codes)}) è ${numbers.share(p.sum)}: la differenza di ${P.points(p.difference)} dal 100% rientra nella tolleranza, è un arrotondamento.`
        : `I pesi ${P.group(p.group)} (${P.list(p.codes)}) sommano a ${numbers.share(p.sum)}: la differenza di ${P.points(p.difference)} dal 100% rientra nella tolleranza, è un arrotondamento.`,
    suggestion: () => ROUNDING_HINT,
    detail: (p) => sumDetail(p.weights, p.sum) ?? "",
  },
  "pesi-obiettivi.somma": {
    message: (p) =>
      p.weights.length === 1
        ? `L'unico peso ${P.group(p.group)} (${P.list(p.codes)}) è ${numbers.share(p.sum)}, non 100%: ${P.points(p.difference)} ${surplus(p.difference)}.`
        : `I pesi ${P.group(p.group)} (${P.list(p.codes)}) sommano a ${numbers.share(p.sum)}, non a 100%: ${P.points(p.difference)} ${surplus(p.difference)}.`,
    suggestion: () => "Ridistribuire i pesi degli obiettivi del responsabile perché sommino a 100%.",
    detail: (p) => sumDetail(p.weights, p.sum) ?? "",
  },
  "peso-non-valido.non-peso": {
    message: (p) => `Il peso ${ownerText(p.owner)} è ${P.value(p.value)}, che non è un peso.`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.negativo": {
    message: (p) => `Il peso ${ownerText(p.owner)} è negativo (${P.value(p.value)}).`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.oltre-100": {
    message: (p) => `Il peso ${ownerText(p.owner)} (${P.value(p.value)}) vale ${numbers.share(p.weight)}: più del 100%.`,
    suggestion: () => SCALE_HINT,
  },
  "peso-non-valido.indicatore-senza-peso": {
    message: (p) => `${capitalise(P.indicator(p.indicator, p.objective))} non ha un peso, e l'obiettivo ha ${numbers.number(p.indicators)} indicatori.`,
    suggestion: () => "Indicare il peso dell'indicatore: i pesi degli indicatori dell'obiettivo sommano a 100%.",
  },
  "peso-non-valido.responsabile-senza-peso": {
    message: (p) => `Nella tabella dei pesi l'obiettivo ${p.objective} di ${p.manager} non ha un peso nella colonna corrente «${p.column}»: non conta nel punteggio del responsabile.`,
    suggestion: () => "Indicare il peso, o togliere la riga se l'obiettivo non è assegnato al responsabile.",
  },
  "peso-non-valido.quota-mancante": {
    message: (p) => `L'obiettivo strategico ${p.objective} ha indicatori propri e obiettivi operativi che vi contribuiscono, ma non dice quanto pesano gli indicatori propri.`,
    suggestion: () => "Indicare la quota degli indicatori propri (es. 50%): il resto è il contributo degli obiettivi operativi.",
  },
  "peso-non-valido.obiettivo-senza-peso": {
    message: (p) => `L'obiettivo ${p.objective} di ${p.manager} non ha un peso e il piano non ha una tabella dei pesi.`,
    suggestion: () => "Indicare il peso dell'obiettivo, o aggiungere la tabella dei pesi per responsabile.",
  },
  "pesi-scala-mista": {
    message: (p) => `I pesi ${P.group(p.group)} sono scritti in scale diverse: ${P.list(p.weights.map((w) => `${w.text} (${P.scale(w.scale)})`))}.`,
    suggestion: () => "Scrivere tutti i pesi nello stesso modo, preferibilmente come percentuali (70%, 30%).",
  },
  "peso-incoerente.rideterminato": {
    message: (p) =>
      `Il peso dell'obiettivo ${p.objective} nel foglio obiettivi (${numbers.share(p.weight)}) è quello della colonna «${p.earlierColumn}» della tabella dei pesi; nella colonna corrente «${p.currentColumn}» il peso è stato rideterminato a ${numbers.share(p.current)}, che è quello usato nei punteggi.`,
    suggestion: (p) => `Aggiornare il peso nel foglio obiettivi a ${numbers.share(p.current)}, se la rideterminazione è approvata.`,
  },
  "peso-incoerente.diverso": {
    message: (p) =>
      `Il peso dell'obiettivo ${p.objective} nel foglio obiettivi (${numbers.share(p.weight)}) non coincide con quello della tabella dei pesi per ${p.manager} (${numbers.share(p.current)} nella colonna «${p.currentColumn}»).`,
    suggestion: () => "Allineare i due pesi: i punteggi dei responsabili usano la tabella dei pesi.",
  },
  "peso-incoerente.assente-dai-pesi": {
    message: (p) => `L'obiettivo ${p.objective} non compare nella tabella dei pesi: non conta nel punteggio di nessun responsabile.`,
    suggestion: () => "Aggiungere l'obiettivo nella tabella dei pesi, con il responsabile e il peso.",
  },
  "peso-incoerente.obiettivo-inesistente": {
    message: (p) => `La tabella dei pesi assegna a ${p.manager} l'obiettivo «${p.objective}», che non esiste nel piano (nessuna scheda né indicatori).`,
    suggestion: () => "Correggere il codice nella tabella dei pesi o aggiungere l'obiettivo e i suoi indicatori al piano.",
  },
  "target-mancante": {
    message: (p) =>
      `${capitalise(P.indicator(p.indicator, p.objective))} non ha un target al ${p.date}${p.written === "" ? "" : ` (è scritto «${p.written}»)`}: a fine anno non sarà valutabile.`,
    suggestion: () => "Indicare il valore atteso a fine anno: un numero, una percentuale, un importo o un risultato verificabile (es. «Adozione del regolamento»).",
  },
  "target-non-misurabile.condizionato": {
    message: (p) => `Il target al ${p.date} ${P.ofIndicator(p.indicator, p.objective)}, «${p.text}», è condizionato: non dice che cosa va raggiunto, quindi non è verificabile.`,
    suggestion: () => "Indicare un risultato certo (un atto, una data, una quantità), oppure un segnaposto (-) se per il periodo non è previsto un target.",
  },
  "target-non-misurabile.continuativo": {
    message: (p) => `Il target al ${p.date} ${P.ofIndicator(p.indicator, p.objective)}, «${p.text}», descrive un'attività continuativa senza una quantità né un risultato finale verificabile.`,
    suggestion: () => "Esprimere il target come quantità (es. «100% delle attività monitorate», «almeno 4 report») o come atto da adottare.",
  },
  "target-periodi-incoerenti.unita": {
    message: (p) =>
      `I target ${P.ofIndicator(p.indicator, p.objective)} sono in unità diverse: al ${p.midDate} ${P.figure(p.mid)} (${P.unit(p.mid.unit)}), al ${p.endDate} ${P.figure(p.end)} (${P.unit(p.end.unit)}).`,
    suggestion: () => "Scrivere i due target nella stessa unità di misura.",
  },
  "target-periodi-incoerenti.verso": {
    message: (p) =>
      `Il target al ${p.endDate} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.end)}) è ${p.end.value < p.mid.value ? "inferiore" : "superiore"} a quello al ${p.midDate} (${P.figure(p.mid)}), ma l'indicatore è ${P.direction(p.direction)}.`,
    suggestion: () => "Verificare i due target (per un indicatore cumulativo quello di fine anno comprende quello di metà anno) o la polarità dell'indicatore.",
  },
  "target-sotto-baseline": {
    message: (p) =>
      `Il target al ${p.date} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.target)}) è ${p.target.value < p.baseline.value ? "inferiore" : "superiore"} alla baseline${p.year === null ? "" : ` del ${p.year}`} (${P.figure(p.baseline)}) per un indicatore ${P.direction(p.direction)}: è meno ambizioso del valore storico.`,
    suggestion: () => "Motivare nelle note il target più basso del valore storico (es. effetti dell'emergenza), o rivedere il target.",
  },
  "target-gia-raggiunto": {
    message: (p) =>
      `Il risultato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.value(p.result)}) raggiunge già il target al ${p.endDate} (${P.value(p.target)}), e non è registrata una revisione del target.`,
    suggestion: (p) => `Proporre una nuova previsione al ${p.endDate} nella tabella delle revisioni, o motivare nelle note perché il target resta invariato.`,
  },
  "unita-incoerenti.unita": {
    message: (p) => {
      const euroHint = p.figure.unit !== "percent" && p.againstFigure.unit !== "percent" ? " Probabilmente manca il simbolo «€» in uno dei due." : "";
      return `${capitalise(P.inIndicator(p.indicator, p.objective))} ${P.role(p.role)} è ${P.figure(p.figure)} (${P.unit(p.figure.unit)}) e ${P.role(p.against)} ${P.figure(p.againstFigure)} (${P.unit(p.againstFigure.unit)}): unità diverse, non confrontabili.${euroHint}`;
    },
    suggestion: () => "Scrivere risultato, target e baseline nella stessa unità di misura.",
  },
  "unita-incoerenti.forma": {
    message: (p) => `Al ${p.period} ${P.indicator(p.indicator, p.objective)} non è valutabile. ${P.localized(p.reason)}`,
    suggestion: () =>
      "Scrivere il risultato nella forma del target: il valore misurato (un numero, una percentuale, un importo) contro un target numerico, lo stato raggiunto (es. «Avviato», «sì», «no») contro una milestone.",
  },
  "risultato-mancante": {
    message: (p) =>
      `${capitalise(P.indicator(p.indicator, p.objective))} ha un target al ${p.period} (${P.value(p.target)}) ma nessun risultato${p.written === "" ? "" : ` (è scritto «${p.written}»)`}.`,
    suggestion: (p) => `Indicare il risultato raggiunto al ${p.period}; se l'attività non è partita, scriverlo (es. «Non avviato»), così che conti come non raggiunto.`,
  },
  "scostamento-errato.valori-ambigui": {
    message: (p) =>
      `Lo scostamento dichiarato al ${p.period} (${P.figure(p.declared)}) non corrisponde a nessuno dei valori del risultato rispetto al target ${P.figure(p.target)}.`,
    detail: (p) => p.readings.map((r) => `${numbers.figure(r.value, r.unit)} dà ${numbers.signed(r.deviation, r.unit)}`).join("; "),
    suggestion: () => "Scrivere un solo valore nel risultato e ricalcolare lo scostamento.",
  },
  "scostamento-errato.non-dichiarato": {
    message: (p) =>
      `Lo scostamento al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} non è dichiarato (${P.value(p.written)}), ma risultato e target differiscono: lo scostamento calcolato è ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) => `Scrivere lo scostamento: ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "scostamento-errato.convenzione-dfp": {
    message: (p) =>
      `Lo scostamento dichiarato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.declared)}) è scritto come realizzato - atteso, la convenzione delle linee guida DFP n. 2/2017: è corretto in quella convenzione; per un indicatore decrescente lo scostamento calcolato qui (positivo = meglio) è ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    suggestion: () => "Nessuna correzione se il documento usa la convenzione realizzato - atteso per tutti gli indicatori; dichiararlo nella legenda.",
  },
  "scostamento-errato.convenzione-positiva": {
    message: (p) =>
      `Lo scostamento dichiarato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} (${P.figure(p.declared)}) è scritto con positivo = meglio, mentre le regole di valutazione del piano usano realizzato - atteso: in quella convenzione lo scostamento è ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
    suggestion: (p) => `Scrivere lo scostamento come realizzato - atteso: ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "scostamento-errato.altra-convenzione": {
    message: (p) =>
      `In tutti i ${numbers.number(p.count)} indicatori decrescenti con uno scostamento dichiarato (${p.codes.join(", ")}) lo scostamento è scritto come ${p.convention === "positiveIsBetter" ? "realizzato - atteso" : "positivo = meglio"}, non con la convenzione delle regole di valutazione (${p.convention === "positiveIsBetter" ? "positivo = meglio" : "realizzato - atteso"}): il documento usa in modo coerente l'altra convenzione.`,
    suggestion: (p) =>
      `Impostare «convenzioneScostamento»: «${p.convention === "positiveIsBetter" ? "realizzato-meno-atteso" : "positivo-meglio"}» nelle regole di valutazione (foglio «Regole di valutazione» o --regole).`,
  },
  "scostamento-errato.diverso": {
    message: (p) =>
      `Lo scostamento dichiarato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} è ${P.figure(p.declared)}, quello calcolato è ${numbers.signed(p.deviation.value, p.deviation.unit)}${p.convention === "resultMinusTarget" ? " (convenzione realizzato - atteso)" : " (convenzione positivo = meglio)"}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) => `Correggere lo scostamento in ${numbers.signed(p.deviation.value, p.deviation.unit)}.`,
  },
  "raggiungimento-errato.diverso": {
    message: (p) =>
      `Il raggiungimento dichiarato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)} è ${P.figure(p.declared)}, quello calcolato da risultato e target è ${numbers.share(p.achievement)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: (p) =>
      `Correggere il raggiungimento in ${numbers.share(p.achievement)}, o verificare risultato e target; se l'ente lo calcola in un altro modo, indicarlo nelle regole di valutazione (metodo, tetto, soglia).`,
  },
  "scostamento-critico": {
    message: (p) =>
      `Al ${p.period} ${P.indicator(p.indicator, p.objective)} è raggiunto al ${numbers.share(p.achievement)} (risultato ${P.value(p.result)}, target ${P.value(p.target)}), sotto la soglia critica del ${numbers.share(p.threshold)}.`,
    detail: (p) => P.localized(p.explanation),
    suggestion: () => "Spiegare nelle note le cause dello scostamento e le azioni correttive, o proporre una revisione del target.",
  },
  "revisione-incoerente.valore": {
    message: (p) => {
      const [what, planWhat] = REVISION_FIELDS[p.field];
      const replaced = p.replaced ? " La riga riguarda un indicatore nuovo che sostituisce quello del piano: la previsione va comunque riportata come nel piano." : "";
      return `Nella revisione ${P.ofIndicator(p.indicator, p.objective)} ${what} è ${P.value(p.written)}, mentre ${planWhat} è ${P.value(p.planned)}.${replaced}`;
    },
    suggestion: (p) => `Riportare nella revisione lo stesso valore del piano (${P.value(p.planned)}), o correggere il piano se è quest'ultimo a essere sbagliato.`,
  },
  "revisione-incoerente.obiettivo-inesistente": {
    message: (p) => `La revisione rimanda all'obiettivo «${p.objective}», che non esiste nel piano.`,
    suggestion: () => "Correggere il codice obiettivo della revisione.",
  },
  "revisione-incoerente.indicatore-inesistente": {
    message: (p) =>
      `La revisione rimanda all'indicatore «${p.indicator}» dell'obiettivo ${p.objective}, che non esiste (indicatori del piano: ${p.numbers.length === 0 ? "nessuno" : P.list(p.numbers)}).`,
    suggestion: () => "Correggere il numero dell'indicatore nella revisione.",
  },
  "polarita-dedotta.illeggibile": {
    message: (p) =>
      `La polarità «${p.written}» ${P.ofIndicator(p.indicator, p.objective)} non è riconosciuta: è considerata ${P.polarity(p.polarity)} (${P.localized(p.reason)}), e scostamento e raggiungimento sono calcolati così.`,
    suggestion: (p) => `Scrivere nella colonna «Polarità» crescente, decrescente o milestone${p.near === null ? "." : `: forse «${p.near}»?`}`,
  },
  "polarita-dedotta.dedotta": {
    message: (p) => `La polarità ${P.ofIndicator(p.indicator, p.objective)} non è scritta: è considerata ${P.polarity(p.polarity)} (${P.localized(p.reason)}).`,
    suggestion: () => "Confermarla scrivendola nella colonna «Polarità» (crescente, decrescente o milestone).",
  },
  "milestone-dedotta": {
    message: (p) =>
      `Il risultato al ${p.period} ${P.ofIndicator(p.indicator, p.objective)}, «${p.result}», è letto come milestone realizzata (100%) solo perché descrive un esito: non riprende il target «${p.target}», quindi potrebbe non esserlo.`,
    suggestion: () =>
      "Scrivere lo stato raggiunto: «sì» o «Realizzato» se il target è raggiunto, «Avviato» o «In corso» se è iniziato, «no» o «Non avviato» se non è partito; i dettagli nelle note.",
  },
  // Project values (valore-progetto-incoerente): one block, kept together.
  "valore-progetto-incoerente.prodotto": {
    message: (p) =>
      `Il valore economico del progetto ${p.objective}${p.fund === "" ? "" : ` (${p.fund})`} non torna: ${P.figure(p.unitValue)} × ${P.figure(p.coefficient)}${p.fromRelevance ? " (coefficiente della rilevanza)" : ""} fa ${P.figure(p.product)}, ma il totale scritto è ${P.figure(p.total)}. Per i premi vale il prodotto, ${P.figure(p.product)}.`,
    suggestion: () => "Correggere il valore del punto, il coefficiente o il totale, in modo che valore del punto × coefficiente = totale.",
  },
  "valore-progetto-incoerente.illeggibile": {
    message: (p) =>
      `Il valore economico del progetto ${p.objective}${p.fund === "" ? "" : ` (${p.fund})`}, «${p.text}», non si legge: ${({ noFigures: "non contiene importi", tooMany: "contiene più importi del valore del punto, del coefficiente e del totale", badNumber: "contiene un numero scritto in modo illeggibile" } as const)[p.problem]}. Il progetto non entra nella tabella «Valore dei progetti».`,
    suggestion: () => "Scrivere il valore come «3.106 euro x 5 = 15.530 euro» (valore del punto, coefficiente, totale) o solo il totale in euro.",
  },
};

export const ITALIAN: Catalogue = {
  phrases: ITALIAN_PHRASES,
  messages,
  ruleNames: RULE_NAMES,
  anomaliesSheet: ITALIAN_ANOMALIES_SHEET,
  rules: {
    "struttura-colonne": "Per ogni foglio il controllo dice una volta quali colonne mancano, quali controlli salta e che cosa ha assunto.",
    "codice-duplicato": "Ogni obiettivo, indicatore, riga dei pesi e revisione compare una sola volta.",
    "obiettivo-senza-indicatori": "Ogni obiettivo ha almeno un indicatore con cui misurarlo.",
    "indicatore-orfano": "Ogni indicatore appartiene a un obiettivo presente nel piano.",
    "obiettivo-orfano": "Ogni obiettivo operativo che indica un obiettivo strategico di riferimento rimanda a un obiettivo strategico del piano.",
    "valore-illeggibile": "Pesi, baseline, target, risultati e scostamenti contengono valori leggibili (non errori di Excel né testo indecifrabile).",
    "valore-ambiguo": "Una cella che deve contenere un valore non ne contiene due o più tra cui scegliere.",
    "pesi-indicatori": "I pesi degli indicatori di ogni obiettivo sommano al 100% (per l'obiettivo strategico, alla quota degli indicatori propri).",
    "pesi-obiettivi": "Per ogni responsabile, i pesi dei suoi obiettivi sommano al 100% in ogni colonna della tabella dei pesi.",
    "peso-non-valido": "Ogni peso è una percentuale tra 0 e 100%, ed è presente dove serve.",
    "pesi-scala-mista": "I pesi dello stesso obiettivo o dello stesso responsabile sono scritti tutti nella stessa scala (percentuale, frazione o numero su 100).",
    "peso-incoerente": "Il peso di ogni obiettivo nel foglio obiettivi coincide con il peso corrente nella tabella dei pesi, e le due tabelle elencano gli stessi obiettivi.",
    "target-mancante": "Ogni indicatore ha un target al 31/12 (il target al 30/6 può mancare per le attività annuali).",
    "target-non-misurabile": "I target testuali indicano un risultato verificabile, non un'attività continuativa o un'eventualità.",
    "target-periodi-incoerenti": "I target al 30/6 e al 31/12 hanno la stessa unità e procedono nel verso della polarità.",
    "target-sotto-baseline": "Il target al 31/12 non è meno ambizioso della baseline (valore storico di riferimento).",
    "target-gia-raggiunto": "Al 30/6 un risultato che raggiunge già il target di fine anno è accompagnato da una revisione del target.",
    "unita-incoerenti": "Risultato, target e baseline di un indicatore sono confrontabili: stessa unità (percentuale, numero, euro) e stessa forma (valore o milestone).",
    "risultato-mancante": "Alla data di rendicontazione ogni indicatore con un target per il periodo ha un risultato.",
    "scostamento-errato": "Lo scostamento dichiarato coincide con quello calcolato da risultato e target.",
    "raggiungimento-errato": "Il raggiungimento dichiarato corrisponde a quello calcolato da risultato e target, in uno dei modi usuali.",
    "scostamento-critico": "Alla data di rendicontazione nessun indicatore è sotto la soglia critica di raggiungimento (50%).",
    "revisione-incoerente": "Le righe della tabella delle revisioni riguardano indicatori del piano e ne riportano fedelmente target e risultati.",
    "polarita-dedotta": "Segnala gli indicatori la cui polarità non è scritta ma dedotta (info), o è scritta ma non riconosciuta (avviso).",
    "milestone-dedotta": "Un risultato testuale letto come milestone realizzata solo perché descrive un esito, senza riprendere il target, va confermato.",
    "valore-progetto-incoerente": "Il valore economico di ogni progetto si legge, e valore del punto × coefficiente dà il totale scritto.",
  },
};
