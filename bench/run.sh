#!/usr/bin/env bash
# Month-end at scale, measured side by side on the same files, both sides
# using every core: the floors (bench/floor: inflating every zip entry, and
# tokenizing every XML part with encoding/xml), our import (salesrhythm
# check), the whole report, and openpyxl read-only where Debian's
# python3-openpyxl is installed.
#
# Usage: bench/run.sh [MANAGERS [MORE_MANAGERS]]   (default 1000)
#        bench/run.sh history [MANAGERS [MONTHS]]    (default 1000, 12)
#
# With a second size (bench/run.sh 1000 3000) it measures both and prints
# how check and report grow from one to the other (target: linear, within
# 1.1 × the ratio of the sizes) and the larger size's peak memory.
#
# history makes MONTHS consecutive months of the demo (at least 6) and
# times the month's report: alone (one month of history, no cache: the
# single-month report), with six months of history through a cold cache
# and a warm one, and reading each of the six months alone (check); with
# twelve months, the report with twelve months of history too. Targets: the
# warm six-month report within 1.3 × the single-month report, the cold one
# within 1.2 × the sum of reading each month, and peak memory that does not
# grow with the months.
# Each line gives the wall time and the CPU time (user + system). On a
# shared machine the wall time depends on what else runs; the CPU time
# much less, so the ratios are given in both.
set -euo pipefail
cd "$(dirname "$0")/.."
month=2026-11
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/salesrhythm" ./cmd/salesrhythm
go build -o "$work/floor" ./bench/floor
sr="$work/salesrhythm"

# seconds and peak memory of a command, quietly
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  # the last line: time(1) puts "Command exited with non-zero status" before it
  read -r secs kb user sys < <(tail -n 1 "$work/$name.time")
  local cpu
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%-22s %8.2f s  %8.2f s CPU  %6d MB peak\n' "$name" "$secs" "$cpu" "$((kb / 1024))"
  eval "t_$name=$secs"
  eval "c_$name=$cpu"
  eval "m_$name=$((kb / 1024))"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

# size MANAGERS SUFFIX: the whole bench at one size; times land in t_*SUFFIX
size() {
  local managers=$1 sfx=$2 demo="$work/demo$2"
  echo "salesrhythm at $managers managers, month $month, $(nproc) cores"
  measure "demo$sfx" "$sr" demo "$demo" --managers "$managers" --month "$month" --seed 1 --quiet
  files=$(find "$demo/inbox" -name '*.xlsx' | wc -l)
  size=$(du -sm "$demo/inbox" | cut -f1)
  echo "                       $files workbooks, $size MB in the inbox"
  local cfg=(--config "$demo/config.yaml")
  measure "template_all$sfx" "$sr" "${cfg[@]}" template all --month "$month" --output "$work/tpl$sfx" --quiet
  measure "inflate$sfx" "$work/floor" -inflate "$demo/inbox"
  measure "floor$sfx" "$work/floor" "$demo/inbox"
  measure "import$sfx" "$sr" "${cfg[@]}" check --month "$month" --quiet
  measure "report$sfx" "$sr" "${cfg[@]}" report --month "$month" --quiet
  measure "report_cold$sfx" "$sr" "${cfg[@]}" report --month "$month" --quiet --no-cache
  if [ -z "$sfx" ] && /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
    measure openpyxl /usr/bin/python3 bench/openpyxl_read.py "$demo/inbox"
  fi
  eval "local ti=\$t_import$sfx tin=\$t_inflate$sfx tf=\$t_floor$sfx tr=\$t_report$sfx tt=\$t_template_all$sfx"
  eval "local ci=\$c_import$sfx cin=\$c_inflate$sfx cr=\$c_report$sfx trc=\$t_report_cold$sfx crc=\$c_report_cold$sfx"
  echo
  echo "import ÷ inflate      $(ratio "$ti" "$tin")   (target ≤ 2; CPU time $(ratio "$ci" "$cin"))"
  echo "import ÷ floor        $(ratio "$ti" "$tf")"
  [ -z "$sfx" ] && [ -n "${t_openpyxl:-}" ] && echo "openpyxl ÷ import     $(ratio "$t_openpyxl" "$ti")   (target ≥ 4)"
  echo "report ÷ import       $(ratio "$tr" "$ti")   (target ≤ 1.2; CPU time $(ratio "$cr" "$ci"); the demo's report filled the cache)"
  echo "report --no-cache ÷ import $(ratio "$trc" "$ti")   (CPU time $(ratio "$crc" "$ci"))"
  echo "template all ÷ import $(ratio "$tt" "$ti")"
  eval "echo \"peak memory: import \$m_import$sfx MB, report \$m_report$sfx MB\""
  rm -rf "$demo" "$work/tpl$sfx"
  echo
}

