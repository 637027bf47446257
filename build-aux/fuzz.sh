#!/usr/bin/env bash
# build-aux/fuzz.sh [SECONDS] [TARGET...]: runs the libFuzzer targets of fuzzing/.
#
# Runs in the development environment (`build-aux/dev fuzz [SECONDS]`), from the repository's top.
# Configures a clang build in _build/fuzz with -Dfuzzing=true, builds the targets and runs each
# in turn for its share of SECONDS (60 by default, for all the targets together). Each target
# keeps a corpus in _build/fuzz/corpus/TARGET that grows from run to run; it is seeded with the
# bundled dataset and the fixtures of tests/data/check, and the committed seeds and regression
# inputs of fuzzing/corpus/TARGET and the JSONTestSuite corpus (read in place) are read with it.
# Crashes, leaks and timeouts go to _build/fuzz/artifacts/TARGET/; to replay one:
#   _build/fuzz/fuzzing/TARGET-libfuzzer FILE
# and once fixed, add FILE to fuzzing/corpus/TARGET/ so that `meson test` replays it for good.
#
# TARGET is one of the names in fuzzing/meson.build, with or without its “fuzz-” prefix; all by
# default. Exits with 1 when a target found a problem.
#
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$PWD
BUILD=$REPO/_build/fuzz
ALL_TARGETS=(fuzz-dataset-loader fuzz-iati-reader fuzz-json-scanner fuzz-scanner-differential
             fuzz-search-find fuzz-search-fold)

say () { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die () { printf 'fuzz: error: %s\n' "$*" >&2; exit 1; }

seconds=${1:-60}
[ $# -gt 0 ] && shift
[[ $seconds =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] ||
  die "SECONDS must be a positive number, not “$seconds”"

targets=()
for name in "$@"; do
  name=fuzz-${name#fuzz-}
  [[ " ${ALL_TARGETS[*]} " == *" $name "* ]] || die "no target $name (${ALL_TARGETS[*]})"
  targets+=("$name")
done
[ ${#targets[@]} -gt 0 ] || targets=("${ALL_TARGETS[@]}")

command -v clang >/dev/null ||
  die "clang is missing: it comes with clang and libclang-rt-dev (build-aux/sdk-packages.txt)"

# Building ------------------------------------------------------------------------------------

mkdir -p "$REPO/_build"
if [ ! -f "$BUILD/build.ninja" ]; then
  say "Configuring $BUILD (clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer)"
  CC=clang meson setup "$BUILD" "$REPO" -Dfuzzing=true --buildtype=debugoptimized \
    -Db_lundef=false >"$BUILD.log" 2>&1 ||
    { cat "$BUILD.log" >&2; rm -rf "$BUILD"; die "configuring failed"; }
fi
say "Building ${targets[*]}"
meson compile -C "$BUILD" "${targets[@]/%/-libfuzzer}" >"$BUILD.log" 2>&1 ||
  { cat "$BUILD.log" >&2; die "the build failed"; }

# Running -------------------------------------------------------------------------------------

# Stack traces with function names and lines: llvm-symbolizer comes with the llvm package, which
# the root does not need otherwise; addr2line (binutils) does the same, more slowly.
symbolizer=$(command -v llvm-symbolizer ||
             ls /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | tail -n 1 ||
             command -v addr2line || true)
if [ -n "$symbolizer" ]; then
  export ASAN_SYMBOLIZER_PATH=$symbolizer UBSAN_SYMBOLIZER_PATH=$symbolizer
fi

shared=$(cd "$REPO/.." && pwd)/shared
json_test_suite=${AID_JSON_TEST_SUITE:-$shared/data/JSONTestSuite/test_parsing}
per_target=$(( seconds / ${#targets[@]} ))
[ "$per_target" -gt 0 ] || per_target=1

summary=()
status=0
for target in "${targets[@]}"; do
  corpus=$BUILD/corpus/$target
  artifacts=$BUILD/artifacts/$target
  log=$BUILD/logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"

  # The seeds are copied once; what libFuzzer adds stays from run to run.
  if [ -z "$(ls -A "$corpus")" ]; then
    cp "$REPO"/tests/data/check/*.json "$corpus/"
    cp "$REPO/data/mali.aid.json" "$corpus/"
  fi

  # Read-only corpora: the committed seeds and regressions, and the JSON test corpus.
  extra=("$REPO/fuzzing/corpus/$target")
  case $target in
    fuzz-search-*) ;;
    *) [ -d "$json_test_suite" ] && extra+=("$json_test_suite") ;;
  esac

  options=(-timeout=5 -max_len=1048576 -rss_limit_mb=2048 -max_total_time="$per_target"
           -print_final_stats=1 -artifact_prefix="$artifacts/")
  case $target in
    fuzz-dataset-loader) options+=(-dict="$REPO/fuzzing/fuzz-dataset-loader.dict") ;;
    fuzz-iati-reader) options+=(-dict="$REPO/fuzzing/iati.dict") ;;
    fuzz-json-scanner|fuzz-scanner-differential) options+=(-dict="$REPO/fuzzing/json.dict") ;;
  esac

  say "Fuzzing $target for $per_target s (log: ${log#"$REPO"/})"
  marker=$BUILD/logs/$target.start
  touch "$marker"
  result=ok
  UBSAN_OPTIONS=print_stacktrace=1 LC_ALL=C.UTF-8 \
    "$BUILD/fuzzing/$target-libfuzzer" "${options[@]}" "$corpus" "${extra[@]}" >"$log" 2>&1 ||
    { result=failed; status=1; }

  # The last status line reads: #RUNS DONE cov: N ft: N corp: N/SIZE ... exec/s: N rss: N
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  field () { sed -nE "s/.* $1: ([^ ]+).*/\\1/p" <<<"$last"; }
  exec_s=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
  found=$(find "$artifacts" -type f -newer "$marker" | sort)
  line=$(printf '%-26s %9s runs %7s exec/s   cov: %-6s ft: %-7s corpus: %s files (%s)' \
         "$target" "${runs:-?}" "${exec_s:-?}" "$(field cov)" "$(field ft)" \
         "$(ls "$corpus" | wc -l)" "$(field corp)")
  if [ -n "$found" ]; then
    for file in $found; do
      line+=$'\n'"    found: ${file#"$REPO"/}"
    done
    # What went wrong, in a line: the sanitizer's summary, a GLib message or an assertion.
    why=$(grep -m 1 -E '^SUMMARY|runtime error|CRITICAL|WARNING|ERROR:|assertion' "$log" || true)
    [ -z "$why" ] || line+=$'\n'"    ${why}"
  elif [ $result = failed ]; then
    line+=$'\n'"    libFuzzer failed without an artifact: see ${log#"$REPO"/}"
  fi
  summary+=("$line")
done

say "Summary ($seconds s in all)"
printf '%s\n' "${summary[@]}"

exit $status
