#!/usr/bin/env bash
# Where the two-body error at n = 100 comes from (bench/TwoBody/README.md): the solution fitted by plain regression through
# the sample's network (autograd backend: exact values, no derivative needed), at several step counts, widths, depths,
# batches and learning rates, over seeds 1-5, and the two probes (a linear and a quadratic target of the same size).
# Each run takes seconds to a minute (regression steps cost ~1 ms; fit200k about 10 minutes). Prints one line per run: relative L2, min MSE, mean s^2.
# Usage (repository root, after dotnet build src/PdeDsl.Tool -c Release): bench/TwoBody/probes.sh OUT_DIR
set -euo pipefail
out=${1:?output folder}; mkdir -p "$out"
T=src/PdeDsl.Tool/bin/Release/net10.0/pdedsl
P=bench/TwoBody/probes
net="--backend autograd --hidden-layers 4 --hidden-width 128 --lr 1e-3 --interior-points 100"
run() { # tag file options...
  local tag=$1 file=$2; shift 2
  $T train "$file" --report "$out/$tag.json" "$@" > "$out/$tag.log" 2>&1
  python3 -c "
import json; r = json.load(open('$out/$tag.json')); h = r['history']
print('%-10s rel L2 %.3e  min MSE %.2e  mean s^2 %.2f  ($*)' % ('$tag', r['relativeL2Error'], min(e['mse'] for e in h[1:]), h[0]['mse']))" | tee -a "$out/probes.txt"
}
run fit2k $P/fit.pde $net --steps 2000 --validate-every 500
run fit10k $P/fit.pde $net --steps 10000 --validate-every 1000
run fit50k $P/fit.pde $net --steps 50000 --validate-every 5000
run w512 $P/fit.pde --backend autograd --hidden-layers 4 --hidden-width 512 --lr 1e-3 --steps 10000 --validate-every 2000
run l8 $P/fit.pde --backend autograd --hidden-layers 8 --hidden-width 128 --lr 1e-3 --steps 10000 --validate-every 2000
run w1024l1 $P/fit.pde --backend autograd --hidden-layers 1 --hidden-width 1024 --lr 1e-3 --steps 10000 --validate-every 2000
run p1000 $P/fit.pde --backend autograd --hidden-layers 4 --hidden-width 128 --lr 1e-3 --interior-points 1000 --steps 10000 --validate-every 2000
run lr1e-2 $P/fit.pde --backend autograd --hidden-layers 4 --hidden-width 128 --lr 1e-2 --steps 10000 --validate-every 2000
for s in 2 3 4 5; do run seed$s $P/fit.pde $net --steps 10000 --validate-every 1000 --seed $s; done
run linear2k $P/linear.pde $net --steps 2000 --validate-every 1000
run linear20k $P/linear.pde $net --steps 20000 --validate-every 1000
run quad10k $P/quadratic.pde $net --steps 10000 --validate-every 2000
run scaled10k $P/scaled.pde $net --steps 10000 --validate-every 1000
run fit200k $P/fit.pde $net --steps 200000 --validate-every 20000 --validation-points 2000
run fit1000d $P/fit.pde $net --dim n=1000 --steps 10000 --validate-every 1000 --validation-points 2000
run fit10000d $P/fit.pde $net --dim n=10000 --steps 10000 --validate-every 1000 --validation-points 2000
run small10000d $P/fit-small.pde $net --dim n=10000 --steps 2000 --validate-every 500 --validation-points 2000
