using System.Globalization;

namespace Articles.LoadTest;

/// <summary>Command-line settings. Every phase is bounded both in request count and in time.</summary>
public sealed record LoadOptions(
    Uri BaseUrl,
    string PagesFolder,
    int Posts,
    int PostClients,
    int Gets,
    int GetClients,
    TimeSpan PhaseLimit,
    int? HostPid)
{
    public const string Usage =
        "usage: Articles.LoadTest --base http://127.0.0.1:PORT/api --pages DIR [--posts 3000] [--post-clients 16] "
        + "[--gets 6000] [--get-clients 32] [--seconds 60] [--host-pid PID] [--storage-only [--distinct-names]]";

    public static LoadOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Int(string name, int fallback) => Option(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        var baseUrl = new Uri((Option("--base") ?? throw new ArgumentException(Usage)).TrimEnd('/') + "/");
        if (!baseUrl.IsLoopback)
        {
            throw new ArgumentException("The load test only targets loopback addresses.");
        }

        return new LoadOptions(
            baseUrl,
            Option("--pages") ?? throw new ArgumentException(Usage),
            Int("--posts", 3000),
            Int("--post-clients", 16),
            Int("--gets", 6000),
            Int("--get-clients", 32),
            TimeSpan.FromSeconds(Int("--seconds", 60)),
            Option("--host-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
    }
}
