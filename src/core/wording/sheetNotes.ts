/**
 * What a plan reader assumed about a sheet, said once in the `struttura-colonne` finding (the
 * recognition notes): kept as data by the readers (src/core/plan), worded here in Italian and
 * English.
 */
import type { Locale } from "./addinLanguage";

export type SheetNote =
  /** The indicators of a sheet without an objective code column belong to the objective its title names. */
  | { kind: "ownerFromTitle"; objective: string; address: string }
  /** …or, without such a title, to the objective the sheet's name gives. */
  | { kind: "ownerFromSheetName"; objective: string }
  /** A column of an indicator's grid on a card whose header says nothing the reader knows. */
  | { kind: "unnamedColumn"; indicator: string; card: string; header: string }
  /** The objectives a strategic card lists as contributing to it. */
  | { kind: "contributions"; label: string; row: number }
  /** A card's target without a date, read as the year's target. */
  | { kind: "undatedTarget"; label: string; indicator: string; row: number }
  /** A card without an objective code: the code comes from the sheet's name, or the title stands for it. */
  | { kind: "cardCode"; row: number; fromSheet: string | null }
  /** Bare numbers under headers whose unit is «%» («Target %»), read as percentage points (100 is 100%). */
  | { kind: "percentPoints"; headers: string[] }
  /** A column of targets or results the reader does not use (a revised target, a second one of the same date), and the column used instead. */
  | { kind: "unreadColumn"; header: string; instead?: string; laterYear?: true }
  /** A higher objective's column («Obiettivo specifico»), the sheet's only objective column, read as the indicators' objective. */
  | { kind: "objectiveFromHigher"; header: string }
  /** Headers naming the plan's years by their place («Target anno N+1»), read as the years from the first one the title or the sheet's name gives. */
  | { kind: "placedYears"; headers: string[]; years: number[]; firstYear: string; from: "title" | "sheetName" | "label"; label?: string }
  /** A bare «Peso» written once per objective and adding up to 100% over the objectives, read as the objectives' weights. */
  | { kind: "objectiveWeights"; header: string };

/** «a», «a e b», «a, b e c» (or with «and»). */
function listed(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1) ?? ""}`;
}

function italianNote(note: SheetNote): string {
  switch (note.kind) {
    case "ownerFromTitle":
      return `Gli indicatori sono attribuiti all'obiettivo ${note.objective} indicato nel titolo (${note.address}).`;
    case "ownerFromSheetName":
      return `Nessun codice obiettivo né titolo che lo indichi: gli indicatori sono attribuiti all'obiettivo «${note.objective}», dal nome del foglio.`;
    case "unnamedColumn":
      return `Nell'indicatore ${note.indicator} della scheda ${note.card} l'intestazione «${note.header}» non indica che cosa contiene: la colonna non è letta.`;
    case "contributions":
      return `Gli obiettivi elencati in «${note.label}» (riga ${note.row}) hanno questa scheda come obiettivo strategico di riferimento; la quota del loro contributo non è letta: vale il resto della quota propria.`;
    case "undatedTarget":
      return `Il target senza data «${note.label}» dell'indicatore ${note.indicator} (riga ${note.row}) è inteso come target dell'anno (31/12).`;
    case "cardCode": {
      const where = `La scheda alla riga ${note.row} non scrive il codice dell'obiettivo`;
      return note.fromSheet !== null ? `${where}: è preso dal nome del foglio («${note.fromSheet}»).` : `${where}: il titolo fa da codice.`;
    }
    case "percentPoints": {
      const columns = note.headers.map((header) => `«${header}»`).join(", ");
      return `I numeri scritti senza «%» ${note.headers.length === 1 ? "nella colonna" : "nelle colonne"} ${columns} sono letti come punti percentuali (100 = 100%), come dice l'intestazione.`;
    }
    case "unreadColumn":
      if (note.laterYear) {
        return `La colonna «${note.header}» non è usata nei calcoli: nomina un anno successivo senza scriverlo; per leggerla come target di quell'anno, scrivere l'anno nell'intestazione (es. «Target 2027») o il triennio nel titolo del foglio (es. «Piano 2025-2027»).`;
      }
      return note.instead === undefined
        ? `La colonna «${note.header}» non è usata nei calcoli.`
        : `La colonna «${note.header}» non è usata nei calcoli: raggiungimenti e punteggi usano «${note.instead}»; un target rivisto va scritto in quella colonna.`;
    case "objectiveFromHigher":
      return `Il foglio non ha altre colonne di obiettivi: gli indicatori sono attribuiti agli obiettivi della colonna «${note.header}».`;
    case "placedYears": {
      const one = note.headers.length === 1;
      const where = note.from === "title" ? "nel titolo del foglio" : note.from === "label" ? `nella voce «${note.label ?? ""}»` : "nel nome del foglio";
      return `${one ? (note.from === "label" ? "La voce" : "La colonna") : note.from === "label" ? "Le voci" : "Le colonne"} ${listed(note.headers.map((header) => `«${header}»`), "e")} ${one ? "nomina l'anno" : "nominano gli anni"} del piano per posizione: ${one ? "è letta" : "sono lette"} come ${listed(note.years.map(String), "e")}, contando dal primo anno di «${note.firstYear}» ${where}.`;
    }
    case "objectiveWeights":
      return `La colonna «${note.header}» è letta come peso degli obiettivi, non degli indicatori: ogni obiettivo vi scrive un solo peso e i pesi sommano a 100% sugli obiettivi del foglio. Per pesare gli indicatori, intitolarla «Peso indicatore».`;
  }
}

