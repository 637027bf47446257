#!/usr/bin/env bash
# build-aux/bench.sh: Aid Explorer's performance benchmarks, run as `build-aux/dev bench [ARGS]`
# inside the development environment, from the top of the repository.
#
# It builds the app and the programs of bench/ in _build/bench (debugoptimized, never built by
# default nor run by `meson test`), generates datasets of 1k, 10k and 100k activities (1M with
# --with-1m) and IATI activity files of the same sizes, checks them with `aid-explorer --check`
# (and the IATI files with `--summary`), measures, prints one table, and writes it into
# docs/performance.md between the markers (the rest of that page is left as it is).
#
# Every figure is the median of several runs, each in a process of its own where it reports a
# peak RSS. The GUI measures run in a real window on Xvfb, with a private D-Bus session.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=$REPO/_build/bench
DATA=$BUILD/datasets
OUTPUT=$REPO/docs/performance.md
BEGIN_MARK='<!-- bench:begin: written by build-aux/bench.sh; edit outside these markers -->'
END_MARK='<!-- bench:end -->'

RUNS=5
SIZES=(1000 10000 100000)
# How long the window may take to show a file before the run is given up.
OPEN_LIMIT_S=600
WITH_1M=0
WRITE=1
IATI_ONLY=0
TARGETS=(aid-explorer gsettings-compile-data aid-bench-generate aid-bench-model aid-bench-json-glib
         aid-bench-window aid-bench-empty-window aid-bench-probe)

