using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PdeDsl.Parser.Tests")]
