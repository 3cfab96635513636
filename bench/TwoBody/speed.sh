#!/usr/bin/env bash
# Iterations per second of the three two-body samples at n = 100, 1000, 10000 (STDE's network and batch: 4 x 128 tanh,
# 100 points per step, K = 128 Stein samples and 128 value samples, shared noise), and the forcing term's share of the
# step at one n (Allen-Cahn with and without its forcing, interleaved). Tiny validation sets so the timings are the
# steps'; everything runs through the pdedsl tool, which compiles the .pde files in memory.
# Usage: bench/TwoBody/speed.sh OUT_DIR [STEPS_100 STEPS_1000 STEPS_10000]   (from the repository root, after
#        dotnet build src/PdeDsl.Tool -c Release)
set -euo pipefail
out=${1:?output folder}; mkdir -p "$out"
s100=${2:-30}; s1000=${3:-10}; s10000=${4:-4}
T=src/PdeDsl.Tool/bin/Release/net10.0/pdedsl
common="--samples 128 --value-samples 128 --sigma 0.1 --noise shared --lr 1e-3 --hidden-layers 4 --hidden-width 128 --interior-points 100 --validation-points 20 --eval-samples 8"
run() { # name file n steps
  local name=$1 file=$2 n=$3 steps=$4
  echo "$(date -u +%H:%M:%S) $(uptime | sed 's/.*load/load/') $name n=$n steps=$steps" | tee -a "$out/uptime.txt"
  $T train "$file" --dim n=$n --steps $steps --validate-every $steps $common --report "$out/$name-$n.json" > "$out/$name-$n.log" 2>&1
  python3 -c "import json,sys; r=json.load(open('$out/$name-$n.json')); print('$name', $n, r['steps'], round(r['seconds'],2), round(r['stepsPerSecond'],3))" | tee -a "$out/speed.txt"
}
if [ "${FORCING_ONLY:-0}" != 1 ]; then
  for n in 100 1000 10000; do
    steps=$s100; [ $n = 1000 ] && steps=$s1000; [ $n = 10000 ] && steps=$s10000
    run allen-cahn samples/AllenCahnTwoBody/allen-cahn.pde $n $steps
    run poisson samples/PoissonTwoBody/poisson.pde $n $steps
    run sine-gordon samples/SineGordonTwoBody/sine-gordon.pde $n $steps
  done
fi
# The forcing's share at n = ${FORCING_N:-10000}: with and without it, twice each, interleaved.
fn=${FORCING_N:-10000}
for k in 1 2; do
  run forcing-with-$k samples/AllenCahnTwoBody/allen-cahn.pde $fn $s10000
  run forcing-without-$k bench/TwoBody/allen-cahn-no-forcing.pde $fn $s10000
done