say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die () { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

usage () {
  cat <<EOF
Usage: build-aux/dev bench [--runs N] [--sizes N,N,...] [--with-1m] [--iati-only] [--no-write]
       build-aux/dev bench --generate [--iati] N FILE

  --runs N        runs per measure, of which the median is reported (default 5; 3 at 100k
                  and beyond for the slowest measures)
  --sizes LIST    dataset sizes in activities (default 1000,10000,100000)
  --with-1m       also load 1 000 000 activities (the app's load alone, not the references)
  --iati-only     measure the IATI rows alone (the others are left empty); implies --no-write
  --no-write      print the table without writing docs/performance.md
  --generate [--iati] N FILE
                  only write a valid dataset of N activities to FILE (deterministic); with
                  --iati, an IATI 2.03 activity file of the same activities
EOF
}

# Building -------------------------------------------------------------------------------------

build () {
  if [ ! -f "$BUILD/build.ninja" ]; then
    say "Configuring $BUILD (debugoptimized)"
    mkdir -p "$REPO/_build"
    meson setup "$BUILD" "$REPO" --buildtype=debugoptimized >"$BUILD.log" 2>&1 ||
      { cat "$BUILD.log" >&2; rm -rf "$BUILD"; die "configuring $BUILD failed"; }
  fi
  meson compile -C "$BUILD" "${TARGETS[@]}" >"$BUILD.log" 2>&1 || { cat "$BUILD.log" >&2; die "the build failed"; }
}

APP=$BUILD/src/aid-explorer
GENERATE=$BUILD/bench/aid-bench-generate
MODEL=$BUILD/bench/aid-bench-model
JSON_GLIB=$BUILD/bench/aid-bench-json-glib
WINDOW=$BUILD/bench/aid-bench-window
EMPTY=$BUILD/bench/aid-bench-empty-window
PROBE=$BUILD/bench/libaid-bench-probe.so

# Datasets ---------------------------------------------------------------------------------------

# generate N FILE: writes the dataset and checks it as users would.
generate () {
  local n=$1 file=$2
  "$GENERATE" "$n" "$file" || die "generating $file failed"
  "$APP" --check "$file" >"$file.check" 2>&1 || { cat "$file.check" >&2; die "$file does not pass aid-explorer --check"; }
}

# generate_iati N FILE: writes the IATI file and checks it with --check, and with --summary that
# it holds N activities.
generate_iati () {
  local n=$1 file=$2
  "$GENERATE" --iati "$n" "$file" || die "generating $file failed"
  "$APP" --check "$file" >"$file.check" 2>&1 || { cat "$file.check" >&2; die "$file does not pass aid-explorer --check"; }
  "$APP" --summary "$file" >"$file.summary" 2>>"$file.check" || { cat "$file.check" >&2; die "aid-explorer --summary fails on $file"; }
  grep -q "^{\"activities\": $n," "$file.summary" || { cat "$file.summary" >&2; die "aid-explorer --summary does not find $n activities in $file"; }
}

# iati_dataset N: the path of the IATI file of N activities, made (and checked) once per generator.
iati_dataset () {
  local n=$1 file=$DATA/bench-$1.iati.xml
  mkdir -p "$DATA"
  if [ ! -f "$file" ] || [ "$GENERATE" -nt "$file" ] || [ ! -f "$file.summary" ] || [ "$file" -nt "$file.summary" ]; then
    say "Generating and checking $n activities as IATI XML"
    generate_iati "$n" "$file"
  fi
  echo "$file"
}

# dataset N: the path of the dataset of N activities, made (and checked) once per generator.
dataset () {
  local n=$1 file=$DATA/bench-$1.aid.json
  mkdir -p "$DATA"
  if [ ! -f "$file" ] || [ "$GENERATE" -nt "$file" ] || [ ! -f "$file.check" ] || [ "$file" -nt "$file.check" ]; then
    say "Generating and checking $n activities"
    generate "$n" "$file"
  fi
  echo "$file"
}

# Samples ------------------------------------------------------------------------------------------

declare -A S=()

# value LINE KEY: the value of KEY=VALUE in a line of a bench program.
value () {
  local line=" $1" key=$2 v
  v=${line##* "$key"=}
  [ "$v" != "$line" ] || return 1
  echo "${v%% *}"
}

# add SIZE METRIC LINE [KEY]: appends the value of KEY (METRIC by default) in LINE to the samples.
add () {
  local v
  v=$(value "$3" "${4:-$2}") || die "no ${4:-$2} in: $3"
  S[$1,$2]+="$v,"
}

# st SIZE METRIC [median|p90|max|min]
st () {
  local samples=${S[$1,$2]:-}
  [ -n "$samples" ] || { echo ""; return; }
  tr ',' '\n' <<<"$samples" | grep -v '^$' | sort -g |
    awk -v what="${3:-median}" '{ a[NR] = $1 }
      END {
        if (what == "max") { print a[NR]; exit }
        if (what == "min") { print a[1]; exit }
        if (what == "p90") { i = int(0.9 * NR + 0.999); print a[i < 1 ? 1 : i]; exit }
        if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2
      }'
}

# count SIZE METRIC: how many samples there are.
count () {
  tr ',' '\n' <<<"${S[$1,$2]:-}" | grep -c . || true
}

# once SIZE METRIC TEXT: TEXT, with "(1 run)" when there was only one.
once () {
  if [ "$3" != "—" ] && [ "$(count "$1" "$2")" -eq 1 ] && [ "$RUNS" -gt 1 ]; then
    echo "$3 (1 run)"
  else
    echo "$3"
  fi
}

# fmt VALUE [DIVISOR] [DECIMALS]
fmt () {
  [ -n "$1" ] || { echo "—"; return; }
  awk -v v="$1" -v d="${2:-1}" -v p="${3:-1}" 'BEGIN { printf "%.*f", p, v / d }'
}

# ratio A B: A / B to two decimals.
ratio () {
  [ -n "$1" ] && [ -n "$2" ] || { echo "—"; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "—"; else printf "%.2f", a / b }'
}

# Measures -----------------------------------------------------------------------------------------

python_load () {
  python3 - "$1" <<'EOF'
import json, os, resource, sys, time

start = time.perf_counter()
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
ms = (time.perf_counter() - start) * 1000
print(f"parse_ms={ms:.3f} peak_rss_kib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
os._exit(0)  # freeing the objects is not part of the reference
EOF
}

# The IATI references: the same file through libxml2's streaming reader, and through python3's
# iterparse building nothing (each element cleared on its end event), as an analyst would script.
python_iterparse () {
  python3 - "$1" <<'EOF'
import os, resource, sys, time
import xml.etree.ElementTree as ET

start = time.perf_counter()
for event, elem in ET.iterparse(sys.argv[1], events=("end",)):
    elem.clear()
ms = (time.perf_counter() - start) * 1000
print(f"parse_ms={ms:.3f} peak_rss_kib={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
os._exit(0)
EOF
}

# child_usage COMMAND...: the wall time and the peak RSS of a command that prints nothing.
child_usage () {
  python3 - "$@" <<'EOF'
import resource, subprocess, sys, time

start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
ms = (time.perf_counter() - start) * 1000
print(f"parse_ms={ms:.3f} peak_rss_kib={resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", flush=True)
EOF
}

# first_frame [file] PROGRAM ARGS...: a GTK program started as from a launcher, timed by the
# probe from just before its exec (the probe also ends a program that hangs); "file" waits until
# it shows the file given.
first_frame () {
  local until=
  if [ "$1" = file ]; then
    until=file
    shift
  fi
  (
    export LD_PRELOAD=$PROBE AID_BENCH_UNTIL=$until
    AID_BENCH_T0=$EPOCHREALTIME exec "$@"
  ) | tr '\n' ' '
}

# measure_load SIZE FILE: one run of the app's load, in a process of its own.
measure_load () {
  local line m
  line=$("$MODEL" load "$2")
  for m in load_ms peak_rss_kib model_heap_bytes model_rss_bytes longest_step_ms totals_in_callback_ms free_ms; do
    add "$1" "$m" "$line"
  done
}

# measure_iati SIZE RUNS: the app's load of the IATI file of SIZE activities, against xmllint's
# streaming parse and python3's iterparse, in the same run; each in a process of its own.
measure_iati () {
  local n=$1 runs=$2 file line m
  file=$(iati_dataset "$n")
  S[$n,iati_file_bytes]=$(command stat -c %s "$file"),

  say "$n activities in IATI XML: loading, and the references ($runs runs each)"
  for ((r = 0; r < runs; r++)); do
    line=$("$MODEL" load "$file")
    for m in load_ms peak_rss_kib model_heap_bytes longest_step_ms; do
      add "$n" "iati_$m" "$line" "$m"
    done
    line=$(child_usage xmllint --stream --noout "$file")
    add "$n" xmllint_ms "$line" parse_ms
    add "$n" xmllint_rss "$line" peak_rss_kib
    line=$(python_iterparse "$file")
    add "$n" iterparse_ms "$line" parse_ms
    add "$n" iterparse_rss "$line" peak_rss_kib
  done
}

measure_size () {
  local n=$1 runs=$2 file line
  measure_iati "$n" "$runs"
  [ $IATI_ONLY -eq 0 ] || return 0
  file=$(dataset "$n")
  S[$n,file_bytes]=$(command stat -c %s "$file"),

  say "$n activities: loading, and the references ($runs runs each)"
  for ((r = 0; r < runs; r++)); do
    measure_load "$n" "$file"
    line=$(python_load "$file")
    add "$n" py_ms "$line" parse_ms
    add "$n" py_rss "$line" peak_rss_kib
    line=$("$JSON_GLIB" "$file")
    add "$n" jg_ms "$line" parse_ms
    add "$n" jg_rss "$line" peak_rss_kib
  done

  say "$n activities: totals and the filter's share of a keystroke"
  line=$("$MODEL" totals "$file" "$runs")
  S[$n,totals_ms]=$(value "$line" totals_ms),
  line=$("$MODEL" search "$file" 3)
  for m in names_key_bytes description_key_bytes filter_full_ms filter_short_ms totals_of_matches_ms; do
    add "$n" "$m" "$line"
  done

  # Opening a large file can block the window for minutes: one run is then enough to say so, and
  # after ten minutes the run is given up.
  local window_runs=$runs slow=0 gave_up=0
  [ "$n" -lt 100000 ] || window_runs=$(( runs < 3 ? runs : 3 ))
  say "$n activities: the window, opening, searching and filtering (up to $window_runs runs)"
  for ((r = 0; r < window_runs; r++)); do
    line=$(AID_BENCH_OPEN_LIMIT_S=$OPEN_LIMIT_S timeout 3600 "$WINDOW" "$file" 1 | head -1) || true
    if [[ $line == aborted=* ]] || [ -z "$line" ]; then
      case $line in
        aborted=time*) S[$n,window_note]="not shown after $(( OPEN_LIMIT_S / 60 )) min, given up" ;;
        aborted=memory*) S[$n,window_note]="given up over $(value "$line" limit_mib) MiB" ;;
        *) S[$n,window_note]="crashed or hung" ;;
      esac
      gave_up=1
      break
    fi
    for m in open_ms longest_step_ms keystroke_ms filtered_ms query0_ms query1_ms query2_ms first_key_ms filter_ms \
             peak_rss_kib; do
      add "$n" "win_$m" "$line" "$m"
    done
    S[$n,matches]=$(value "$line" matches)
    if awk -v ms="$(value "$line" open_ms)" 'BEGIN { exit !(ms > 20000) }'; then
      slow=1
      break
    fi
  done

  say "$n activities: the projects page alone, the same ($window_runs runs)"
  for ((r = 0; r < window_runs; r++)); do
    line=$(AID_BENCH_OPEN_LIMIT_S=$OPEN_LIMIT_S timeout 3600 "$WINDOW" --page "$file" 1 | head -1) || true
    if [[ $line == aborted=* ]] || [ -z "$line" ]; then
      S[$n,page_note]="given up: ${line:-crashed or hung}"
      break
    fi
    for m in open_ms longest_step_ms keystroke_ms filtered_ms first_key_ms filter_ms; do
      add "$n" "page_$m" "$line" "$m"
    done
    [ -n "${S[$n,matches]:-}" ] || S[$n,matches]=$(value "$line" matches)
  done

  say "$n activities: first frames ($runs runs)"
  for ((r = 0; r < runs; r++)); do
    line=$(first_frame "$EMPTY")
    add "$n" empty_ms "$line" first_frame_ms
    line=$(first_frame "$APP")
    add "$n" app_ms "$line" first_frame_ms
    add "$n" figures_ms "$line"
    # The file's figures are waited for once when the window is slow to show it, never when it
    # could not show it at all.
    if [ $gave_up -eq 1 ] || { [ $slow -eq 1 ] && [ $r -gt 0 ]; }; then
      line=$(first_frame "$APP" "$file")
    else
      line=$(first_frame file "$APP" "$file")
      if value "$line" file_ms >/dev/null; then
        add "$n" file_ms "$line"
      else
        S[$n,file_note]="not shown"
      fi
    fi
    add "$n" app_file_ms "$line" first_frame_ms
  done
}

measure_1m () {
  local n=1000000 runs=$(( RUNS < 3 ? RUNS : 3 )) file line
  file=$(dataset "$n")
  S[$n,file_bytes]=$(command stat -c %s "$file"),
  say "$n activities: the app's load alone ($runs runs)"
  for ((r = 0; r < runs; r++)); do
    measure_load "$n" "$file"
  done
  line=$("$MODEL" totals "$file" "$runs")
  S[$n,totals_ms]=$(value "$line" totals_ms),
}

# The table ----------------------------------------------------------------------------------------

COLUMNS_N=()

# row TITLE TARGET CELL-FUNCTION: one row, the cell function called with each size.
row () {
  local title=$1 target=$2 fn=$3 line
  line="| $title |"
  for n in "${COLUMNS_N[@]}"; do
    line+=" $($fn "$n") |"
  done
  echo "$line $target |"
}

# verdict VALUE LIMIT: whether VALUE <= LIMIT.
verdict () {
  [ -n "$1" ] && [ "$1" != "—" ] || { echo "not measured"; return; }
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "**holds**" : "**fails**" }'
}

# judge_step SIZE: the window's longest step against 50 ms, a window given up failing.
judge_step () {
  if [ -n "${S[$1,window_note]:-}" ]; then
    echo "**fails** (the window: ${S[$1,window_note]})"
    return
  fi
  verdict "$(st "$1" win_longest_step_ms)" 50
}

# judge_key SIZE LIMIT: the window's median keystroke against LIMIT; when the window could not
# be measured, the page alone's, which is a lower bound of it.
judge_key () {
  local v
  v=$(st "$1" win_keystroke_ms)
  if [ -n "$v" ]; then
    verdict "$v" "$2"
    return
  fi
  v=$(st "$1" page_keystroke_ms)
  [ -n "$v" ] || { echo "not measured"; return; }
  if awk -v v="$v" -v l="$2" 'BEGIN { exit !(v > l) }'; then
    echo "**fails** (the page alone already takes $(fmt "$v"))"
  else
    echo "not measured in the window (the page alone: $(fmt "$v"))"
  fi
}

per_activity_json () { fmt "$(st "$1" file_bytes)" "$1" 0; }
c_file () { fmt "$(st "$1" file_bytes)" 1048576 1; }
c_load () { fmt "$(st "$1" load_ms)" 1 0; }
c_py () { fmt "$(st "$1" py_ms)" 1 0; }
c_jg () { fmt "$(st "$1" jg_ms)" 1 0; }
c_load_py () { ratio "$(st "$1" load_ms)" "$(st "$1" py_ms)"; }
c_rss () { fmt "$(st "$1" peak_rss_kib)" 1024 0; }
c_py_rss () { fmt "$(st "$1" py_rss)" 1024 0; }
c_jg_rss () { fmt "$(st "$1" jg_rss)" 1024 0; }
c_rss_py () { ratio "$(st "$1" peak_rss_kib)" "$(st "$1" py_rss)"; }
c_heap () {
  local heap
  heap=$(st "$1" model_heap_bytes)
  [ -n "$heap" ] || { echo "—"; return; }
  echo "$(fmt "$heap" "$1" 0) B ($(ratio "$heap" "$(st "$1" file_bytes)")×)"
}
c_iati_file () { fmt "$(st "$1" iati_file_bytes)" 1048576 1; }
c_iati_per_activity () { fmt "$(st "$1" iati_file_bytes)" "$1" 0; }
c_iati_load () { fmt "$(st "$1" iati_load_ms)" 1 0; }
c_xmllint () { fmt "$(st "$1" xmllint_ms)" 1 0; }
c_iterparse () { fmt "$(st "$1" iterparse_ms)" 1 0; }
c_iati_xmllint () { ratio "$(st "$1" iati_load_ms)" "$(st "$1" xmllint_ms)"; }
c_iati_iterparse () { ratio "$(st "$1" iati_load_ms)" "$(st "$1" iterparse_ms)"; }
c_iati_rss () { fmt "$(st "$1" iati_peak_rss_kib)" 1024 0; }
c_xmllint_rss () { fmt "$(st "$1" xmllint_rss)" 1024 0; }
c_iterparse_rss () { fmt "$(st "$1" iterparse_rss)" 1024 0; }
c_iati_heap () {
  local heap
  heap=$(st "$1" iati_model_heap_bytes)
  [ -n "$heap" ] || { echo "—"; return; }
  echo "$(fmt "$heap" 1048576 0) ($(ratio "$heap" "$(st "$1" iati_file_bytes)")×)"
}
# iati_over_model SIZE: the IATI load's peak RSS beyond the model it keeps, in MiB.
iati_over_model () {
  local rss heap
  rss=$(st "$1" iati_peak_rss_kib)
  heap=$(st "$1" iati_model_heap_bytes)
  [ -n "$rss" ] && [ -n "$heap" ] || { echo ""; return; }
  awk -v r="$rss" -v h="$heap" 'BEGIN { printf "%.1f", r / 1024 - h / 1048576 }'
}
c_iati_over_model () { fmt "$(iati_over_model "$1")" 1 0; }
c_iati_step () { fmt "$(st "$1" iati_longest_step_ms)"; }
c_rss_model () { fmt "$(st "$1" model_rss_bytes)" "$1" 0; }
c_step_model () { fmt "$(st "$1" longest_step_ms)"; }
c_totals_cb () { fmt "$(st "$1" totals_in_callback_ms)"; }
c_totals () { fmt "$(st "$1" totals_ms)"; }
c_open () {
  local note=${S[$1,window_note]:-}
  [ -z "$note" ] || { echo "$note"; return; }
  once "$1" win_open_ms "$(fmt "$(st "$1" win_open_ms)" 1 0)"
}
c_step_window () {
  case ${S[$1,window_note]:-} in
    not\ shown*) echo "> $(( OPEN_LIMIT_S * 1000 ))"; return ;;
    ?*) echo "—"; return ;;
  esac
  once "$1" win_longest_step_ms "$(fmt "$(st "$1" win_longest_step_ms)" 1 0)"
}
c_win_rss () { once "$1" win_peak_rss_kib "$(fmt "$(st "$1" win_peak_rss_kib)" 1024 0)"; }
c_filtered () { fmt "$(st "$1" win_filtered_ms)"; }
c_page_open () {
  local note=${S[$1,page_note]:-}
  [ -z "$note" ] || { echo "$note"; return; }
  fmt "$(st "$1" page_open_ms)" 1 0
}
c_page_step () { fmt "$(st "$1" page_longest_step_ms)" 1 0; }
c_page_key () { fmt "$(st "$1" page_keystroke_ms)"; }
c_page_key_spread () {
  local p90
  p90=$(st "$1" page_keystroke_ms p90)
  [ -n "$p90" ] || { echo "—"; return; }
  echo "$(fmt "$p90") / $(fmt "$(st "$1" page_keystroke_ms max)")"
}
c_page_filtered () { fmt "$(st "$1" page_filtered_ms)"; }
c_page_first_key () { fmt "$(st "$1" page_first_key_ms)"; }
c_page_channel () { fmt "$(st "$1" page_filter_ms)"; }
c_key () { fmt "$(st "$1" win_keystroke_ms)"; }
c_key_spread () {
  local p90 max
  p90=$(st "$1" win_keystroke_ms p90)
  max=$(st "$1" win_keystroke_ms max)
  [ -n "$p90" ] || { echo "—"; return; }
  echo "$(fmt "$p90") / $(fmt "$max")"
}
c_first_key () { fmt "$(st "$1" win_first_key_ms)"; }
c_q0 () { fmt "$(st "$1" win_query0_ms)"; }
c_q1 () { fmt "$(st "$1" win_query1_ms)"; }
c_q2 () { fmt "$(st "$1" win_query2_ms)"; }
c_matches () { local m=${S[$1,matches]:-}; echo "${m:-—}"; }
c_filter_full () { fmt "$(st "$1" filter_full_ms)" 1 2; }
c_filter_short () { fmt "$(st "$1" filter_short_ms)" 1 2; }
c_key_bytes () {
  local names
  names=$(st "$1" names_key_bytes)
  [ -n "$names" ] || { echo "—"; return; }
  echo "$(fmt "$names" 1 0) + $(fmt "$(st "$1" description_key_bytes)" 1 0) B"
}
c_free () { fmt "$(st "$1" free_ms)"; }
c_totals_matches () { fmt "$(st "$1" totals_of_matches_ms)" 1 2; }
c_channel () { fmt "$(st "$1" win_filter_ms)"; }
c_empty () { fmt "$(st "$1" empty_ms)" 1 0; }
c_app () { fmt "$(st "$1" app_ms)" 1 0; }
c_app_empty () { ratio "$(st "$1" app_ms)" "$(st "$1" empty_ms)"; }
c_figures () { fmt "$(st "$1" figures_ms)" 1 0; }
c_app_file () { fmt "$(st "$1" app_file_ms)" 1 0; }
c_app_file_empty () { ratio "$(st "$1" app_file_ms)" "$(st "$1" empty_ms)"; }
c_file_shown () {
  local note=${S[$1,file_note]:-}
  if [ -z "${S[$1,file_ms]:-}" ]; then
    [ -n "${S[$1,window_note]:-}" ] && echo "not waited for (see the window)" && return
    echo "${note:-—}"
    return
  fi
  once "$1" file_ms "$(fmt "$(st "$1" file_ms)" 1 0)"
}

