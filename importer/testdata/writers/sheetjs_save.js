// Reads each workbook with SheetJS and writes it with dates as dates
// (cellDates: t="d" cells holding ISO 8601 text, times of day on the
// 1899-12-30 base) and strings inline; every part is then SheetJS's own
// XML. Usage: node sheetjs_save.js SRC_DIR OUT_DIR
const fs = require('fs');
const path = require('path');
const XLSX = require('xlsx');

const [src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
for (const name of fs.readdirSync(src).sort()) {
  const wb = XLSX.readFile(path.join(src, name), { cellDates: true, cellNF: true });
  XLSX.writeFile(wb, path.join(out, name), { cellDates: true, bookSST: false, compression: true });
}
