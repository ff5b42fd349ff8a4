#!/usr/bin/env bash
# Month-end at scale, measured side by side on the same files, both sides
# using every core: the raw-parse floor (bench/floor), our import
# (salesrhythm check), the whole report, and openpyxl read-only where
# Debian's python3-openpyxl is installed.
#
# Usage: bench/run.sh [MANAGERS]   (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
managers=${1:-1000}
month=2026-11
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/salesrhythm" ./cmd/salesrhythm
go build -o "$work/floor" ./bench/floor
sr="$work/salesrhythm"

# seconds and peak memory of a command, quietly
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  # the last line: time(1) puts "Command exited with non-zero status" before it
  read -r secs kb < <(tail -n 1 "$work/$name.time")
  printf '%-22s %8.2f s  %6d MB peak\n' "$name" "$secs" "$((kb / 1024))"
  eval "t_$name=$secs"
}

echo "salesrhythm at $managers managers, month $month, $(nproc) cores"
measure demo "$sr" demo "$work/demo" --managers "$managers" --month "$month" --seed 1 --quiet
files=$(find "$work/demo/inbox" -name '*.xlsx' | wc -l)
size=$(du -sm "$work/demo/inbox" | cut -f1)
echo "                       $files workbooks, $size MB in the inbox"
cfg=(--config "$work/demo/config.yaml")
measure template_all "$sr" "${cfg[@]}" template all --month "$month" --output "$work/tpl" --quiet
measure floor "$work/floor" "$work/demo/inbox"
measure import "$sr" "${cfg[@]}" check --month "$month" --quiet
measure report "$sr" "${cfg[@]}" report --month "$month" --quiet
if /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  measure openpyxl /usr/bin/python3 bench/openpyxl_read.py "$work/demo/inbox"
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo
echo "import ÷ floor        $(ratio "$t_import" "$t_floor")   (target ≤ 2)"
[ -n "${t_openpyxl:-}" ] && echo "openpyxl ÷ import     $(ratio "$t_openpyxl" "$t_import")   (target ≥ 4)"
echo "report ÷ import       $(ratio "$t_report" "$t_import")   (target ≤ 1.3)"
echo "template all ÷ import $(ratio "$t_template_all" "$t_import")"
