"""Writes each workbook anew with xlsxwriter: every sheet, every stored cell
with its type (numbers, strings, booleans, dates and times with their number
format, formulas with their cached values), hidden sheets and the custom
document properties, read with openpyxl and the zipfile module.
Usage: xlsxwriter_copy.py SRC_DIR OUT_DIR"""
import datetime
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl
import xlsxwriter

VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def custom_properties(path):
    with zipfile.ZipFile(path) as z:
        if "docProps/custom.xml" not in z.namelist():
            return []
        root = ET.fromstring(z.read("docProps/custom.xml"))
    props = []
    for p in root.iter(CUSTOM + "property"):
        value = list(p)[0]
        kind = value.tag.replace(VT, "")
        text = value.text or ""
        props.append((p.get("name"), int(text) if kind == "i4" else text))
    return props


def copy(src, dst):
    formulas = openpyxl.load_workbook(src)
    values = openpyxl.load_workbook(src, data_only=True)
    out = xlsxwriter.Workbook(dst, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    formats = {}

    def fmt(code):
        if code not in formats:
            formats[code] = out.add_format({"num_format": code})
        return formats[code]

    for ws in formulas.worksheets:
        vs = values[ws.title]
        sheet = out.add_worksheet(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                r, col = c.row - 1, c.column - 1
                cached = vs.cell(row=c.row, column=c.column).value
                if c.data_type == "f":
                    sheet.write_formula(r, col, c.value, None, cached if cached is not None else "")
                elif isinstance(c.value, (datetime.datetime, datetime.date, datetime.time)):
                    sheet.write_datetime(r, col, c.value, fmt(c.number_format))
                elif isinstance(c.value, bool):
                    sheet.write_boolean(r, col, c.value)
                elif isinstance(c.value, (int, float)):
                    sheet.write_number(r, col, c.value)
                else:
                    sheet.write_string(r, col, str(c.value))
        if ws.sheet_state == "veryHidden" and hasattr(sheet, "very_hidden"):
            sheet.very_hidden()
        elif ws.sheet_state != "visible":
            sheet.hide()
    for name, value in custom_properties(src):
        out.set_custom_property(name, value)
    out.close()


src, dst = sys.argv[1:3]
os.makedirs(dst, exist_ok=True)
for name in sorted(os.listdir(src)):
    copy(os.path.join(src, name), os.path.join(dst, name))
