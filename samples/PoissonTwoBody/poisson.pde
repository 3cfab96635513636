// poisson.pde: the two-body Poisson equation of the STDE and SDGD papers in the unit ball of R^n.
// As in STDE's code (stde/equations.py, PoissonTwobody: lap(u) = g), g from the exact solution s.
namespace Samples.PoissonTwoBody;

problem PoissonTwoBody {
  dim n = 100                             // --dim n=1000, --dim n=10000 for the larger cases
  param c[n] ~ normal(0, 1)               // drawn once per run from --seed (stored in the checkpoint and the report)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1          // the unit ball
  sample x ~ radial                       // radius uniform in [0, 1], direction uniform (STDE's sampler)
  ansatz u = (1 - |x|^2) * net            // u = 0 on the sphere exactly: no condition needed
  pde   lap(u) = lap(s(x))
  exact s(x)
}
