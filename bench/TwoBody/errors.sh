#!/usr/bin/env bash
# Relative L2 error of the two-body samples with their defaults (STDE's setting: 4 x 128 tanh, 100 fresh points per step,
# Adam 1e-3 decaying linearly to 0 over the run, evaluations every 1,000 steps), one run per cell, RUNS cells at once.
# A cell is PROBLEM:N:STEPS:SEED with PROBLEM one of AllenCahnTwoBody, PoissonTwoBody, SineGordonTwoBody.
# Prints per cell: the minimum relative L2 over the evaluations (STDE's measure), the final one, MSE, mean s^2, seconds.
# SIGMA=s and BACKEND=jet|stein|difference|autograd pass --sigma and --backend (the samples fix Stein unless told).
# Usage (repository root, after dotnet build samples/<PROBLEM> -c Release for each problem named):
#   RUNS=2 VALIDATION_POINTS=20000 bench/TwoBody/errors.sh OUT_DIR AllenCahnTwoBody:1000:10000:1 PoissonTwoBody:100:10000:1 ...
set -euo pipefail
out=${1:?output folder}; shift; mkdir -p "$out"
runs=${RUNS:-2}; points=${VALIDATION_POINTS:-20000}
cell() {
  IFS=: read -r problem n steps seed <<< "$1"
  local tag="$problem-$n-$steps-$seed" extra=()
  [ -n "${SIGMA:-}" ] && extra+=(--sigma "$SIGMA")
  [ -n "${BACKEND:-}" ] && extra+=(--backend "$BACKEND") && tag="$tag-$BACKEND"
  # EXTRA: more options for every cell, as in EXTRA="--input-scale auto".
  [ -n "${EXTRA:-}" ] && read -r -a more <<< "$EXTRA" && extra+=("${more[@]}")
  dotnet "samples/$problem/bin/Release/net10.0/$problem.dll" train --dim n="$n" --steps "$steps" --seed "$seed" \
    --validation-points "$points" "${extra[@]}" --report "$out/$tag.json" > "$out/$tag.log" 2>&1
  python3 - "$out/$tag.json" "$tag" <<'EOF' | tee -a "$out/errors.txt"
import json, sys
r = json.load(open(sys.argv[1])); h = r['history']
mean_s2 = r['mse'] / r['relativeL2Error'] ** 2   # mean u*^2 over the validation points (MSE / relative L2^2)
rel = [(e['mse'] / r['mse']) ** 0.5 * r['relativeL2Error'] for e in h[1:]]
print('%-34s min rel L2 %.3e  final %.3e  MSE %.2e  mean s^2 %.2f  %s  %.0f s' %
      (sys.argv[2], min(rel), r['relativeL2Error'], r['mse'], mean_s2,
       'sigma %g' % r['sigma'] if r.get('sigma') is not None else r['backend'], r['seconds']))
EOF
}
export -f cell; export out points SIGMA BACKEND EXTRA
printf '%s\n' "$@" | xargs -P "$runs" -I{} bash -c 'cell "$@"' _ {}