# history MANAGERS MONTHS: the trends' costs on an archive of months
history() {
  local managers=$1 months=$2 demo="$work/history"
  if [ "$months" -lt 6 ]; then echo "history needs at least 6 months" >&2; exit 2; fi
  echo "salesrhythm history at $managers managers, $months months to $month, $(nproc) cores"
  measure demo "$sr" demo "$demo" --managers "$managers" --month "$month" --months "$months" --seed 1 --quiet
  files=$(find "$demo/inbox" -name '*.xlsx' | wc -l)
  size=$(du -sm "$demo/inbox" | cut -f1)
  echo "                       $files workbooks, $size MB in the inbox"
  local cfg=(--config "$demo/config.yaml") cache="$demo/out/.cache"
  rm -rf "$cache"
  SALESRHYTHM_REPORT_HISTORY_MONTHS=1 measure single "$sr" "${cfg[@]}" report --month "$month" --quiet
  local sum=0
  for k in 5 4 3 2 1 0; do
    m=$(date -d "$month-01 -$k month" +%Y-%m)
    measure "check_${m//-/_}" "$sr" "${cfg[@]}" check --month "$m" --quiet
    eval "sum=\$(awk -v a=$sum -v b=\$t_check_${m//-/_} 'BEGIN { print a + b }')"
  done
  rm -rf "$cache"
  SALESRHYTHM_REPORT_HISTORY_MONTHS=6 measure cold6 "$sr" "${cfg[@]}" report --month "$month" --quiet
  SALESRHYTHM_REPORT_HISTORY_MONTHS=6 measure warm6 "$sr" "${cfg[@]}" report --month "$month" --quiet
  SALESRHYTHM_REPORT_HISTORY_MONTHS=1 measure warm1 "$sr" "${cfg[@]}" report --month "$month" --quiet
  if [ "$months" -ge 12 ]; then
    SALESRHYTHM_REPORT_HISTORY_MONTHS=12 measure warm12 "$sr" "${cfg[@]}" report --month "$month" --quiet
  fi
  echo "                       cache: $(du -sm "$cache" | cut -f1) MB in $(ls "$cache" | wc -l) packs"
  echo
  echo "reading each of 6 months alone: $sum s"
  echo "warm 6 months ÷ single month   $(ratio "$t_warm6" "$t_single")   (target ≤ 1.3)"
  echo "cold 6 months ÷ each month     $(ratio "$t_cold6" "$sum")   (target ≤ 1.2)"
  echo -n "peak memory: single $m_single MB, warm 1 month $m_warm1 MB, warm 6 months $m_warm6 MB, cold 6 months $m_cold6 MB"
  if [ "$months" -ge 12 ]; then echo ", warm 12 months $m_warm12 MB"; else echo; fi
}

if [ "${1:-}" = history ]; then
  history "${2:-1000}" "${3:-12}"
  exit 0
fi

size "${1:-1000}" ""
if [ -n "${2:-}" ]; then
  size "$2" _2
  want=$(awk -v a="$2" -v b="${1:-1000}" 'BEGIN { printf "%.2f", 1.1 * a / b }')
  echo "growth from ${1:-1000} to $2 managers (target ≤ $want, under 1024 MB):"
  echo "  check  $(ratio "$t_import_2" "$t_import") × (CPU $(ratio "$c_import_2" "$c_import") ×), $m_import_2 MB peak"
  echo "  report $(ratio "$t_report_2" "$t_report") × (CPU $(ratio "$c_report_2" "$c_report") ×), $m_report_2 MB peak"
fi
