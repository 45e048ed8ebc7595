using System.Globalization;
using System.Text.RegularExpressions;
using Articles.Extraction.Cascade;
using Articles.Extraction.Fields.Dates.Parsing;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Dates;

/// <summary>A date in the article's URL path: /2023/09/25/, /2023-09-25/, /20230925/, /25-09-2023 (source URL, then canonical).</summary>
internal sealed class UrlDateRule : IFieldRule<FoundDate>
{
    private static readonly Regex PathDate = new(
        @"(?:^|[/_\-.])(?<y>(?:19|20)[0-9]{2})(?<sep>[/\-_]?)(?<m>[01][0-9])\k<sep>(?<d>[0-3][0-9])(?:$|[/_\-.])"
        + @"|(?:^|/)(?<y>(?:19|20)[0-9]{2})/(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})(?:$|/)"
        + @"|(?:^|[/_\-.~])(?<d>[0-3][0-9])-(?<m>[01][0-9])-(?<y>(?:19|20)[0-9]{2})(?:$|[/_\-.])",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public string Name => "url";

    public FoundDate? Find(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var url in Candidates(page))
        {
            if (Read(url) is { } value && DatePlausibility.IsPlausible(value, page.ReferenceTime))
            {
                return new FoundDate(value.ToIso(), url);
            }
        }

        return null;
    }

    /// <summary>The date in a URL's path, if it has one.</summary>
    public static DateValue? Read(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        try
        {
            var m = PathDate.Match(path);
            return m.Success
                ? DateValue.Create(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value))
                : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The source URL the caller gave, then the page's canonical link.</summary>
    public static IEnumerable<string> Candidates(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Hints.SourceUrl is { } source)
        {
            yield return source.AbsoluteUri;
        }

        if (page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") is { Length: > 0 } canonical)
        {
            yield return canonical;
        }

        if (page.Meta.First("og:url") is { } ogUrl)
        {
            yield return ogUrl;
        }
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
