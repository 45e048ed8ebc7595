using Articles.Extraction.Body;

namespace Articles.Extraction.Attribution.Sources;

/// <summary>Outbound links in a sentence: the URL behind a cited name, and the outlet a bare link names
/// ("пише <a href=politico.eu>видання</a>" → Politico).</summary>
internal static class LinkedSource
{
    // Anchor words that stand for the publication itself rather than naming it.
    private static readonly HashSet<string> GenericAnchors = new(StringComparer.OrdinalIgnoreCase)
    {
        "видання", "виданню", "виданні", "джерело", "джерела", "повідомляє", "пише", "передає", "посиланням",
        "издание", "изданию", "издании", "источник", "источника", "сообщает", "пишет", "передает", "ссылкой",
        "тут", "здесь", "here", "report", "reported", "reports", "source", "article", "статті", "статье", "матеріал",
    };

    /// <summary>The links whose text lies in the sentence, with offsets made relative to the sentence.</summary>
    public static IReadOnlyList<BodyLink> InSentence(BodyParagraph paragraph, int sentenceStart, int sentenceLength) =>
        paragraph.Links
            .Where(l => l.Start >= sentenceStart && l.Start + l.Text.Length <= sentenceStart + sentenceLength)
            .Select(l => l with { Start = l.Start - sentenceStart })
            .ToList();

    /// <summary>The URL of the link over the name, or of a link to the outlet's own site in the sentence.</summary>
    public static string? UrlFor(OutletMention mention, IReadOnlyList<BodyLink> links, PublisherIdentity publisher)
    {
        foreach (var link in links)
        {
            if (link.Start < mention.End && mention.Start < link.Start + link.Text.Length && IsOutbound(link, publisher))
            {
                return link.Href;
            }
        }

        return mention.Known is null
            ? null
            : links.FirstOrDefault(l => HostOf(l) is { } h && mention.Known.OwnsHost(h))?.Href;
    }

    /// <summary>The outlet named by a link that no cited name covers: a known domain, or the host of a link whose
    /// text is a generic word ("видання", "here").</summary>
    public static (string Name, Outlet? Known)? NamedByLink(BodyLink link, PublisherIdentity publisher)
    {
        if (!IsOutbound(link, publisher) || HostOf(link) is not { } host)
        {
            return null;
        }

        if (OutletGazetteer.Default.ForHost(host) is { IsPlatform: false } known)
        {
            return (known.Canonical, known);
        }

        var anchor = link.Text.Trim();
        return GenericAnchors.Contains(anchor) ? (PublisherIdentity.StripWww(host), null) : null;
    }

    public static bool Overlaps(BodyLink link, OutletMention mention) =>
        link.Start < mention.End && mention.Start < link.Start + link.Text.Length;

    private static bool IsOutbound(BodyLink link, PublisherIdentity publisher) =>
        HostOf(link) is { } host && !publisher.IsOwnHost(host);

    private static string? HostOf(BodyLink link) =>
        Uri.TryCreate(link.Href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host : null;
}