# The largest size measured with the references, on which the targets are judged.
judged_size () {
  local n
  for n in "${SIZES[@]}"; do :; done
  echo "$n"
}

table () {
  local j k
  j=$(judged_size)
  k=$(( j / 1000 ))k
  COLUMNS_N=("${SIZES[@]}")
  [ $WITH_1M -eq 0 ] || COLUMNS_N+=(1000000)

  local header="| Measure (median of the runs; ms unless said) |" rule="| --- |"
  for n in "${COLUMNS_N[@]}"; do
    if [ "$n" -ge 1000000 ]; then header+=" $(( n / 1000000 ))M |"; else header+=" $(( n / 1000 ))k |"; fi
    rule+=" ---: |"
  done
  header+=" Target, judged on $k |"
  rule+=" --- |"
  echo "$header"
  echo "$rule"

  row "File size (MiB)" "" c_file
  row "JSON text per activity (bytes)" "" per_activity_json
  row "**Load** (aid_dataset_load_file_async until all activities, keys and aid_dataset_get_totals)" "" c_load
  row "Reference: python3 json.load" "" c_py
  row "Reference: json-glib JsonParser, strict, whole file" "" c_jg
  row "Load ÷ json.load" "≤ 1.3: $(verdict "$(c_load_py "$j")" 1.3)" c_load_py
  row "**Peak RSS** of the load (MiB)" "" c_rss
  row "Reference: peak RSS of python3 json.load (MiB)" "" c_py_rss
  row "Reference: peak RSS of json-glib JsonParser (MiB)" "" c_jg_rss
  row "Peak RSS ÷ json.load's" "≤ 1.0: $(verdict "$(c_rss_py "$j")" 1.0)" c_rss_py
  row "**Model memory** per activity: heap kept after the load (× its JSON text)" \
      "≤ 2×: $(verdict "$(ratio "$(st "$j" model_heap_bytes)" "$(st "$j" file_bytes)")" 2)" c_heap
  row "Model memory per activity: RSS kept after the load, trimmed (bytes)" "" c_rss_model
  row "**Totals** over all activities (aid_totals_new)" "" c_totals
  row "Freeing the model (the window does it on a thread of its own when another file replaces it)" "" c_free
  row "Longest main-loop step, load alone (aid_dataset_get_totals in the callback)" "" c_step_model
  row "IATI: the same activities as an IATI 2.03 activity file (MiB)" "" c_iati_file
  row "IATI: XML per activity (bytes)" "" c_iati_per_activity
  row "**IATI load** (aid_dataset_load_file_async on the IATI file, until all activities, keys and aid_dataset_get_totals)" "" c_iati_load
  row "Reference: xmllint --stream --noout (libxml2's floor)" "" c_xmllint
  row "Reference: python3 ElementTree.iterparse, building nothing (elem.clear() on end events)" "" c_iterparse
  row "IATI load ÷ xmllint" "≤ 2: $(verdict "$(c_iati_xmllint "$j")" 2)" c_iati_xmllint
  row "IATI load ÷ iterparse" "≤ 0.5: $(verdict "$(c_iati_iterparse "$j")" 0.5)" c_iati_iterparse
  row "**IATI peak RSS** of the load (MiB)" "" c_iati_rss
  row "Reference: peak RSS of xmllint --stream (MiB)" "" c_xmllint_rss
  row "Reference: peak RSS of python3 iterparse (MiB)" "" c_iterparse_rss
  row "IATI model memory: heap kept after the load (MiB, × the XML)" "" c_iati_heap
  row "IATI peak RSS beyond the model memory (MiB)" "≤ 64: $(verdict "$(iati_over_model "$j")" 64)" c_iati_over_model
  row "**IATI longest main-loop step**, load alone (aid_dataset_get_totals in the callback)" "≤ 50: $(verdict "$(st "$j" iati_longest_step_ms)" 50)" c_iati_step
  row "**Longest main-loop step**, opening the file in the window" "≤ 50: $(judge_step "$j")" c_step_window
  row "Opening the file in the window, until the frame that shows it" "" c_open
  row "Peak RSS of the window with the file open, after the search runs (MiB)" "" c_win_rss
  row "**Search keystroke** in the window, three queries (to the frame with count and totals)" \
      "≤ 50, the app searching descriptions: $(judge_key "$j" 50)" c_key
  row "Search keystroke in the window, 90th percentile / slowest" \
      "no step over 50: $(verdict "$(st "$j" win_keystroke_ms max)" 50)" c_key_spread
  row "… of which the page filtering, sorting and summing up (until it has them)" "" c_filtered
  row "Search keystroke in the window, first letter only (\"e\", \"m\", \"M\")" "" c_first_key
  row "Search keystroke in the window, \"eau\"" "" c_q0
  row "Search keystroke in the window, \"maraîchage\"" "" c_q1
  row "Search keystroke in the window, \"MLI/021\"" "" c_q2
  row "**Filter change** in the window (channel set or cleared, to the frame)" \
      "no step over 50: $(verdict "$(st "$j" win_filter_ms)" 50)" c_channel
  row "Projects page alone: giving it the dataset, to the frame" "" c_page_open
  row "Projects page alone: longest main-loop step then" "" c_page_step
  row "Projects page alone: search keystroke, three queries" "" c_page_key
  row "Projects page alone: search keystroke, 90th percentile / slowest" "" c_page_key_spread
  row "… of which the page filtering, sorting and summing up" "" c_page_filtered
  row "Projects page alone: first letter only" "" c_page_first_key
  row "Projects page alone: filter change" "" c_page_channel
  row "Cards found for \"eau\" / \"maraîchage\" / \"MLI/021\"" "" c_matches
  row "Search keys per activity: ids, titles, names + description in one language" "" c_key_bytes
  row "Filter per keystroke, model only: the app's view, descriptions included" "" c_filter_full
  row "Filter per keystroke, model only: ids, titles, names only" \
      "≤ 16 without descriptions: not measured end to end (the app always searches them); this share $(verdict "$(st "$j" filter_short_ms)" 16)" c_filter_short
  row "Live totals of the matches per keystroke, model only" "" c_totals_matches
  row "**First window**: empty AdwApplicationWindow, from exec" "" c_empty
  row "First window: aid-explorer with the bundled dataset" "" c_app
  row "First window: aid-explorer ÷ empty window" "≤ 1.2: $(verdict "$(c_app_empty "$j")" 1.2)" c_app_empty
  row "**First figures**: the overview showing the bundled dataset's, from exec" "" c_figures
  row "First window: aid-explorer FILE (the file given on the command line)" "" c_app_file
  row "First window: aid-explorer FILE ÷ empty window" "≤ 1.2: $(verdict "$(c_app_file_empty "$j")" 1.2)" c_app_file_empty
  row "aid-explorer FILE: the file's figures shown, from exec" "" c_file_shown
}

