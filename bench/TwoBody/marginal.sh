#!/usr/bin/env bash
# Steady iterations per second of the three two-body samples: each cell trained twice through the pdedsl tool, for a
# short and a longer run with the same settings, and the rate taken from the difference (so compilation, warm-up and the
# start-of-run validation cancel). STDE's network and batch (4 x 128 tanh, 100 points per step), K = 128 Stein samples
# and 128 value samples, shared noise, 1 torch thread (what the train command chooses on this 2-core machine).
# Usage (repository root, after dotnet build src/PdeDsl.Tool -c Release): bench/TwoBody/marginal.sh OUT_DIR
set -euo pipefail
out=${1:?output folder}; mkdir -p "$out"
T=src/PdeDsl.Tool/bin/Release/net10.0/pdedsl
common="--samples 128 --value-samples 128 --sigma 0.1 --noise shared --lr 1e-3 --hidden-layers 4 --hidden-width 128 --interior-points 100 --validation-points 20 --eval-samples 8 --threads 1"
seconds() { # file n steps tag
  $T train "$1" --dim n=$2 --steps $3 --validate-every $3 $common --report "$out/$4.json" > "$out/$4.log" 2>&1
  python3 -c "import json; print(json.load(open('$out/$4.json'))['seconds'])"
}
for cell in "100 20 120" "1000 5 35" "10000 2 10"; do
  set -- $cell; n=$1; short=$2; long=$3
  for p in allen-cahn:samples/AllenCahnTwoBody/allen-cahn.pde poisson:samples/PoissonTwoBody/poisson.pde sine-gordon:samples/SineGordonTwoBody/sine-gordon.pde; do
    name=${p%%:*}; file=${p#*:}
    load=$(uptime | sed 's/.*load average: //')
    a=$(seconds "$file" $n $short "$name-$n-$short"); b=$(seconds "$file" $n $long "$name-$n-$long")
    python3 -c "print('$name', $n, '%.2f it/s' % (($long - $short) / ($b - $a)), 'short %s s, long %s s' % ('$a', '$b'), 'load $load')" | tee -a "$out/marginal.txt"
  done
done
