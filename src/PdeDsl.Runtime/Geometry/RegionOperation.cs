namespace PdeDsl;

/// <summary>How <see cref="CombinedRegion"/> combines two regions.</summary>
internal enum RegionOperation
{
    Union,
    Intersection,
    Difference,
}
