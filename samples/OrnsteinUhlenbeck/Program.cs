using PdeDsl;
using Samples.OrnsteinUhlenbeck;

// The backward Kolmogorov equation of an Ornstein-Uhlenbeck process in n = 100 dimensions with a diffusion sig2_i that
// differs from component to component (a weighted Hessian diagonal), x drawn from the process's stationary law; the
// exact solution E[g(X_T) | X_t = x], Gaussian in closed form, gives the relative L2 error.
return PdeApp.Run(new OrnsteinUhlenbeck(), args, new PdeAppOptions
{
    Description = "Solves u_t - theta x.grad u + 0.5 sum(sig2*diag(hess(u))) = 0 on [0,T]xR^n, u(T,x) = exp(sum(x)/sqrt(n)), sig2 = exp(rho) with rho ~ normal(0, 0.5) drawn from --seed (exact solution in closed form).",
});
