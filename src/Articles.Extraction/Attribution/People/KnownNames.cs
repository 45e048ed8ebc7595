namespace Articles.Extraction.Attribution.People;

/// <summary>Full names found anywhere in an article, looked up by surname key (so a lone surname finds them fast).</summary>
internal sealed class KnownNames
{
    public static readonly KnownNames None = new();

    private readonly HashSet<string> _surnameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || ReferenceEquals(this, None))
        {
            return;
        }
        _fullNames.Add(name);
        _surnameKeys.Add(PersonNames.SurnameKey(words[^1]));
    }

    public bool HasSurname(string surface) =>
        _surnameKeys.Count > 0 && _surnameKeys.Contains(PersonNames.SurnameKey(surface.Trim()));

    public bool ContainsFullName(string name) => _fullNames.Contains(name);
}
