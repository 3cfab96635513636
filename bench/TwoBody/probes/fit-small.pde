// fit-small.pde: fit.pde's regression with the target divided by 50 (u = s(x)/50). At n = 10000 seed 1's solution is
// ~47 in size: fit.pde stops at relative L2 4.58e-3, this one reaches 1.6e-4 in 2,000 steps, so the n = 10000 floor is
// the size of the output, not the shape of s (bench/TwoBody/README.md). Run with --dim n=10000.
problem TwoBodyFitSmall {
  dim n = 100
  param c[n] ~ normal(0, 1)
  let s(y) = (1 - |y|^2) * sum(c[1..n-1] * sin(y[1..n-1] + cos(y[2..n]) + y[2..n]*cos(y[1..n-1])))
  domain x in R^n where |x| <= 1
  sample x ~ radial
  ansatz u = (1 - |x|^2) * net
  pde   u = s(x)/50
  exact s(x)/50
}
