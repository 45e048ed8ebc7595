using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Html.Parser;
using Articles.Extraction.Page;

namespace Articles.Extraction.Tests.Page;

public sealed class DocumentCacheTests
{
    private static readonly object Key = new();

    [Fact]
    public void AValue_IsMadeOncePerDocument_AndAnotherDocumentGetsItsOwn()
    {
        var first = Parse("<p>one</p>");
        var second = Parse("<p>two</p>");
        var made = 0;
        string Make(AngleSharp.Dom.IDocument d) => $"{++made}:{d.Body!.TextContent}";

        var a = DocumentCache.GetOrAdd(first, Key, Make);
        var again = DocumentCache.GetOrAdd(first, Key, Make);
        var b = DocumentCache.GetOrAdd(second, Key, Make);

        Assert.Same(a, again);
        Assert.Equal(("1:one", "2:two"), (a, b));
        DocumentCache.Forget(second);
    }

    [Fact]
    public void Forget_LetsTheDocumentGo_AndTheValueIsMadeAgain()
    {
        var document = Parse("<p>text</p>");
        var made = 0;
        DocumentCache.GetOrAdd(document, Key, _ => (++made).ToString(System.Globalization.CultureInfo.InvariantCulture));

        DocumentCache.Forget(document);
        Assert.False(DocumentCache.HoldsAny);
        var value = DocumentCache.GetOrAdd(document, Key, _ => (++made).ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("2", value);
        DocumentCache.Forget(document);
    }

    [Fact]
    public void TheExtractor_KeepsNoDocumentAfterAPage()
    {
        var html = "<html><head><title>A headline here</title></head><body><article><h1>A headline here</h1>"
            + "<p>Some text of the article, long enough to be the body of it, with a second sentence.</p></article></body></html>";

        ArticleExtractor.Extract(Encoding.UTF8.GetBytes(html));

        Assert.False(DocumentCache.HoldsAny);
    }

    [Fact]
    public void NoStaticField_IsAConditionalWeakTable()
    {
        // Keyed by per-page objects, such a table replaces its container every few hundred pages and the old ones
        // pile up waiting for finalization: a long-running process slows down.
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var tables = typeof(ArticleExtractor).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(Static).Select(field => (type, field)))
            .Where(pair => pair.field.FieldType.IsGenericType
                && pair.field.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>))
            .Select(pair => $"{pair.type.FullName}.{pair.field.Name}")
            .ToList();

        Assert.Empty(tables);
    }

    private static AngleSharp.Dom.IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
}
