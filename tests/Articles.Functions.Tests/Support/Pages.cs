using System.Text;

namespace Articles.Functions.Tests.Support;

/// <summary>The small uk/ru/en article pages under Fixtures/Functions, written for these tests.</summary>
internal static class Pages
{
    public static byte[] Ukrainian => Read("uk-article.html");

    /// <summary>windows-1251, declared in a meta tag.</summary>
    public static byte[] Russian => Read("ru-article.html");

    public static byte[] English => Read("en-article.html");

    public const string UkrainianUrl = "https://cherkasy-visnyk.example/news/2025/03/11/novyi-mist";

    public const string UkrainianHeadline = "У Черкасах відкрили новий міст через Дніпро";

    /// <summary>A page with no canonical URL, unique per call so each test stores a new article.</summary>
    public static byte[] Unique(string headline) => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{headline}</title></head>" +
        $"<body><article><h1>{headline}</h1><p>Token {Guid.NewGuid():N} keeps this page unique.</p></article></body></html>");

    private static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Functions", name));
}
