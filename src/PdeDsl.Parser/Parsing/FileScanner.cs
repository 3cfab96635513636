using System;
using System.Collections.Generic;
using System.Linq;
using PdeDsl.Language.Diagnostics;

namespace PdeDsl.Language.Parsing;

/// <summary>
/// Cuts a file into its namespace, problem blocks and statement slices before any statement is parsed.
/// Statement keywords are reserved, so a statement runs from its keyword to the next keyword, ';' or '}':
/// a mistake in one statement never hides the next, which is how one file reports several errors.
/// </summary>
internal sealed class FileScanner
{
    /// <summary>A coarse token: a word (name or number) or one other character.</summary>
    private readonly record struct Token(int Start, int End, bool IsWord)
    {
        public int Length => End - Start;
    }

    /// <summary>One statement: its keyword and the slice after it.</summary>
    public sealed record Slice(string Keyword, SourceSpan KeywordSpan, int BodyStart, int BodyEnd);

    /// <summary>One problem block as cut by the scanner.</summary>
    public sealed record Block(string Name, SourceSpan NameSpan, SourceSpan Span, IReadOnlyList<Slice> Statements);

    private readonly string text;
    private readonly DiagnosticBag diagnostics;
    private readonly int[] lineStarts;
    private readonly List<Token> tokens = new();
    private bool unclosedComment;

    public FileScanner(string text, DiagnosticBag diagnostics)
    {
        this.text = text;
        this.diagnostics = diagnostics;
        var starts = new List<int> { 0 };
        for (int k = 0; k < text.Length; k++)
            if (text[k] == '\n') starts.Add(k + 1);
        lineStarts = starts.ToArray();
    }

    public string? Namespace { get; private set; }

    public SourceSpan NamespaceSpan { get; private set; } = SourceSpan.None;

    public List<Block> Blocks { get; } = new();

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="offset"/>, with its line and column.</summary>
    public SourceSpan SpanAt(int offset, int length)
    {
        int line = Array.BinarySearch(lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(offset, length, line + 1, offset - lineStarts[line] + 1);
    }

    /// <summary>A Sprache input over [start, end) of the file.</summary>
    public TextInput InputAt(int start, int end)
    {
        var s = SpanAt(start, 0);
        return new TextInput(text, start, end, s.Line, s.Column);
    }

    private SourceSpan SpanOf(Token t) => SpanAt(t.Start, t.Length);

    private string TextOf(Token t) => text.Substring(t.Start, t.Length);

    private bool IsWord(int k, string word) => k < tokens.Count && tokens[k].IsWord && TextOf(tokens[k]) == word;

    private bool IsSymbol(int k, char c) => k < tokens.Count && !tokens[k].IsWord && text[tokens[k].Start] == c;

    public void Scan()
    {
        Tokenize();
        if (tokens.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SpanAt(0, 0),
                "the file holds no problem: write one as problem Name { domain x in [0, 1]  pde lap(u) = 0 }");
            return;
        }
        int k = 0;
        if (IsWord(0, "namespace")) k = ReadNamespace();
        while (k < tokens.Count)
        {
            if (IsWord(k, "problem")) { k = ReadProblem(k); continue; }
            var t = tokens[k];
            diagnostics.Error(
                IsWord(k, "namespace") ? DiagnosticCodes.BadBlock : DiagnosticCodes.ExpectedStatement,
                SpanOf(t),
                IsWord(k, "namespace")
                    ? "a namespace statement must come first in the file, before any problem"
                    : StatementParser.Keywords.Contains(TextOf(t)) && t.IsWord
                        ? $"'{TextOf(t)}' must be inside a problem block: write problem Name {{ {TextOf(t)} ... }}"
                        : $"expected 'problem Name {{ ... }}' but found '{TextOf(t)}'");
            k++;
            while (k < tokens.Count && !IsWord(k, "problem")) k++;
        }
        if (Blocks.Count == 0 && diagnostics.Count == 0)
            diagnostics.Error(DiagnosticCodes.EmptyFile, SpanAt(0, 0), "the file holds no problem: write one as problem Name { ... }");
    }

    private int ReadNamespace()
    {
        int k = 1;
        var parts = new List<string>();
        int start = k;
        while (k < tokens.Count && tokens[k].IsWord && Lexer.IsNameStart(text[tokens[k].Start]))
        {
            parts.Add(TextOf(tokens[k]));
            k++;
            if (IsSymbol(k, '.')) k++;
            else break;
        }
        if (parts.Count == 0)
        {
            var at = k < tokens.Count ? SpanOf(tokens[k]) : SpanAt(text.Length, 0);
            diagnostics.Error(DiagnosticCodes.Syntax, at, "expected a namespace name after 'namespace', as in namespace Samples.Hjb;");
        }
        else
        {
            Namespace = string.Join(".", parts);
            NamespaceSpan = SpanAt(tokens[start].Start, tokens[k - 1].End - tokens[start].Start);
        }
        if (IsSymbol(k, ';')) k++;
        return k;
    }

