namespace Articles.Storage;

/// <summary>
/// A save or delete kept losing to concurrent writers of the same article or aggregate. Transient: the caller may
/// retry (the API answers 503; the blob trigger lets the host retry).
/// </summary>
public sealed class ArticleConflictException(string message) : Exception(message);
