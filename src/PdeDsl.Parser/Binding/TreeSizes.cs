using System.Collections.Generic;

namespace PdeDsl.Language.Binding;

/// <summary>
/// The number of nodes and the depth of a bound expression counted as a tree, though shared subexpressions
/// are stored once: memoised by reference, so each distinct node is visited once however often it is shared.
/// </summary>
internal sealed class TreeSizes
{

    private readonly Dictionary<BoundExpr, (long Size, int Depth)> sizes = new(ByReference.Instance);

    /// <summary>The number of nodes of <paramref name="root"/> as a tree.</summary>
    public long Of(BoundExpr root) => Measure(root).Size;

    /// <summary>The length of the longest path from <paramref name="root"/> to a leaf.</summary>
    public int DepthOf(BoundExpr root) => Measure(root).Depth;

    private (long Size, int Depth) Measure(BoundExpr root)
    {
        // Post-order without recursion: a node's size is known once its children's are.
        var stack = new Stack<(BoundExpr Node, bool ChildrenDone)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (sizes.ContainsKey(node)) continue;
            var children = Children(node);
            if (!done)
            {
                stack.Push((node, true));
                foreach (var child in children)
                    if (!sizes.ContainsKey(child)) stack.Push((child, false));
                continue;
            }
            long total = 1;
            int depth = 0;
            foreach (var child in children)
            {
                total += sizes[child].Size;
                depth = System.Math.Max(depth, sizes[child].Depth);
            }
            sizes[node] = (total, depth + 1);
        }
        return sizes[root];
    }

    private static IReadOnlyList<BoundExpr> Children(BoundExpr e) => BoundExprWalker.Children(e);
}
