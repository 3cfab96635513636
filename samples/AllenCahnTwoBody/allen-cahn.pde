// allen-cahn.pde: the two-body Allen-Cahn equation of the STDE and SDGD papers in the unit ball of R^n.
// Sign as in STDE's code (stde/equations.py, AllenCahn_op: lap(u) + u - u^3 = g), g from the exact solution s.
// The sphere ansatz makes u = 0 on |x| = 1 exactly, so no condition is needed.
namespace Samples.AllenCahnTwoBody;

problem AllenCahnTwoBody {
  dim n = 100                             // --dim n=1000, --dim n=10000 for the larger cases
  param c[n] ~ normal(0, 1)               // drawn once per run from --seed (stored in the checkpoint and the report)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1          // the unit ball
  sample x ~ radial                       // radius uniform in [0, 1], direction uniform (STDE's sampler)
  ansatz u = (1 - |x|^2) * net            // net: the smoothed network
  pde   lap(u) + u - u^3 = lap(s(x)) + s(x) - s(x)^3
  exact s(x)
}
