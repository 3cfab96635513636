using System;

namespace PdeDsl.Language.Binding;

/// <summary>Whether a polygon given by numbers is simple: what is wrong with it, in a sentence, or null.</summary>
internal static class PolygonCheck
{
    /// <param name="xy">The vertices as x1, y1, x2, y2, ...</param>
    public static string? Problem(double[] xy)
    {
        int n = xy.Length / 2;
        (double X, double Y) V(int i) => (xy[2 * (i % n)], xy[2 * (i % n) + 1]);
        for (int i = 0; i < n; i++)
            if (V(i) == V(i + 1)) return $"vertices {i + 1} and {(i + 1) % n + 1} of this polygon are the same point";
        for (int i = 0; i < n; i++)
            for (int j = i + 2; j < n; j++)
            {
                if (i == 0 && j == n - 1) continue; // neighbours through the closing edge
                if (Meet(V(i), V(i + 1), V(j), V(j + 1))) return $"this polygon crosses itself: edge {i + 1} meets edge {j + 1} (list the vertices in order around it)";
            }
        double twiceArea = 0;
        for (int i = 0; i < n; i++) twiceArea += V(i).X * V(i + 1).Y - V(i + 1).X * V(i).Y;
        return twiceArea == 0 ? "this polygon has no area: its vertices lie on one line" : null;
    }

    // Segments pq and rs share a point: each straddles the other's line, or an end lies on the other segment.
    private static bool Meet((double X, double Y) p, (double X, double Y) q, (double X, double Y) r, (double X, double Y) s)
    {
        double o1 = Turn(p, q, r), o2 = Turn(p, q, s), o3 = Turn(r, s, p), o4 = Turn(r, s, q);
        if (o1 * o2 < 0 && o3 * o4 < 0) return true;
        return (o1 == 0 && Between(p, q, r)) || (o2 == 0 && Between(p, q, s)) || (o3 == 0 && Between(r, s, p)) || (o4 == 0 && Between(r, s, q));
    }

    private static double Turn((double X, double Y) o, (double X, double Y) a, (double X, double Y) b) =>
        (a.X - o.X) * (b.Y - o.Y) - (a.Y - o.Y) * (b.X - o.X);

    private static bool Between((double X, double Y) a, (double X, double Y) b, (double X, double Y) p) =>
        Math.Min(a.X, b.X) <= p.X && p.X <= Math.Max(a.X, b.X) && Math.Min(a.Y, b.Y) <= p.Y && p.Y <= Math.Max(a.Y, b.Y);
}
