"""Loads each workbook with openpyxl and saves it: every part is then
openpyxl's own XML. Usage: openpyxl_save.py SRC_DIR OUT_DIR"""
import os
import sys

import openpyxl

src, out = sys.argv[1:3]
os.makedirs(out, exist_ok=True)
for name in sorted(os.listdir(src)):
    wb = openpyxl.load_workbook(os.path.join(src, name))
    wb.save(os.path.join(out, name))
