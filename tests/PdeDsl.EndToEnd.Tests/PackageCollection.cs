namespace PdeDsl.EndToEnd.Tests;

/// <summary>The test classes that use the packed package share one pack (packing takes most of a minute).</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
