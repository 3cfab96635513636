namespace PdeDsl;

/// <summary>Exception messages as one line for people: libtorch's carry a C++ trace after their first line.</summary>
internal static class ExceptionText
{
    /// <summary>The message up to its first line break (the whole message when it has none or starts with one).</summary>
    public static string FirstLine(string message)
    {
        int end = message.IndexOfAny(new[] { '\r', '\n' });
        return end > 0 ? message[..end] : message;
    }
}
