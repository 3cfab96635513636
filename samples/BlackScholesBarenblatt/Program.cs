using PdeDsl;
using Samples.BlackScholesBarenblatt;

// The Black-Scholes-Barenblatt equation in n = 100 dimensions (--dim n=1000 for the larger case) on R^n, x drawn from a
// normal law with the forward process's mean and variance; the exact solution exp((r + s^2)(T - t))|x|^2 gives the
// relative L2 error, and the run also prints u(0, x0) at Raissi's x0 = (1, 0.5, 1, 0.5, ...) against the exact value.
var problem = new BlackScholesBarenblatt();
return PdeApp.Run(problem, args, new PdeAppOptions
{
    Description = "Solves u_t + 0.5 s^2 sum(x*x*diag(hess(u))) - r (u - x.grad u) = 0 on [0,T]xR^n, u(T,x) = |x|^2 (exact solution exp((r + s^2)(T - t))|x|^2), and reports u(0, x0) at x0 = (1, 0.5, 1, 0.5, ...).",
    AfterTraining = outcome => StartValue.Add(outcome, problem),
});