    private int ReadProblem(int k)
    {
        var problemToken = tokens[k];
        k++;
        if (k >= tokens.Count || !tokens[k].IsWord || !Lexer.IsNameStart(text[tokens[k].Start]))
        {
            var at = k < tokens.Count ? SpanOf(tokens[k]) : SpanAt(text.Length, 0);
            diagnostics.Error(DiagnosticCodes.Syntax, at, "expected the problem's name after 'problem', as in problem Poisson2D { ... }");
            return SkipToNextProblem(k);
        }
        var nameToken = tokens[k];
        k++;
        if (!IsSymbol(k, '{'))
        {
            var at = k < tokens.Count ? SpanOf(tokens[k]) : SpanAt(text.Length, 0);
            var found = k < tokens.Count ? $"'{TextOf(tokens[k])}'" : "the end of the text";
            diagnostics.Error(DiagnosticCodes.Syntax, at, $"expected '{{' after 'problem {TextOf(nameToken)}' but found {found}");
            return SkipToNextProblem(k);
        }
        var open = tokens[k];
        k++;
        var statements = new List<Slice>();
        int bodyStart = k;
        while (k < tokens.Count && !IsSymbol(k, '}') && !IsWord(k, "problem")) k++;
        int bodyEnd = k;
        int end;
        if (IsSymbol(k, '}'))
        {
            end = tokens[k].End;
            k++;
        }
        else
        {
            // An unclosed comment swallows the brace: that comment is the one thing to say.
            if (!unclosedComment || k < tokens.Count)
                diagnostics.Error(DiagnosticCodes.BadBlock, SpanOf(open),
                $"this '{{' of problem {TextOf(nameToken)} is never closed: add '}}' after its last statement");
            // The block runs on to the next problem (or the end), so any error in it belongs to it.
            end = k < tokens.Count ? tokens[k].Start : text.Length;
        }
        CutStatements(bodyStart, bodyEnd, statements);
        Blocks.Add(new Block(TextOf(nameToken), SpanOf(nameToken), SpanAt(problemToken.Start, end - problemToken.Start), statements));
        return k;
    }

    private int SkipToNextProblem(int k)
    {
        while (k < tokens.Count && !IsWord(k, "problem")) k++;
        return k;
    }

    private void CutStatements(int from, int to, List<Slice> statements)
    {
        int k = from;
        while (k < to)
        {
            if (IsSymbol(k, ';')) { k++; continue; }
            var t = tokens[k];
            if (!t.IsWord || !StatementParser.Keywords.Contains(TextOf(t)))
            {
                diagnostics.Error(DiagnosticCodes.ExpectedStatement, SpanOf(t),
                    $"expected a statement (dim, param, let, domain, sample, pde, on or exact) but found '{TextOf(t)}'");
                while (k < to && !IsSymbol(k, ';') && !(tokens[k].IsWord && StatementParser.Keywords.Contains(TextOf(tokens[k])))) k++;
                continue;
            }
            int bodyStart = t.End;
            int j = k + 1;
            while (j < to && !IsSymbol(j, ';') && !(tokens[j].IsWord && StatementParser.Keywords.Contains(TextOf(tokens[j])))) j++;
            int bodyEnd = j > k + 1 ? tokens[j - 1].End : t.End;
            statements.Add(new Slice(TextOf(t), SpanOf(t), bodyStart, bodyEnd));
            k = j;
        }
    }

    private void Tokenize()
    {
        int p = 0;
        while (p < text.Length)
        {
            char c = text[p];
            if (char.IsWhiteSpace(c)) { p++; continue; }
            if (c == '"')
            {
                // A quoted file name (observe) is one token, so a keyword or '//' inside it cuts nothing.
                int start = p++;
                while (p < text.Length && text[p] is not ('"' or '\n')) p++;
                if (p < text.Length && text[p] == '"') p++;
                tokens.Add(new Token(start, p, false));
                continue;
            }
            if (c == '/' && p + 1 < text.Length && text[p + 1] == '/')
            {
                while (p < text.Length && text[p] != '\n') p++;
                continue;
            }
            if (c == '/' && p + 1 < text.Length && text[p + 1] == '*')
            {
                int close = text.IndexOf("*/", p + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    unclosedComment = true;
                    diagnostics.Error(DiagnosticCodes.UnclosedComment, SpanAt(p, 2), "this '/*' comment is never closed: add '*/' where it ends");
                    p = text.Length;
                }
                else p = close + 2;
                continue;
            }
            if (Lexer.IsNamePart(c))
            {
                int start = p;
                while (p < text.Length && Lexer.IsNamePart(text[p])) p++;
                tokens.Add(new Token(start, p, true));
                continue;
            }
            int width = char.IsHighSurrogate(c) && p + 1 < text.Length ? 2 : 1;
            tokens.Add(new Token(p, p + width, false));
            p += width;
        }
    }
}