# The commit measured, read from .git since the development root has no git.
revision () {
  local head ref
  head=$(cat "$REPO/.git/HEAD" 2>/dev/null) || { echo "unknown"; return; }
  if [[ $head == "ref: "* ]]; then
    ref=${head#ref: }
    head=$(cat "$REPO/.git/$ref" 2>/dev/null || awk -v r="$ref" '$2 == r { print $1 }' "$REPO/.git/packed-refs" 2>/dev/null)
  fi
  if command -v git >/dev/null && [ -n "$(git -C "$REPO" status --porcelain -- src 2>/dev/null)" ]; then
    echo "commit ${head:0:7}, with uncommitted changes in src/"
  else
    echo "commit ${head:0:7}"
  fi
}

machine () {
  local cpu mem
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  echo "- Machine: ${cpu:-unknown CPU}, $(nproc) cores, $mem of memory; load average (1, 5, 15 min)" \
       "at the start: $LOAD_AT_START, at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); code: $(revision)"
  echo "- Command: \`build-aux/dev bench${ARGS:+ $ARGS}\`: the median of $RUNS runs, each in a process of its own;" \
       "3 for the window and the page from 100k and for 1M; a window that takes over 20 s to show a file is" \
       "measured once, and given up after $(( OPEN_LIMIT_S / 60 )) min"
  echo "- Stack: GTK $(pkg-config --modversion gtk4), libadwaita $(pkg-config --modversion libadwaita-1)," \
       "GLib $(pkg-config --modversion glib-2.0), json-glib $(pkg-config --modversion json-glib-1.0)," \
       "libxml2 $(pkg-config --modversion libxml-2.0), $(python3 --version); build _build/bench (debugoptimized)"
  echo "- Display: Xvfb with GSK_RENDERER=cairo, GTK_A11Y=none, a private D-Bus session, settings in memory"
  if [ $WITH_1M -eq 0 ]; then
    echo "- 1M activities: not run (pass --with-1m)"
  else
    echo "- 1M activities: the app's load and totals alone, without the references and the window"
  fi
}

write_output () {
  local body=$1 tmp
  tmp=$(mktemp)
  if [ -f "$OUTPUT" ] && grep -qF "$BEGIN_MARK" "$OUTPUT" && grep -qF "$END_MARK" "$OUTPUT"; then
    awk -v begin="$BEGIN_MARK" -v end="$END_MARK" -v body="$body" '
      $0 == begin { print; print body; skip = 1; next }
      $0 == end { skip = 0 }
      !skip { print }' "$OUTPUT" >"$tmp"
  else
    { echo "# Performance"; echo; echo "$BEGIN_MARK"; echo "$body"; echo "$END_MARK"; } >"$tmp"
  fi
  mv "$tmp" "$OUTPUT"
  say "Wrote $OUTPUT"
}

# Main -------------------------------------------------------------------------------------------

main () {
  ARGS="$*"
  local -a argv=("$@")
  while [ $# -gt 0 ]; do
    case $1 in
      --generate)
        if [ "${2:-}" = --iati ]; then
          [ $# -eq 4 ] || { usage >&2; exit 2; }
          build
          generate_iati "$3" "$4"
          rm -f "$4.check" "$4.summary"
          exit 0
        fi
        [ $# -eq 3 ] || { usage >&2; exit 2; }
        build
        generate "$2" "$3"
        rm -f "$3.check"
        exit 0 ;;
      --iati-only) IATI_ONLY=1; WRITE=0 ;;
      --runs) RUNS=${2:?}; shift ;;
      --sizes) IFS=, read -r -a SIZES <<<"${2:?}"; shift ;;
      --with-1m) WITH_1M=1 ;;
      --no-write) WRITE=0 ;;
      -h|--help) usage; exit 0 ;;
      *) usage >&2; exit 2 ;;
    esac
    shift
  done
  [ "$RUNS" -ge 1 ] 2>/dev/null || die "--runs takes a number"

  # The GUI measures need a display and a session bus of their own: `build-aux/dev bench` runs
  # this script in dbus-run-session and xvfb-run; run directly, it starts them itself.
  if [ -z "${DISPLAY:-}" ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- xvfb-run -a -s "-screen 0 1600x1200x24 -nolisten tcp" bash "$0" "${argv[@]}"
  fi
  build

  export LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR=$BUILD/data GSK_RENDERER=cairo \
    GTK_A11Y=none NO_AT_BRIDGE=1
  LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)

  for n in "${SIZES[@]}"; do
    local runs=$RUNS
    measure_size "$n" "$runs"
  done
  [ $WITH_1M -eq 0 ] || [ $IATI_ONLY -eq 1 ] || measure_1m

  local body
  body=$(machine; echo; table)
  echo
  echo "$body"
  [ $WRITE -eq 0 ] || write_output "$body"
}

main "$@"
