namespace PdeDsl.EndToEnd.Tests;

/// <summary>The package and the tool are packed once per test run, for every class of this collection.</summary>
[CollectionDefinition(Name)]
public sealed class PackedCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed PdeDsl";
}
