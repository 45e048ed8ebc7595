using System.Globalization;
using System.Text;

namespace Articles.Benchmarks;

/// <summary>Prints the per-group table with ratios, and writes every page's numbers as TSV.</summary>
public static class SideBySideReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Table(IReadOnlyList<PageTiming> timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var groups = timings
            .GroupBy(t => Group(t.Page.Name))
            .Select(g => (Name: g.Key, Rows: (IReadOnlyList<PageTiming>)[.. g]))
            .Append((Name: "ALL", Rows: timings))
            .ToList();
        var hasNode = timings.Any(t => t.ReadabilityMs is not null);

        var sb = new StringBuilder();
        sb.AppendLine("Median ms per page (each page's median of repeated runs, then the median over the pages):");
        sb.AppendLine(Row("group", "pages", "parse", "ours", "attrib", "SmartRdr", hasNode ? "Readab." : null));
        foreach (var (name, rows) in groups)
        {
            sb.AppendLine(Row(
                name,
                rows.Count.ToString(Inv),
                Ms(rows.Select(r => r.ParseMs)),
                Ms(rows.Select(r => r.ExtractMs)),
                Ms(rows.Select(r => r.AttributionMs)),
                Ms(rows.Select(r => r.SmartReaderMs)),
                hasNode ? Ms(rows.Where(r => r.ReadabilityMs is not null).Select(r => r.ReadabilityMs!.Value)) : null));
        }

        sb.AppendLine();
        sb.AppendLine("Ratios, median over the pages of each page's ratio (target: ours/parse <= 1.5, SmartRdr/ours >= 5, Readab./ours >= 20, attrib adds <= 50 %; \"attrib adds\" = attribution time / the rest of the extraction):");
        sb.AppendLine(Row("group", "pages", "ours/parse", "attrib adds", "SmartRdr/ours", "Readab./ours", null));
        foreach (var (name, rows) in groups)
        {
            sb.AppendLine(Row(
                name,
                rows.Count.ToString(Inv),
                Ratio(rows.Select(r => r.ExtractMs / r.ParseMs)),
                Percent(rows.Select(r => r.AttributionMs / Math.Max(r.ExtractMs - r.AttributionMs, r.ExtractMs * 0.01))),
                Ratio(rows.Select(r => r.SmartReaderMs / r.ExtractMs)),
                hasNode ? Ratio(rows.Where(r => r.ReadabilityMs is not null).Select(r => r.ReadabilityMs!.Value / r.ExtractMs)) : "-",
                null));
        }

        sb.AppendLine();
        sb.AppendLine("Totals over ALL pages (sum of per-page medians, ms), and allocation medians (KB/page):");
        sb.AppendLine(Row("", "parse", "ours", "attrib", "SmartRdr", hasNode ? "Readab." : "-", null));
        sb.AppendLine(Row(
            "total ms",
            Sum(timings.Select(t => t.ParseMs)),
            Sum(timings.Select(t => t.ExtractMs)),
            Sum(timings.Select(t => t.AttributionMs)),
            Sum(timings.Select(t => t.SmartReaderMs)),
            hasNode ? Sum(timings.Where(t => t.ReadabilityMs is not null).Select(t => t.ReadabilityMs!.Value)) : "-",
            null));
        sb.AppendLine(Row(
            "alloc KB",
            Kb(timings.Select(t => t.ParseBytes)),
            Kb(timings.Select(t => t.ExtractBytes)),
            "-",
            Kb(timings.Select(t => t.SmartReaderBytes)),
            "-",
            null));
        return sb.ToString();
    }

    public static void WriteTsv(string path, IReadOnlyList<PageTiming> timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        using var writer = new StreamWriter(path);
        writer.WriteLine("page\tbytes\tparse_ms\tours_ms\tattrib_ms\tsmartreader_ms\treadability_ms\tparse_alloc\tours_alloc\tsmartreader_alloc");
        foreach (var t in timings)
        {
            writer.WriteLine(string.Join('\t',
                t.Page.Name,
                t.Page.Bytes.Length.ToString(Inv),
                F(t.ParseMs),
                F(t.ExtractMs),
                F(t.AttributionMs),
                F(t.SmartReaderMs),
                t.ReadabilityMs is { } r ? F(r) : "",
                t.ParseBytes.ToString(Inv),
                t.ExtractBytes.ToString(Inv),
                t.SmartReaderBytes.ToString(Inv)));
        }
    }

    // "corpus/seed/x.html" → "corpus/seed"; own pages are one group.
    private static string Group(string name)
    {
        var parts = name.Split('/');
        return parts[0] == "corpus" && parts.Length > 2 ? parts[0] + "/" + parts[1] : parts[0];
    }

    private static string Row(string a, string b, string c, string d, string e, string f, string? g) =>
        $"{a,-26} {b,8} {c,12} {d,10} {e,13} {f,13}" + (g is null ? "" : $" {g,10}");

    private static string F(double v) => v.ToString("0.000", Inv);

    private static string Ms(IEnumerable<double> v) => PerPageTimer.Median(v).ToString("0.00", Inv);

    private static string Ratio(IEnumerable<double> v) => PerPageTimer.Median(v).ToString("0.00", Inv) + "x";

    private static string Percent(IEnumerable<double> v) => (PerPageTimer.Median(v) * 100).ToString("0", Inv) + " %";

    private static string Sum(IEnumerable<double> v) => v.Sum().ToString("0", Inv);

    private static string Kb(IEnumerable<long> v) => (PerPageTimer.Median(v.Select(x => (double)x)) / 1024).ToString("0", Inv);
}
