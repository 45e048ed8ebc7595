using AngleSharp.Dom;
using Articles.Extraction.Body;
using Articles.Extraction.Cascade;
using Articles.Extraction.Page;

namespace Articles.Extraction.Fields.Authors;

/// <summary>
/// A name signed under the text: the last block of the article region holding only one to three capitalised
/// words, set apart in bold/italic or right-aligned ("<em>Denis Clerc</em>"), or followed by a date ("Benni,
/// 10. September 2017"). Lowest-priority person rule: any marked-up author outranks it.
/// </summary>
internal sealed class SignatureAuthorRule : IFieldRule<IReadOnlyList<string>>
{
    private const int MaxSignatureLength = 60;
    private const int MaxWords = 3;

    private static readonly HashSet<string> EmphasisTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "strong", "b", "em", "i",
    };

    public string Name => "signature";

    public IReadOnlyList<string>? Find(PageContext page)
    {
        if (MainContentLocator.Locate(page) is not { } region || region.Method == "body")
        {
            return null;
        }

        var last = region.Container.QuerySelectorAll("p, div")
            .Where(e => !e.Children.Any(BlockElements.IsBlock) && LinkDensity.TextLength(e) > 0)
            .LastOrDefault();
        if (last is null || LinkDensity.TextLength(last) > MaxSignatureLength || last.QuerySelector("a") is not null)
        {
            return null;
        }

        var raw = TextFolding.Fold(last.TextContent);
        var name = AuthorNameCleaner.Clean(raw);
        var setApart = IsEmphasized(last) || IsRightAligned(last);
        var dated = name.Length < raw.Length && raw[name.Length..].Any(char.IsDigit);
        if (!(setApart || dated) || !LooksLikeName(name))
        {
            return null;
        }

        return AuthorListBuilder.Build(page, [name]);
    }

    /// <summary>One to three words, each capitalised then lower-case, or initials ("R.").</summary>
    private static bool LooksLikeName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxWords
            && words.All(w => char.IsUpper(w[0]) && (w.Length == 2 && w[1] == '.' || w.Skip(1).All(c => char.IsLower(c) || c == '-')))
            && words.Sum(w => w.Length) >= 3;
    }

    private static bool IsEmphasized(IElement block)
    {
        var textLength = LinkDensity.TextLength(block);
        return block.Children.Any(c => EmphasisTags.Contains(c.LocalName) && LinkDensity.TextLength(c) == textLength);
    }

    private static bool IsRightAligned(IElement block) =>
        string.Equals(block.GetAttribute("align"), "right", StringComparison.OrdinalIgnoreCase)
        || (block.GetAttribute("style") ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("text-align:right", StringComparison.OrdinalIgnoreCase);
}
