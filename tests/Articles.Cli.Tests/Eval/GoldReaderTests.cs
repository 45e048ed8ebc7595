using System.Text.Json;
using Articles.Cli.Eval;

namespace Articles.Cli.Tests.Eval;

public class GoldReaderTests
{
    [Fact]
    public void Reads_every_scored_field_and_treats_absent_keys_as_null()
    {
        const string line = """
            {"file": "pages/a.html", "lang": "uk", "headline": "Заголовок", "published": "2024-03-01T10:00:00+02:00",
             "authors": "Олена Гребенюк", "url": "https://example.ua/a",
             "sources": [{"name": "Укрінформ", "aliases": ["Ukrinform"]}],
             "officials": [{"name": "Денис Шмигаль", "aliases": ["Шмигаль"], "role": "прем'єр-міністр", "affiliation": "Україна", "quoted": true}],
             "quotes": [{"speaker": "Шмигаль", "named": true, "direct": true, "text": "Ми готові"}]}
            """;
        using var document = JsonDocument.Parse(line);
        var gold = GoldReader.Parse(document.RootElement);

        Assert.Equal("pages/a.html", gold.File);
        Assert.Equal(["Олена Гребенюк"], gold.Authors);
        Assert.Null(gold.Modified);
        Assert.Null(gold.Canonical);
        Assert.Equal(["Укрінформ", "Ukrinform"], gold.Sources![0].Spellings);
        Assert.Equal("прем'єр-міністр", gold.Officials![0].Role);
        Assert.Equal(true, gold.Quotes![0].Direct);
    }

    [Fact]
    public void A_broken_line_is_reported_with_its_number()
    {
        using var folder = new TempFolder();
        var path = folder.Write("gold.jsonl", "{\"file\": \"a.html\"}\n\n{broken\n");
        var error = Assert.Throws<InvalidDataException>(() => GoldReader.Read(path));
        Assert.Contains("gold.jsonl:3", error.Message, StringComparison.Ordinal);
    }
}
