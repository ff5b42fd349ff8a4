#!/usr/bin/env bash
# Rebuilds the writer corpus: our filled workbooks in original/ and what
# other programs make of them, one folder per program. It needs Go,
# LibreOffice (soffice), Debian's python3-openpyxl and python3-xlsxwriter,
# and Node with npm. The results are committed, so go test needs none of
# these; run this again when the templates change.
set -euo pipefail
cd "$(dirname "$0")"
repo=$(cd ../../.. && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

(cd "$repo" && go test ./importer -run '^TestOriginals$' -count=1 -originals)
rm -rf libreoffice openpyxl xlsxwriter exceljs sheetjs

soffice=(soffice "-env:UserInstallation=file://$profile" --headless --norestore)
"${soffice[@]}" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir libreoffice original/*.xlsx
"${soffice[@]}" --convert-to ods --outdir libreoffice original/*.xlsx

/usr/bin/python3 openpyxl_save.py original openpyxl
/usr/bin/python3 xlsxwriter_copy.py original xlsxwriter

npm ci --no-audit --no-fund --loglevel=error
node exceljs_save.js original exceljs
node sheetjs_save.js original sheetjs

(cd "$repo" && go test ./importer -run '^(TestWriterCorpus|TestLexerAgreesWithTheDecoder)$' -count=1)
