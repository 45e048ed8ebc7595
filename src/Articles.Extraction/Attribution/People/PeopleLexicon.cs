using System.Reflection;

namespace Articles.Extraction.Attribution.People;

/// <summary>Loads the embedded people lexicons (first names, affiliations, titles) once.</summary>
internal static class PeopleLexicon
{
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(PeopleLexicon).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .Single(n => n.EndsWith(".Data.People." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing resource " + resource);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }
        return lines;
    }

    /// <summary>Normalises apostrophes so "прем’єр" and "прем'єр" compare equal.</summary>
    public static string Fold(string word)
    {
        if (word.AsSpan().IndexOfAny('’', 'ʼ', '`') >= 0)
        {
            word = word.Replace('’', '\'').Replace('ʼ', '\'').Replace('`', '\'');
        }
        return LowerCase.Of(word);
    }

    /// <summary><see cref="Fold(string)"/> into a buffer as long as the word, without allocating; false when it cannot.</summary>
    public static bool TryFold(ReadOnlySpan<char> word, Span<char> into)
    {
        if (!LowerCase.TryOf(word, into))
        {
            // An apostrophe other than ' is outside the fast range; fold those and try the rest again.
            if (word.IndexOfAny('’', 'ʼ') < 0)
            {
                return false;
            }
            word.CopyTo(into);
            into[..word.Length].Replace('’', '\'');
            into[..word.Length].Replace('ʼ', '\'');
            if (!LowerCase.TryOf(into[..word.Length], into))
            {
                return false;
            }
        }
        into[..word.Length].Replace('`', '\'');
        return true;
    }

    internal static Assembly Assembly => typeof(PeopleLexicon).Assembly;
}
