// The pure check core: what the CLI, the workbook and tests call.
export { type EvaluateInput, type EvaluateOptions, evaluate, owedIndicators } from './evaluate.js';
export { evaluateMonthEnds, type MonthEndScores } from './month-ends.js';
