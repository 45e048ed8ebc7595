using System.Globalization;

namespace Articles.Benchmarks;

/// <summary>Reads the Node side's output: one "name TAB median-ms" line per page (lines starting with # skipped).</summary>
public static class ReadabilityResults
{
    public static IReadOnlyDictionary<string, double> Read(string path)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length >= 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                result[parts[0]] = ms;
            }
        }

        return result;
    }
}
