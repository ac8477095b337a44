// How much a plain exceljs write must produce to be a fair baseline for `compile --quarter 2020Q3`.
// The estimate follows workbook.md: one workbook per unit plus one for the organisation, with
//  封面 13 rows; 自评表 1 header + 39 indicators + 4 category subtotals + 1 total, 10 columns of the
//  seed's text; 材料目录 1 + the unit's dated files and folders of the quarter, each listed once more
//  under every further indicator its `_event.yaml` names, 8 columns; 问题清单 1 + one row per indicator
//  owed (an upper estimate), 8 columns; and, for the organisation only, 材料目录 and 问题清单 over all
//  units, 汇总 (units × (39 indicators + 4 subtotals + total)) and 进度 (units × 12 months).
// Checked against compile's output for 6 units: within about 10% of the rows it writes.
import { INDICATORS } from './synthetic-org.js';

const CATEGORIES = 4;

/**
 * @param {import('./synthetic-org.d.ts').SyntheticOrg} org
 * @param {number} quarter 1..4
 * @param {number} textLength average length of the seed's text cells
 */
export function workbookPlan(org, quarter, textLength) {
  const evaluationRows = 1 + INDICATORS + CATEGORIES + 1;
  const listings = org.listingsByUnitQuarter.map((q) => q[quarter - 1]);
  const unitBooks = org.units.map((unit, i) => ({
    file: unit.dir,
    sheets: [
      { name: '封面', rows: 13, cols: 3, textLength: 20 },
      { name: '自评表', rows: evaluationRows, cols: 10, textLength },
      { name: '材料目录', rows: 1 + listings[i], cols: 8, textLength: 16 },
      { name: '问题清单', rows: 1 + INDICATORS, cols: 8, textLength: 24 },
    ],
  }));
  const units = org.units.length;
  const orgBook = {
    file: '组织汇总',
    sheets: [
      { name: '封面', rows: 13, cols: 3, textLength: 20 },
      { name: '自评表', rows: evaluationRows, cols: 10, textLength },
      { name: '材料目录', rows: 1 + listings.reduce((a, b) => a + b, 0), cols: 9, textLength: 16 },
      { name: '问题清单', rows: 1 + units * INDICATORS, cols: 8, textLength: 24 },
      { name: '汇总', rows: 1 + units, cols: 2 + INDICATORS + CATEGORIES + 1, textLength: 8 },
      { name: '进度', rows: 1 + units, cols: 13, textLength: 8 },
    ],
  };
  const workbooks = [...unitBooks, orgBook];
  const rows = workbooks.reduce((sum, book) => sum + book.sheets.reduce((s, sheet) => s + sheet.rows, 0), 0);
  return { workbooks, rows };
}
