namespace Articles.Extraction.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer (fuzz/run.sh) found that made the extractor throw or hang, kept as it was found.
/// The extractor must answer for each, and the answer must serialise, as the API does with it.
/// </summary>
public class FuzzFindingsTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fuzz");

    private static readonly ExtractionHints Hints = new(
        SourceUrl: new Uri("https://news.example.com/2024/03/15/city-council-budget.html"),
        ReferenceTime: new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_findings_folder_is_not_empty() => Assert.NotEmpty(Findings());

    [Theory]
    [MemberData(nameof(Findings))]
    public void Extractor_answers_every_finding(string name)
    {
        var metadata = ArticleExtractor.Extract(File.ReadAllBytes(Path.Combine(Folder, name)), Hints);

        var json = ArticleJson.Serialize(metadata);

        Assert.StartsWith("{", json, StringComparison.Ordinal);
        Assert.Equal(metadata.Headline, ArticleJson.Deserialize(json)?.Headline);
    }
}
