// Reads each workbook with exceljs and writes it: every part is then
// exceljs's own XML. Usage: node exceljs_save.js SRC_DIR OUT_DIR
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const [src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
(async () => {
  for (const name of fs.readdirSync(src).sort()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(src, name));
    await wb.xlsx.writeFile(path.join(out, name));
  }
})().catch((e) => { console.error(e); process.exit(1); });
