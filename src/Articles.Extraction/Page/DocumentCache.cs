using AngleSharp.Dom;

namespace Articles.Extraction.Page;

/// <summary>
/// Values derived from the document being extracted on this thread (text statistics, the body's length), for code
/// that holds an element rather than the <see cref="PageContext"/>. A process-wide ConditionalWeakTable keyed by
/// documents did this before: it replaced its container every few hundred pages, and the old containers, each with
/// hundreds of dependent handles, waited for gen-2 collections and two finalizer passes, so a long-running process
/// (the fuzzer, a busy host) slowed down as they piled up. Here a thread keeps the values of one document only, and
/// the extractor forgets them when the page is done.
/// </summary>
internal static class DocumentCache
{
    [ThreadStatic]
    private static IDocument? currentDocument;

    [ThreadStatic]
    private static Dictionary<object, object>? currentValues;

    /// <summary>The value stored under <paramref name="key"/> for <paramref name="document"/>, created once.</summary>
    public static T GetOrAdd<T>(IDocument document, object key, Func<IDocument, T> create)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(create);
        var values = currentValues ??= [];
        if (!ReferenceEquals(currentDocument, document))
        {
            values.Clear();
            currentDocument = document;
        }

        if (!values.TryGetValue(key, out var value))
        {
            value = create(document);
            values[key] = value;
        }

        return (T)value;
    }

    /// <summary>Whether this thread keeps values of any document (tests check the extractor lets go).</summary>
    internal static bool HoldsAny => currentDocument is not null;

    /// <summary>Drops what this thread keeps for <paramref name="document"/>, so the page can be collected.</summary>
    public static void Forget(IDocument document)
    {
        if (ReferenceEquals(currentDocument, document))
        {
            currentDocument = null;
            currentValues?.Clear();
        }
    }
}
