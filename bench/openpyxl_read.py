"""Read every cell of every sheet of every .xlsx under a folder with
openpyxl in read-only mode, on all cores: the Python baseline of bench/run.sh."""
import multiprocessing
import os
import sys
import time

import openpyxl


def read(path):
    n = 0
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                n += sum(1 for v in row if v is not None)
        wb.close()
    except Exception:
        return 0
    return n


def main():
    paths = []
    for root, _, files in os.walk(sys.argv[1]):
        paths += [os.path.join(root, f) for f in files if f.endswith(".xlsx") and not f.startswith("~$")]
    start = time.time()
    with multiprocessing.Pool(os.cpu_count()) as pool:
        cells = sum(pool.map(read, paths, chunksize=16))
    print(f"{len(paths)} files, {cells} cells, {time.time() - start:.3f} s")


if __name__ == "__main__":
    main()
