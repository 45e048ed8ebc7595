using Articles.Functions.Tests.EndToEnd;

namespace Articles.Functions.Tests.Hostile;

/// <summary>The local host with the production size limit (5 MB), so "just over" and "far over" mean what they say.</summary>
public sealed class HostileHostFixture : LocalHostFixture
{
    public const long ProductionLimit = 5 * 1024 * 1024;

    public override long MaxHtmlBytes => ProductionLimit;
}
