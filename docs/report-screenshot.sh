#!/usr/bin/env bash
# Makes docs/report.png: a heat problem whose kappa is learned from observations (exact solution given, so every
# section of the HTML report has something to draw), trained with the pdedsl tool built from this repository, its
# --report page opened by headless Chromium (Debian's package: apt-get install chromium) and screenshotted.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/PdeDsl.Tool" -c Release -v quiet -nologo > /dev/null
cat > "$work/heat.pde" <<'PDE'
problem HeatKappa {
  param kappa = 0.5 learn
  domain t in [0, 1], x in [0, 1]
  pde    u_t = kappa*u_xx
  on t = 0: u = sin(pi*x)
  on boundary: u = 0
  observe "heat.csv": u
  exact  exp(-0.1*pi^2*t)*sin(pi*x)
}
PDE
python3 - "$work/heat.csv" <<'PY'
import math, random, sys
random.seed(1)
with open(sys.argv[1], "w") as f:
    f.write("t,x,u\n")
    for _ in range(200):
        t, x = random.random(), random.random()
        f.write(f"{t},{x},{math.exp(-0.1 * math.pi ** 2 * t) * math.sin(math.pi * x)}\n")
PY
(cd "$work" && "$root/src/PdeDsl.Tool/bin/Release/net10.0/pdedsl" train heat.pde --steps 3000 --seed 1 --report run.html)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,4300 \
  --screenshot="$root/docs/report.png" "file://$work/run.html" 2> /dev/null
echo "wrote $root/docs/report.png"
