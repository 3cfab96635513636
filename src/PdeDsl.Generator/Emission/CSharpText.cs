using System.Text;

namespace PdeDsl.Generator.Emission;

/// <summary>Helpers to put user text into generated C#: string literals and one-line comments.</summary>
internal static class CSharpText
{
    /// <summary>A regular C# string literal holding <paramref name="text"/>.</summary>
    public static string String(string text)
    {
        var builder = new StringBuilder("\"");
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    // Line separators end a line in C#; a lone surrogate cannot be written as UTF-8 (it would become U+FFFD).
                    if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || LoneSurrogate(text, i))
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary><paramref name="text"/> on one line, safe inside a <c>//</c> comment.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder();
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = LoneSurrogate(text, i) ? '\uFFFD' : text[i];   // a lone surrogate is not well-formed XML or UTF-8
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool LoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    /// <summary><paramref name="text"/> safe inside an XML doc comment.</summary>
    public static string Xml(string text) =>
        OneLine(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace('\uFFFE', '\uFFFD').Replace('\uFFFF', '\uFFFD');   // not characters in XML 1.0
}
