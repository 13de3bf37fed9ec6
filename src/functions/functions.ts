/**
 * The PERF custom functions: JSDoc metadata (read by custom-functions-metadata-plugin to
 * write functions.json, Italian names and help) and one-line delegations. Ids never change;
 * the English names live in functions.en-US.json. The build appends one
 * `CustomFunctions.associate(id, function)` per @customfunction below, so this file must not.
 * Every argument accepts a value, an Italian text or a range; ranges give arrays.
 */
import { achievement } from "./achievementFunction";
import { band } from "./bandFunction";
import { deviation, relativeDeviation } from "./deviationFunction";
import { numberFromText } from "./numberFunction";
import { projectValue } from "./projectValueFunction";
import { status } from "./statusFunction";
import { weightCheck } from "./weightCheckFunction";
import { weightedScore } from "./weightedScoreFunction";

/**
 * Scostamento dal target, positivo = meglio del target (crescente: risultato − target; decrescente: target − risultato). Es.: =PERF.SCOSTAMENTO("-2,13%"; "-2,00%"; "decrescente") dà 0,13%.
 * @customfunction SCOSTAMENTO SCOSTAMENTO
 * @param risultato Risultato raggiunto: numero, testo come "89,55%" o "2.870 campioni", o intervallo.
 * @param target Valore target: numero, testo come "88,00%" o "almeno 4 eventi", o intervallo.
 * @param [polarità] "crescente" (predefinita), "decrescente" o "milestone".
 * @returns Lo scostamento, della stessa forma degli argomenti.
 */
export function scostamento(risultato: unknown[][], target: unknown[][], polarità?: unknown[][]): unknown[][] {
  return deviation(risultato, target, polarità);
}

/**
 * Scostamento relativo: scostamento diviso per il valore assoluto del target. Es.: =PERF.SCOSTAMENTO.PERC(56; 32) dà 75%.
 * @customfunction SCOSTAMENTO.PERC SCOSTAMENTO.PERC
 * @param risultato Risultato raggiunto: numero, testo o intervallo.
 * @param target Valore target: numero, testo o intervallo.
 * @param [polarità] "crescente" (predefinita), "decrescente" o "milestone".
 * @returns Lo scostamento relativo (0,75 = 75%).
 */
export function scostamentoPerc(risultato: unknown[][], target: unknown[][], polarità?: unknown[][]): unknown[][] {
  return relativeDeviation(risultato, target, polarità);
}

/**
 * Grado di raggiungimento del target, come frazione (1 = 100%), limitato al tetto. Es.: =PERF.RAGGIUNGIMENTO("89,55%"; "88%") dà 100%.
 * @customfunction RAGGIUNGIMENTO RAGGIUNGIMENTO
 * @param risultato Risultato raggiunto: numero, testo (anche "Avviato", "sì") o intervallo.
 * @param target Valore target: numero, testo (anche "almeno 300", "Avvio") o intervallo.
 * @param [polarità] "crescente" (predefinita), "decrescente" o "milestone".
 * @param [baseline] Valore di partenza (target storico): il grado va dalla baseline al target.
 * @param [tetto] Massimo riconosciuto (predefinito 100%; ad esempio 120%).
 * @param [soglia] Sotto questa soglia il grado vale 0 (ad esempio 50%).
 * @param [metodo] "lineare", "rapporto" (risultato/target; decrescente target/risultato) o "baseline"; vuoto: baseline se indicata, altrimenti lineare.
 * @returns Il grado di raggiungimento (1 = 100%).
 */
export function raggiungimento(
  risultato: unknown[][],
  target: unknown[][],
  polarità?: unknown[][],
  baseline?: unknown[][],
  tetto?: unknown[][],
  soglia?: unknown[][],
  metodo?: unknown[][],
): unknown[][] {
  return achievement(risultato, target, polarità, baseline, tetto, soglia, metodo);
}

/**
 * Stato dell'indicatore: "Raggiunto", "Parzialmente raggiunto", "Non raggiunto" o "Non valutabile". Es.: =PERF.STATO(56; 32) dà "Raggiunto".
 * @customfunction STATO STATO
 * @param risultato Risultato raggiunto: numero, testo o intervallo.
 * @param target Valore target: numero, testo o intervallo.
 * @param [polarità] "crescente" (predefinita), "decrescente" o "milestone".
 * @param [soglia] Grado sotto il quale l'indicatore è "Non raggiunto" (predefinito 50%).
 * @param [raggiunto] Grado dal quale l'indicatore è "Raggiunto" (predefinito 100%; ad esempio 95%).
 * @param [metodo] "lineare", "rapporto" o "baseline", come in PERF.RAGGIUNGIMENTO; vuoto: lineare.
 * @returns Lo stato, in parole.
 */