function englishNote(note: SheetNote): string {
  switch (note.kind) {
    case "ownerFromTitle":
      return `The indicators are given to objective ${note.objective}, named in the title (${note.address}).`;
    case "ownerFromSheetName":
      return `No objective code and no title naming one: the indicators are given to objective “${note.objective}”, from the sheet's name.`;
    case "unnamedColumn":
      return `In indicator ${note.indicator} of the card ${note.card} the header “${note.header}” does not say what it holds: the column is not read.`;
    case "contributions":
      return `The objectives listed under “${note.label}” (row ${note.row}) have this card as their reference strategic objective; the share of their contribution is not read: it is what remains after the card's own share.`;
    case "undatedTarget":
      return `The target without a date “${note.label}” of indicator ${note.indicator} (row ${note.row}) is taken as the year's target (31/12).`;
    case "cardCode": {
      const where = `The card at row ${note.row} does not write the objective's code`;
      return note.fromSheet !== null ? `${where}: it is taken from the sheet's name (“${note.fromSheet}”).` : `${where}: the title stands for the code.`;
    }
    case "percentPoints": {
      const columns = note.headers.map((header) => `“${header}”`).join(", ");
      return `Numbers written without “%” in the ${note.headers.length === 1 ? "column" : "columns"} ${columns} are read as percentage points (100 = 100%), as the header says.`;
    }
    case "unreadColumn":
      if (note.laterYear) {
        return `The column “${note.header}” is not used in the calculations: it names a later year without writing it; to read it as that year's target, write the year in the header (e.g. “Target 2027”) or the three years in the sheet's title (e.g. “Piano 2025-2027”).`;
      }
      return note.instead === undefined
        ? `The column “${note.header}” is not used in the calculations.`
        : `The column “${note.header}” is not used in the calculations: achievements and scores use “${note.instead}”; a revised target belongs in that column.`;
    case "objectiveFromHigher":
      return `The sheet has no other objective column: the indicators are given to the objectives of the column “${note.header}”.`;
    case "placedYears": {
      const one = note.headers.length === 1;
      const where = note.from === "title" ? "in the sheet's title" : note.from === "label" ? `in the entry “${note.label ?? ""}”` : "in the sheet's name";
      const what = note.from === "label" ? (one ? "entry" : "entries") : one ? "column" : "columns";
      return `The ${what} ${listed(note.headers.map((header) => `“${header}”`), "and")} ${one ? "names the plan's year" : "name the plan's years"} by place: ${one ? "it is" : "they are"} read as ${listed(note.years.map(String), "and")}, counting from the first year of “${note.firstYear}” ${where}.`;
    }
    case "objectiveWeights":
      return `The column “${note.header}” is read as the objectives' weights, not the indicators': each objective writes one weight in it and the weights add up to 100% over the sheet's objectives. To weigh the indicators, title it “Peso indicatore”.`;
  }
}

/** A note as a sentence in `locale`. */
export function sheetNoteText(note: SheetNote, locale: Locale = "it"): string {
  return locale === "en" ? englishNote(note) : italianNote(note);
}
