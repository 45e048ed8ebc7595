namespace Articles.Storage.Articles;

/// <summary>
/// The <c>State</c> of an index row, which tells a listing whether it must check the row against the head row.
/// Only two moves exist besides removal: a listing turns a pending row listed (If-Match the row it read, after
/// finding the head at the row's version and sort ticks), and a writer marks a row superseded before the head stops
/// pointing at its version. A superseded row never becomes listed again.
/// </summary>
internal static class IndexState
{
    public const string Column = "State";

    /// <summary>Written before the commit: the version may never commit. Checked against the head.</summary>
    public const string Pending = "pending";

    /// <summary>The head was found at this version and nothing has superseded it since: listed without a check.</summary>
    public const string Listed = "listed";

    /// <summary>An update or delete of this version has begun: checked against the head, never listed unchecked again.</summary>
    public const string Superseded = "superseded";
}