export function stato(
  risultato: unknown[][],
  target: unknown[][],
  polarità?: unknown[][],
  soglia?: unknown[][],
  raggiunto?: unknown[][],
  metodo?: unknown[][],
): unknown[][] {
  return status(risultato, target, polarità, soglia, raggiunto, metodo);
}

/**
 * Punteggio ponderato dei gradi di raggiungimento; le celle vuote o "-" sono escluse e i pesi rinormalizzati. Es.: =PERF.PUNTEGGIO(B2:B4; C2:C4).
 * @customfunction PUNTEGGIO PUNTEGGIO
 * @param raggiungimenti Gradi di raggiungimento (1 = 100%), in un intervallo.
 * @param pesi Pesi, come frazioni (0,3), percentuali (30%) o numeri (30); un solo peso vale per tutti.
 * @param [tetto] Massimo riconosciuto a ciascun grado (predefinito 100%).
 * @returns Il punteggio (1 = 100%).
 */
export function punteggio(raggiungimenti: unknown[][], pesi: unknown[][], tetto?: unknown): number {
  return weightedScore(raggiungimenti, pesi, tetto);
}

/**
 * VERO se i pesi sommano al totale entro la tolleranza, altrimenti FALSO. Es.: =PERF.VERIFICAPESI(C2:C4) con 33,33% in ogni cella dà VERO.
 * @customfunction VERIFICAPESI VERIFICAPESI
 * @param pesi Pesi, come frazioni (0,7), percentuali (70%) o numeri interi (70), non mescolati.
 * @param [totale] Somma attesa (predefinita 100%; ad esempio 50%).
 * @param [tolleranza] Scarto ammesso in punti percentuali (predefinito 0,1).
 * @returns VERO se la somma è corretta.
 */
export function verificapesi(pesi: unknown[][], totale?: unknown, tolleranza?: unknown): boolean {
  return weightCheck(pesi, totale, tolleranza);
}

/**
 * Il numero contenuto in un testo scritto all'italiana (percentuali come frazioni). Es.: =PERF.NUMERO("€ 1.800.000,00") dà 1800000.
 * @customfunction NUMERO NUMERO
 * @param testo Testo come "1.800.000,00", "89,55%", "2.870 campioni", o intervallo.
 * @returns Il numero.
 */
export function numero(testo: unknown[][]): unknown[][] {
  return numberFromText(testo);
}

/**
 * Valore di un progetto in euro: valore unitario × coefficiente, per il grado di raggiungimento se indicato. Es.: =PERF.VALOREPROGETTO(3106; 5) dà 15.530.
 * @customfunction VALOREPROGETTO VALOREPROGETTO
 * @param valore_unitario Valore unitario in euro (ad esempio "€ 3.106,00").
 * @param coefficiente Coefficiente del progetto (ad esempio 5).
 * @param [raggiungimento] Grado di raggiungimento che riduce il valore (1 = 100%).
 * @returns Il valore in euro.
 */
export function valoreprogetto(valore_unitario: unknown[][], coefficiente: unknown[][], raggiungimento?: unknown[][]): unknown[][] {
  return projectValue(valore_unitario, coefficiente, raggiungimento);
}

/**
 * Punteggio di un grado di raggiungimento secondo le fasce del sistema di valutazione: sotto la prima soglia 0, poi il punteggio della fascia raggiunta (una percentuale, o «proporzionale»: il grado stesso). Es.: =PERF.FASCIA(0,7; {0;0,6;0,95}; {0;"proporzionale";1}) dà 70%.
 * @customfunction FASCIA FASCIA
 * @param raggiungimento Grado di raggiungimento (1 = 100%), o intervallo.
 * @param soglie Soglie minime delle fasce, crescenti (ad esempio 0; 60%; 95%), in un intervallo.
 * @param punteggi Punteggio di ogni fascia, della stessa dimensione delle soglie: una percentuale o "proporzionale".
 * @returns Il punteggio (1 = 100%).
 */
export function fascia(raggiungimento: unknown[][], soglie: unknown[][], punteggi: unknown[][]): unknown[][] {
  return band(raggiungimento, soglie, punteggi);
}
