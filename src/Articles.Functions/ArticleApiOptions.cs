namespace Articles.Functions;

/// <summary>Settings under <c>Articles:</c> (<c>Articles__MaxHtmlBytes</c> as an app setting).</summary>
public sealed class ArticleApiOptions
{
    public const string Section = "Articles";

    /// <summary>The largest page accepted over HTTP or from an upload; 5 MB by default.</summary>
    public long MaxHtmlBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How long extraction may spend on one page before it skips optional work (attribution, the visible-text
    /// date scan); <c>Articles__ExtractionTimeBudget</c> as hh:mm:ss.</summary>
    public TimeSpan ExtractionTimeBudget { get; set; } = Articles.Extraction.ExtractionHints.DefaultTimeBudget;
}
