using PdeDsl;

namespace Samples.Poisson2D;

// The paper's section 5.1 problem in the attribute form: each attribute is one statement of the
// language without its keyword. The generator emits the rest of this partial class (IPdeProblem).
[Domain("x in [0, 1], y in [0, 1]")]
[Pde("lap(u) = -sin(x + y)")]
[Condition("boundary", "u = 0.5*sin(x + y)")]
[Exact("0.5*sin(x + y)")]
public partial class Poisson2D { }
