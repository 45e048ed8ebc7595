namespace Articles.Extraction.Attribution.People;

/// <summary>Full names found anywhere in an article, looked up by surname key (so a lone surname finds them fast).</summary>
internal sealed class KnownNames
{
    public static readonly KnownNames None = new(recording: false);

    private readonly HashSet<string> _surnameKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);

    // A probe knows no names (like None) but keeps every question it was asked.
    private readonly List<string>? _askedKeys;
    private readonly List<string>? _askedNames;

    public KnownNames()
        : this(recording: false)
    {
    }

    private KnownNames(bool recording)
    {
        if (recording)
        {
            _askedKeys = [];
            _askedNames = [];
        }
    }

    /// <summary>
    /// An empty set that records what it is asked. A reading made with it is the reading the final set would give
    /// when <see cref="AnswersDiffer"/> is false: the finder depends on the names only through these answers.
    /// </summary>
    public static KnownNames Probe() => new(recording: true);

    public void Add(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || ReferenceEquals(this, None) || _askedKeys is not null)
        {
            return;
        }
        _fullNames.Add(name);
        _surnameKeys.Add(PersonNames.SurnameKey(words[^1]));
    }

    public bool HasSurname(string surface)
    {
        if (_askedKeys is not null)
        {
            _askedKeys.Add(PersonNames.SurnameKey(surface.Trim()));
            return false;
        }
        return _surnameKeys.Count > 0 && _surnameKeys.Contains(PersonNames.SurnameKey(surface.Trim()));
    }

    public bool ContainsFullName(string name)
    {
        _askedNames?.Add(name);
        return _fullNames.Contains(name);
    }

    /// <summary>True when <paramref name="known"/> would answer yes to a question this probe was asked.</summary>
    public bool AnswersDiffer(KnownNames known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return (_askedKeys ?? []).Exists(known._surnameKeys.Contains) || (_askedNames ?? []).Exists(known._fullNames.Contains);
    }
}
