// sine-gordon.pde: the two-body Sine-Gordon equation of the STDE and SDGD papers in the unit ball of R^n
// (the second edition's example, docs/language.md). As in STDE's code (stde/equations.py, SineGordon_op: lap(u) + sin(u) = g).
namespace Samples.SineGordonTwoBody;

problem SineGordonTwoBody {
  dim n = 100                             // --dim n=1000, --dim n=10000 for the larger cases
  param c[n] ~ normal(0, 1)               // a coefficient vector drawn once from the run's seed
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net            // net: the smoothed network; u = 0 on the sphere exactly
  pde   lap(u) + sin(u) = lap(s(x)) + sin(s(x))
  exact s(x)
}
