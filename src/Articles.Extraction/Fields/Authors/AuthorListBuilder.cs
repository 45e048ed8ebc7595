using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// Turns raw author strings into the answer: clean each, split multi-name bylines, drop titles, implausible values
/// and the publisher's own name, dedupe case-insensitively keeping page order. Null when nothing is left, so the
/// cascade moves on.
/// </summary>
internal static class AuthorListBuilder
{
    public static IReadOnlyList<string>? Build(PageContext page, IEnumerable<string?> raw)
    {
        var publisher = new Lazy<PublisherNames>(() => PublisherNames.Read(page));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var authors = new List<string>();
        foreach (var value in raw)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (var part in AuthorNameSplitter.Split(WithoutPublisher(AuthorNameCleaner.Clean(value), publisher.Value)))
            {
                var name = FirstNameCompleter.Complete(page, AuthorNameCleaner.TrimEdges(part));
                if (AuthorNameValidator.IsPlausible(name) && !publisher.Value.IsPublisher(name) && seen.Add(name))
                {
                    authors.Add(name);
                }
            }
        }

        return authors.Count == 0 ? null : authors;
    }

    /// <summary>"unocero - Alberto Ávila": a dash-separated segment that is the site's name goes.</summary>
    private static string WithoutPublisher(string byline, PublisherNames publisher)
    {
        var segments = byline.Split([" - ", " – ", " — "], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            return byline;
        }

        var kept = segments.Where(s => !publisher.IsPublisher(s)).ToArray();
        return kept.Length == segments.Length ? byline : string.Join(", ", kept);
    }
}
