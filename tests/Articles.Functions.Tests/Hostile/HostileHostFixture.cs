using Articles.Functions.Tests.EndToEnd;

namespace Articles.Functions.Tests.Hostile;

/// <summary>The local host with the production limits (5 MB, a 5 s extraction budget), so "just over" and "far over"
/// mean what they say.</summary>
public sealed class HostileHostFixture : LocalHostFixture
{
    public const long ProductionLimit = 5 * 1024 * 1024;

    public override long MaxHtmlBytes => ProductionLimit;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Remove("Articles:ExtractionTimeBudget");
    }
}
