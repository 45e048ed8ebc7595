namespace Articles.Extraction.Attribution.People;

/// <summary>Name normalisation: nominative reconstruction and same-person matching.</summary>
public static class PersonNames
{
    public static string ToNominative(string surface, string? language)
    {
        ArgumentNullException.ThrowIfNull(surface);
        return surface.Trim();
    }

    public static bool SamePerson(string a, string b, string? language)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lastA = a.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var lastB = b.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return lastA is not null && string.Equals(lastA, lastB, StringComparison.OrdinalIgnoreCase);
    }
}
