namespace Articles.Extraction.Attribution.People;

/// <summary>Full names found anywhere in an article, looked up by surname key (so a lone surname finds them fast).</summary>
internal sealed class KnownNames
{
    public static readonly KnownNames None = new(recording: false);

    // Probes share these empty sets (nothing is ever added to a probe).
    private static readonly HashSet<string> NoNames = [];

    private readonly HashSet<string> _surnameKeys;
    private readonly HashSet<string> _fullNames;

    // A probe knows no names (like None) but keeps every question it was asked, with the token the finder was at.
    private readonly bool _recording;
    private List<(string Key, int At)>? _askedKeys;
    private List<(string Name, int At)>? _askedNames;
    private int _at;

    public KnownNames()
        : this(recording: false)
    {
    }

    private KnownNames(bool recording)
    {
        _recording = recording;
        _surnameKeys = recording ? NoNames : new(StringComparer.Ordinal);
        _fullNames = recording ? NoNames : new(StringComparer.Ordinal);
    }

    /// <summary>
    /// An empty set that records what it is asked. A reading made with it is the reading the final set would give
    /// when <see cref="FirstDifferingAnswer"/> finds no question answered otherwise: the finder depends on the names
    /// only through these answers.
    /// </summary>
    public static KnownNames Probe() => new(recording: true);

    /// <summary>Where the finder is (a token index), recorded with the questions a probe is asked from now on.</summary>
    public void At(int tokenIndex) => _at = tokenIndex;

    public void Add(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || ReferenceEquals(this, None) || _recording)
        {
            return;
        }
        _fullNames.Add(name);
        _surnameKeys.Add(PersonNames.SurnameKey(words[^1]));
    }

    public bool HasSurname(string surface)
    {
        if (_recording)
        {
            (_askedKeys ??= []).Add((PersonNames.SurnameKey(surface.Trim()), _at));
            return false;
        }
        return _surnameKeys.Count > 0 && _surnameKeys.Contains(PersonNames.SurnameKey(surface.Trim()));
    }

    public bool ContainsFullName(string name)
    {
        if (_recording)
        {
            (_askedNames ??= []).Add((name, _at));
        }
        return _fullNames.Contains(name);
    }

    /// <summary>
    /// The earliest token at which <paramref name="known"/> would answer yes to a question this probe was asked, or
    /// -1: a reading made with the probe holds up to there, and only the rest needs reading again.
    /// </summary>
    public int FirstDifferingAnswer(KnownNames known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var first = -1;
        foreach (var (key, at) in _askedKeys ?? [])
        {
            if ((first < 0 || at < first) && known._surnameKeys.Contains(key))
            {
                first = at;
            }
        }
        foreach (var (name, at) in _askedNames ?? [])
        {
            if ((first < 0 || at < first) && known._fullNames.Contains(name))
            {
                first = at;
            }
        }
        return first;
    }
}
